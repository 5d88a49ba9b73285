/// <reference path="./css-text.d.ts" />
/**
 * The map of the public app (issue 9 §8) and the organizer app's map picker (issue 9 §7): MapLibre GL
 * with the base map the page names or the offline light style shipped here (map-style.ts), Chinese
 * labels in the device's own fonts (`localIdeographFontFamily`), and MapLibre's stylesheet. A shared
 * module of the import map (`@kepu/map`), fetched by a dynamic `import()` only on the pages that show
 * a map (map-loader.ts), so no other page downloads MapLibre, and the page loads it once.
 */
import * as maplibregl from "maplibre-gl";
import maplibreCss from "maplibre-gl/dist/maplibre-gl.css";
import { configuredMapStyle } from "./map-style.js";

export type { LngLatBoundsLike, Map as MapLibreMap, MapOptions, Marker } from "maplibre-gl";
export {
  configuredMapCoordinateSystem,
  configuredMapStyle,
  type MapCoordinateSystem,
  offlineMapStyle,
} from "./map-style.js";
export { maplibregl };

const stylesId = "kepu-maplibre-styles";

/** Adds MapLibre's stylesheet to the document once. */
function ensureStyles(): void {
  if (document.getElementById(stylesId)) return;
  const style = document.createElement("style");
  style.id = stylesId;
  style.textContent = maplibreCss;
  document.head.appendChild(style);
}

/** Where a map opens: 中国 at zoom 3 unless told. */
export interface CreateMapOptions {
  center?: [number, number];
  zoom?: number;
  /** A text for screen readers naming the map (the canvas gets it as its label). */
  label?: string;
}

/**
 * A MapLibre map in `container` on the configured base map (offline light style by default), with
 * zoom buttons. The caller removes it (`map.remove()`) on unmount.
 */
export function createMap(container: HTMLElement, options: CreateMapOptions = {}): maplibregl.Map {
  ensureStyles();
  const map = new maplibregl.Map({
    container,
    style: configuredMapStyle(),
    center: options.center ?? [104.2, 35.9],
    zoom: options.zoom ?? 3,
    localIdeographFontFamily: '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif',
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  if (options.label) map.getCanvas().setAttribute("aria-label", options.label);
  return map;
}

/** A marker whose element is the caller's (a button with a label: clusters and activities stay accessible). */
export function addMarker(map: maplibregl.Map, element: HTMLElement, lngLat: [number, number]): maplibregl.Marker {
  return new maplibregl.Marker({ element }).setLngLat(lngLat).addTo(map);
}
