/**
 * The public app's own pages. The root config mounts this app for every path the other apps do not
 * own, so any other path is "not found": the app shows its 404 page, and the web server answers
 * such a path with HTTP 404 (frontends/root/src/apps.ts reads this module, so keep it free of
 * React and of anything else the root config should not bundle).
 */
export const publicPages = ["/"] as const;

/** Whether a path is one of the public app's pages (a trailing slash is tolerated). */
export function isPublicPage(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return (publicPages as readonly string[]).includes(path || "/");
}
