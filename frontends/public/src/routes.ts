import { useSyncExternalStore } from "react";

export { isPublicPage } from "./pages.js";

function subscribe(onChange: () => void): () => void {
  // single-spa announces pushState navigations as popstate events.
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

/** The current path, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => "/",
  );
}
