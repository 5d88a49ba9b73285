/**
 * Loads `@kepu/map` (MapLibre and the base map, map.ts) from the import map on first use and keeps
 * it: call it from the component that shows a map, never at module top level, so only map pages
 * fetch MapLibre. A failed load (offline) is retried on the next call.
 */
type MapModule = typeof import("@kepu/map");
let loading: Promise<MapModule> | null = null;

export function loadMap(): Promise<MapModule> {
  loading ??= import("@kepu/map").catch((failure: unknown) => {
    loading = null;
    throw failure;
  });
  return loading;
}
