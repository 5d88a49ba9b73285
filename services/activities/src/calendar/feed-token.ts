import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The token in a person's calendar feed URL (/ical/me/<token>.ics): their user key and an HMAC of
 * it under the service's CALENDAR_FEED_SECRET, so the URL can be given to a calendar app (which
 * cannot sign in) without being guessable. It carries no name, address or phone. Changing the
 * secret revokes every feed URL.
 */
const purpose = "kepu-ical-feed:v1:";

function mac(secret: string, userId: string): string {
  return createHmac("sha256", secret)
    .update(purpose + userId)
    .digest("base64url")
    .slice(0, 32);
}

/** The feed token of a user. */
export function feedToken(secret: string, userId: string): string {
  return `${Buffer.from(userId, "utf8").toString("base64url")}.${mac(secret, userId)}`;
}

/** The user a feed token names, or null when it is not one this secret signed. */
export function userOfFeedToken(secret: string, token: string): string | null {
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length > 0 || encoded.length > 200) return null;
  const userId = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(mac(secret, userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}
