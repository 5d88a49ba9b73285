/**
 * The public app's own pages. The root config mounts this app for every path the other apps do not
 * own, so any other path is "not found": the app shows its 404 page, and the web server answers
 * such a path with HTTP 404 (frontends/root/src/apps.ts reads this module, so keep it free of
 * React and of anything else the root config should not bundle).
 *
 * - `/`: the current campaign's activities;
 * - `/works`: the works feed (issue 8 §6), narrowed by `?hashtag=&topic=&org=&platform=&activity=&kind=`;
 * - `/works/<id>`: a work (whether it exists and is published is for the app to say, with its 404 page);
 * - `/activities`, `/near`, `/calendar`, `/map`: discovery (issue 9 §4), the filter in the query;
 * - `/trails`: the current campaign's published check-in trails (联动打卡, issue 9 §5).
 */
/** A work's page: /works/<id>, an id of letters, digits, `_` and `-` (cuids and the demo's ids). */
export const workPagePattern = /^\/works\/([A-Za-z0-9_-]{1,64})$/;

/** An activity's page: /activities/<id>. */
export const activityPagePattern = /^\/activities\/([A-Za-z0-9_-]{1,64})$/;
/** A trail (/trails/<id>), its check-in (/trails/<id>/check-in) and a stop's venue screen (/trails/<id>/screen/<stopId>). */
const trailPattern = /^\/trails\/([A-Za-z0-9_-]{1,64})(?:\/check-in|\/screen\/([A-Za-z0-9_-]{1,64}))?$/;

/** Where a path leads in the public app. */
export type PublicRoute =
  | { page: "activity"; id: string }
  | { page: "signIn" }
  | { page: "signUp" }
  | { page: "myRegistrations" }
  | { page: "trails" }
  | { page: "trail"; id: string }
  | { page: "venueScreen"; trailId: string; stopId: string }
  | { page: "campaign" }
  | { page: "works" }
  | { page: "work"; id: string }
  | { page: "activities" }
  | { page: "near" }
  | { page: "calendar" }
  | { page: "map" }
  | { page: "notFound" };

/** The route of a path (a trailing slash is tolerated; the query is the page's own business). */
export function publicRoute(pathname: string): PublicRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : pathname || "/";
  if (path === "/") return { page: "campaign" };
  if (path === "/works") return { page: "works" };
  if (path === "/sign-in") return { page: "signIn" };
  if (path === "/sign-up") return { page: "signUp" };
  if (path === "/me/registrations") return { page: "myRegistrations" };
  if (path === "/trails") return { page: "trails" };
  const activity = activityPagePattern.exec(path);
  if (activity?.[1]) return { page: "activity", id: activity[1] };
  const trail = trailPattern.exec(path);
  if (trail?.[1])
    return trail[2] ? { page: "venueScreen", trailId: trail[1], stopId: trail[2] } : { page: "trail", id: trail[1] };
  if (path === "/activities") return { page: "activities" };
  if (path === "/near") return { page: "near" };
  if (path === "/calendar") return { page: "calendar" };
  if (path === "/map") return { page: "map" };
  const work = workPagePattern.exec(path);
  if (work?.[1]) return { page: "work", id: work[1] };
  return { page: "notFound" };
}

/** Whether a path is one of the public app's pages. */
export function isPublicPage(pathname: string): boolean {
  return publicRoute(pathname).page !== "notFound";
}
