import { isPublicPage } from "../../public/src/pages.js";

/** The micro-frontends and the routes that mount them. */
export const apps = [
  { name: "@kepu/organizers", dir: "organizers", route: "/organizers" },
  { name: "@kepu/reviewers", dir: "reviewers", route: "/reviewers" },
  { name: "@kepu/public", dir: "public", route: "/" },
] as const;
export type AppName = (typeof apps)[number]["name"];

/** Whether a path lies under an app's route: "/organizers" and "/organizers/…", not "/organizersx". */
function under(route: string, pathname: string): boolean {
  return pathname === route || pathname.startsWith(`${route}/`);
}

/**
 * The app that mounts for a path: an app whose route it lies under, else the public app, which
 * shows its 404 page for any path that is not one of its pages.
 */
export function appForPath(pathname: string): AppName {
  return apps.find((app) => app.route !== "/" && under(app.route, pathname))?.name ?? "@kepu/public";
}

/**
 * Whether some app has a page at this path, so the web server answers 200; anything else is a
 * 404 (the page is still served, and the public app says what went wrong). Paths under another
 * app's route belong to that app, which shows its own "not found" inside.
 */
export function isKnownPath(pathname: string): boolean {
  return appForPath(pathname) !== "@kepu/public" || isPublicPage(pathname);
}
