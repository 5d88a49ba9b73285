import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

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

/**
 * The key that signs sign-up links (`signUpToken`), derived (HKDF-SHA256) from the access-token
 * signing key like `refreshRotationKey`: no setting, never stored, rotated with that key.
 */
export function signUpKey(privateKeyPem: string): Buffer {
  return Buffer.from(hkdfSync("sha256", privateKeyPem, "", "kepu sign-up link", 32));
}

/**
 * A sign-up link's secret: the address and its expiry (epoch seconds) in base64url JSON, then an
 * HMAC-SHA256 of them under `key`. Stateless: whoever holds it proved they read mail at `email`
 * before `expiresAt`; the account's unique address keeps it from making two accounts.
 */
export function signUpToken(key: Buffer, email: string, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ e: email, x: Math.floor(expiresAt.getTime() / 1000) })).toString(
    "base64url",
  );
  return `${body}.${createHmac("sha256", key).update(body).digest("base64url")}`;
}

/** The address a sign-up token was made for, or null when it is forged, altered or expired. */
export function readSignUpToken(key: Buffer, token: string, now = new Date()): string | null {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return null;
  const expected = createHmac("sha256", key).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { e?: unknown; x?: unknown };
    if (typeof claims.e !== "string" || typeof claims.x !== "number") return null;
    return claims.x * 1000 > now.getTime() ? claims.e : null;
  } catch {
    return null;
  }
}
