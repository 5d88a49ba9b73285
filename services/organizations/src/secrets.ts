import { createHash, randomBytes } from "node:crypto";

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
