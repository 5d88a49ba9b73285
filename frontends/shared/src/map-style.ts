/**
 * The map's offline light background (issue 9 §8: "works offline here with a light background shipped
 * in the repo"): a pale land colour and a graticule every 5° drawn from GeoJSON generated here, so no
 * tile, font or sprite is fetched and no border is drawn (a published map of China that shows
 * borders needs an approval number, 审图号). Production points the map at a real base map with the
 * page setting `MAP_STYLE_URL` (e.g. a 天地图 style), read from `<meta name="kepu-map-style">`.
 */
import type { StyleSpecification } from "maplibre-gl";

/** Lines of longitude and latitude every `step` degrees over China's extent. */
function graticule(step: number) {
  const features = [];
  for (let lng = 70; lng <= 140; lng += step) {
    features.push({
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [lng, 15],
          [lng, 55],
        ],
      },
    });
  }
  for (let lat = 15; lat <= 55; lat += step) {
    features.push({
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [70, lat],
          [140, lat],
        ],
      },
    });
  }
  return { type: "FeatureCollection" as const, features };
}

/** The offline light style: background and graticule only. */
export const offlineMapStyle: StyleSpecification = {
  version: 8,
  name: "kepu-offline-light",
  sources: { graticule: { type: "geojson", data: graticule(5) } },
  layers: [
    { id: "background", type: "background", paint: { "background-color": "#eef2f6" } },
    {
      id: "graticule",
      type: "line",
      source: "graticule",
      paint: { "line-color": "#c9d4e0", "line-width": 1 },
    },
  ],
};

/** The base map the page names (`<meta name="kepu-map-style" content="https://…/style.json">`), else the offline style. */
export function configuredMapStyle(doc: Document | undefined = globalThis.document): string | StyleSpecification {
  const url = doc?.querySelector<HTMLMetaElement>('meta[name="kepu-map-style"]')?.content?.trim();
  return url ? url : offlineMapStyle;
}

/** A coordinate system a base map draws in (the graph's CoordinateSystem). */
export type MapCoordinateSystem = "WGS84" | "GCJ02";

/**
 * The coordinate system of the configured base map, so that a point picked on it is sent as what it
 * is and the server converts it: `<meta name="kepu-map-crs" content="GCJ02">` for a Chinese commercial
 * map (AMap, Tencent), else WGS-84 (the offline style here; 天地图 draws CGCS2000, within centimetres of it).
 */
export function configuredMapCoordinateSystem(doc: Document | undefined = globalThis.document): MapCoordinateSystem {
  const crs = doc?.querySelector<HTMLMetaElement>('meta[name="kepu-map-crs"]')?.content?.trim().toUpperCase();
  return crs === "GCJ02" || crs === "GCJ-02" ? "GCJ02" : "WGS84";
}
