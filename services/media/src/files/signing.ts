import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Signed file URLs: `/files/<assetId>/<variant>?expires=<unix seconds>&v=<urlVersion>&signature=<hex>`,
 * an HMAC-SHA256 with the service's FILE_URL_SECRET over all three. The asset's `urlVersion` is
 * part of it, so bumping the version (taking a file out of view) kills every URL issued before, at
 * once; the row is read on every request anyway.
 */
export function fileSignature(
  secret: string,
  assetId: string,
  variant: string,
  expires: number,
  version: number,
): string {
  return createHmac("sha256", secret).update(`${assetId}/${variant}/${expires}/${version}`).digest("hex");
}

/** Whether `signature` is the one for these values (constant-time). */
export function validSignature(
  secret: string,
  assetId: string,
  variant: string,
  expires: number,
  version: number,
  signature: string,
): boolean {
  const expected = Buffer.from(fileSignature(secret, assetId, variant, expires, version), "hex");
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A fresh upload-grant token (sent once to the uploader) and the hash stored in its place. */
export function newUploadToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashUploadToken(token) };
}

/** The stored form of an upload token: its SHA-256. */
export function hashUploadToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
