/**
 * The organizer app's own pages, under /organizers/… . Plain history.pushState and popstate: the
 * root config (single-spa) owns the top-level routes, this app only the part after /organizers, and
 * a router library would add weight to every deployment for six paths.
 */
import { useSyncExternalStore } from "react";

export const basePath = "/organizers";

export const pages = [
  "org",
  "activities",
  "activityReview",
  "activityImport",
  "trails",
  "subtree",
  "members",
  "works",
  "moderation",
  "reach",
  "resources",
  "campaigns",
  "import",
  "results",
  "dashboard",
] as const;
export type WorkspacePage = (typeof pages)[number];

export type Route =
  | { page: WorkspacePage; orgId: string | null }
  | { page: "invite"; token: string }
  | { page: "notFound"; path: string };

const segments: Record<WorkspacePage, string> = {
  org: "",
  activities: "/activities",
  activityReview: "/activity-review",
  activityImport: "/activity-import",
  trails: "/trails",
  subtree: "/subtree",
  members: "/members",
  works: "/works",
  moderation: "/moderation",
  reach: "/reach",
  resources: "/resources",
  campaigns: "/campaigns",
  import: "/import",
  results: "/results",
  dashboard: "/dashboard",
};

/** Where a URL (path + query) leads inside the app. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/\/+$/, "") : pathname;
  if (rest === "/invite") return { page: "invite", token: params.get("token") ?? "" };
  const page = pages.find((candidate) => segments[candidate] === rest);
  if (!page) return { page: "notFound", path: pathname };
  return { page, orgId: params.get("org") || null };
}

/** The URL of a workspace page for a unit (the current unit travels in ?org=). */
export function hrefFor(page: WorkspacePage, orgId: string | null): string {
  const path = `${basePath}${segments[page]}`;
  return orgId ? `${path}?${new URLSearchParams({ org: orgId })}` : path;
}

const navigateEvent = "kepu:organizers-navigate";

/** Goes to an in-app URL without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(navigateEvent));
  window.scrollTo?.(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

const currentUrl = () => `${window.location.pathname}${window.location.search}`;

/** The route of the current URL, re-rendering on navigation (links, back and forward). */
export function useRoute(): Route {
  const url = useSyncExternalStore(subscribe, currentUrl, () => basePath);
  const at = new URL(url, "http://kepu.invalid");
  return parseRoute(at.pathname, at.search);
}
