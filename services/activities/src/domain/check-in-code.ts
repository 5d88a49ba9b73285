import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The rotating check-in code of a trail stop (issue 9 §5: "a code shown at the venue that rotates so
 * a photo of it cannot be reused later from home"). Each stop has a secret; the code shown is
 * HOTP (RFC 4226: HMAC-SHA-256 here, dynamic truncation, 6 digits) over the number of the current
 * time window of `stepSeconds`, as TOTP (RFC 6238) does. A code is accepted in its own window and
 * the one after (a person who reads it at 10:00:59 and types it at 10:01:20 is not refused), never
 * later: a photo of the screen is useless two minutes on.
 */
export const checkInStepSeconds = 60;
/** Digits of the code: short enough to type on a phone, 1 in a million to guess. */
export const checkInCodeDigits = 6;
/** Windows accepted: the current one and the one before. */
const acceptedWindows = 2;

/** A new stop secret: 32 random bytes, base64url. */
export function newStopSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The number of the time window `at` falls in. */
export function windowOf(at: Date, stepSeconds = checkInStepSeconds): number {
  return Math.floor(at.getTime() / 1000 / stepSeconds);
}

/** The code of window `window` for `secret` (zero-padded digits). */
export function codeForWindow(secret: string, window: number, digits = checkInCodeDigits): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(window));
  const mac = createHmac("sha256", Buffer.from(secret, "base64url")).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, "0");
}

/** What the venue screen shows: the code of the window `now` is in, and when that window ends. */
export function currentCode(secret: string, now: Date, stepSeconds = checkInStepSeconds) {
  const window = windowOf(now, stepSeconds);
  return {
    code: codeForWindow(secret, window),
    validFrom: new Date(window * stepSeconds * 1000),
    /** The screen shows the next code from here; this one is still accepted for one more window. */
    rotatesAt: new Date((window + 1) * stepSeconds * 1000),
    stepSeconds,
  };
}

/** A code as people type it: spaces and dashes dropped, full-width digits made ASCII. */
export function normalizeCode(typed: string): string {
  return typed.normalize("NFKC").replace(/[\s-]/g, "").trim();
}

/**
 * Whether `typed` is the stop's code of the window `now` is in or of the one before. Compared in
 * constant time. A code from any earlier window (a photo taken before) is refused.
 */
export function verifyCode(secret: string, typed: string, now: Date, stepSeconds = checkInStepSeconds): boolean {
  const code = normalizeCode(typed);
  if (!new RegExp(`^\\d{${checkInCodeDigits}}$`).test(code)) return false;
  const window = windowOf(now, stepSeconds);
  let matched = false;
  for (let back = 0; back < acceptedWindows; back += 1) {
    const expected = Buffer.from(codeForWindow(secret, window - back));
    // No early exit: every accepted window is compared.
    if (timingSafeEqual(expected, Buffer.from(code))) matched = true;
  }
  return matched;
}

/** The payload a QR code at the venue may carry: the check-in page with the stop and code filled in. */
export function checkInLink(webUrl: string, trailId: string, stopId: string, code: string): string {
  const url = new URL(`/trails/${encodeURIComponent(trailId)}/check-in`, webUrl);
  url.searchParams.set("stop", stopId);
  url.searchParams.set("code", code);
  return url.toString();
}
