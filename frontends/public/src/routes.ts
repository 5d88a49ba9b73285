import { useSyncExternalStore } from "react";

export { isPublicPage, type PublicRoute, publicRoute } from "./pages.js";

const navigateEvent = "kepu:public-navigate";

function subscribe(onChange: () => void): () => void {
  // single-spa announces pushState navigations as popstate events; `go` announces its own too.
  window.addEventListener("popstate", onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

/** The current path, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => "/",
  );
}

/** The current query string (`?…` or ""), re-rendering on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
}

/** Goes to a URL of the public app (path and query) without reloading the page. */
export function go(href: string): void {
  window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(navigateEvent));
  window.scrollTo?.(0, 0);
}
