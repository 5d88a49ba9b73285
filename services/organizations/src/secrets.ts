import { createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Opaque secrets for refresh tokens and invitation links: 256 random bits, base64url. Only their
 * SHA-256 is stored, so a leaked database cannot be replayed as sessions or invitations.
 */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * The key that derives a refresh token's successor (`successorSecret`), itself derived (HKDF-SHA256)
 * from the access-token signing key, so it needs no setting of its own, is never stored, and
 * changes when that key is rotated.
 */
export function refreshRotationKey(privateKeyPem: string): Buffer {
  return Buffer.from(hkdfSync("sha256", privateKeyPem, "", "kepu refresh-token successor", 32));
}

/**
 * The refresh token that follows `secret` in its sign-in: HMAC-SHA256 under `key`, base64url (256
 * bits, like `newSecret`). Deterministic, so two tabs exchanging the same token at once both get the
 * same successor although only its hash is stored; without the key nobody can compute it.
 */
export function successorSecret(key: Buffer, secret: string): string {
  return createHmac("sha256", key).update(secret).digest("base64url");
}
