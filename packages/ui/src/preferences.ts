/**
 * The page's own preferences kept in cookies as well as in the browser, so the web server renders
 * the first paint the way the person left it (language, elderly-friendly mode) and nothing changes
 * when the app takes over. Names and values are plain ASCII; a year long; sent only to this site.
 */
export const preferenceCookies = { locale: "kepu_locale", elder: "kepu_elder" } as const;

/** Reads a Cookie header (the web server's side) into name → value. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (!key) continue;
    try {
      cookies.set(key, decodeURIComponent(value.join("=")));
    } catch {
      // A malformed value is no preference.
    }
  }
  return cookies;
}
