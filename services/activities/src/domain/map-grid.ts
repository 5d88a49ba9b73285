/**
 * Server-side map clusters (issue 9 §4: "map clusters computed on the server per zoom and
 * viewport"). The database first gathers the viewport's activities into grid cells a few pixels wide
 * at the asked zoom (`cellZoomFor`) (one row per cell: count, mean point, the activity when alone), so a viewport over
 * all of China at zoom 4 reads a few hundred rows, not a million; supercluster then merges nearby
 * cells into the clusters drawn. At high zoom the cells are smaller than a venue and every activity
 * is its own point.
 */
import type { BoundingBox } from "./geo.js";

/** Zooms as web maps count them (0: the world in one 256-px tile). */
export const minMapZoom = 0;
export const maxMapZoom = 20;
/** Above this zoom nothing is clustered: each cell is a point (its activities share a venue). */
export const maxClusterZoom = 15;
/** The grid cell, in screen pixels (256-px tiles): well under supercluster's radius. */
export const cellPixels = 8;
/** supercluster's radius, in pixels of a 256-px tile (it counts in 512ths of a tile: ×2). */
export const clusterRadiusPixels = 30;

/**
 * The grid a map at `zoom` is gathered on: while clustering (up to `maxClusterZoom`), the cells of
 * the zoom below, 16 px wide at this zoom — two activities in one are at most 16√2 ≈ 23 px apart, so
 * supercluster (radius 30 px) would merge them anyway, and it clusters a quarter of the points it
 * would on 8-px cells (a dense city at zoom 11 is about 1,000 cells instead of 7,000). Past
 * clustering, the zoom's own 8-px cells (a venue's activities share a mark).
 */
export function cellZoomFor(zoom: number): number {
  return zoom <= maxClusterZoom ? Math.max(minMapZoom, zoom - 1) : zoom;
}

/** A cell's size in degrees at a zoom: `cellPixels` screen pixels of longitude at the equator. */
export function cellDegreesAt(zoom: number): number {
  return (360 / (256 * 2 ** zoom)) * cellPixels;
}

/**
 * The zooms whose cells the database keeps for the unfiltered public map (table `ActivityMapCell`,
 * kept by triggers on `Activity`: migration 20261204020000_activity_map_cells, which writes the same
 * number): maps up to zoom 13 read them. Above it a viewport is small enough to aggregate live.
 */
export const maxPreAggregatedZoom = 12;

/** The cells (x, y ranges, inclusive) that cover a box at a zoom: x = ⌊longitude / size⌋, y = ⌊latitude / size⌋. */
export function cellRange(box: BoundingBox, zoom: number): { x0: number; x1: number; y0: number; y1: number } {
  const size = cellDegreesAt(zoom);
  return {
    x0: Math.floor(box.west / size),
    x1: Math.floor(box.east / size),
    y0: Math.floor(box.south / size),
    y1: Math.floor(box.north / size),
  };
}

/** Coordinates are summed in cells as integers of this many per degree (1e-7°, about a centimetre). */
export const coordinateUnitsPerDegree = 1e7;

/** Why a zoom or viewport is unusable, or null. */
export function mapViewProblem(bbox: BoundingBox, zoom: number): { field: string; message: string } | null {
  if (!Number.isInteger(zoom) || zoom < minMapZoom || zoom > maxMapZoom) {
    return { field: "zoom", message: `缩放级别须为 ${minMapZoom} 到 ${maxMapZoom} 之间的整数` };
  }
  const { south, north, west, east } = bbox;
  if (![south, north, west, east].every(Number.isFinite)) return { field: "bbox", message: "地图范围无效" };
  if (south < -90 || north > 90 || south >= north) {
    return { field: "bbox", message: "地图范围的南北纬度须在 -90 到 90 之间，且南小于北" };
  }
  if (west < -180 || east > 180 || west >= east) {
    return { field: "bbox", message: "地图范围的东西经度须在 -180 到 180 之间，且西小于东" };
  }
  return null;
}

/**
 * The viewport widened by one cluster radius on each side (so a cluster at the edge counts the
 * points just outside), within the world.
 */
export function paddedViewport(bbox: BoundingBox, zoom: number): BoundingBox {
  const pad = (360 / (256 * 2 ** zoom)) * clusterRadiusPixels;
  return {
    south: Math.max(-90, bbox.south - pad),
    north: Math.min(90, bbox.north + pad),
    west: Math.max(-180, bbox.west - pad),
    east: Math.min(180, bbox.east + pad),
  };
}
