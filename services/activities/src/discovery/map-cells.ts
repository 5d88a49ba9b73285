import type { DiscoveryFilter } from "../domain/discovery-filter.js";
import type { BoundingBox } from "../domain/geo.js";
import { cellDegreesAt, cellRange, coordinateUnitsPerDegree, maxPreAggregatedZoom } from "../domain/map-grid.js";
import { Prisma } from "../generated/prisma/client.js";
import { allOf, filterConditions } from "./sql.js";

/**
 * The grid cells of the public map (issue 9 §4): for a box at a zoom, every cell of the grid that
 * the box touches, whole, with the number of public activities with a point in it, their mean point
 * and the activity when alone. Two ways give the same cells: the live aggregation over `Activity`
 * (any filter, any zoom) and the cells the database keeps per zoom in `ActivityMapCell` (no filter,
 * zooms up to `maxPreAggregatedZoom`; kept by triggers in the writing transaction, migration
 * 20261204020000_activity_map_cells). Both sum coordinates as integers of 1e-7°, so the mean point is
 * computed the same way from the same numbers.
 */
export interface MapCell {
  latitude: number;
  longitude: number;
  count: number;
  activityId: string | null;
}

interface CellRow {
  x: number;
  y: number;
  count: number | bigint;
  latitudeSum: number | bigint | string;
  longitudeSum: number | bigint | string;
  activityId: string | null;
}

type RawDb = { $queryRaw: <T>(query: Prisma.Sql) => Promise<T> };

/** Cells in key order (x, then y), each with its mean point. */
function cellsOf(rows: CellRow[]): MapCell[] {
  return rows
    .map((row) => ({ ...row, count: Number(row.count) }))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((row) => ({
      latitude: Number(row.latitudeSum) / row.count / coordinateUnitsPerDegree,
      longitude: Number(row.longitudeSum) / row.count / coordinateUnitsPerDegree,
      count: row.count,
      activityId: row.activityId,
    }));
}

/** Whether a filter narrows nothing (absent, or every field empty). */
export function isUnfiltered(filter: DiscoveryFilter | null | undefined): boolean {
  return !filter || Object.values(filter).every((value) => value === null || value === undefined);
}

/** The cells aggregated live from the public activities matching the filter. */
export async function liveMapCells(
  db: RawDb,
  box: BoundingBox,
  zoom: number,
  filter: DiscoveryFilter | null,
  now: Date,
): Promise<MapCell[]> {
  const size = cellDegreesAt(zoom);
  const { x0, x1, y0, y1 } = cellRange(box, zoom);
  // The whole cells' box on the (latitude, longitude) b-tree (a hair wider), then the cell decides.
  const slack = 1e-9;
  const x = Prisma.sql`floor(a."longitude" / ${size}::float8)::int`;
  const y = Prisma.sql`floor(a."latitude" / ${size}::float8)::int`;
  const rows = await db.$queryRaw<CellRow[]>(Prisma.sql`
    SELECT ${x} AS "x", ${y} AS "y", count(*)::int AS "count",
           sum(round(a."latitude" * ${coordinateUnitsPerDegree}::float8)::bigint)::bigint AS "latitudeSum",
           sum(round(a."longitude" * ${coordinateUnitsPerDegree}::float8)::bigint)::bigint AS "longitudeSum",
           CASE WHEN count(*) = 1 THEN min(a."id") END AS "activityId"
    FROM "Activity" a
    WHERE ${allOf([
      ...filterConditions(filter, now),
      Prisma.sql`a."latitude" BETWEEN ${y0 * size - slack}::float8 AND ${(y1 + 1) * size + slack}::float8`,
      Prisma.sql`a."longitude" BETWEEN ${x0 * size - slack}::float8 AND ${(x1 + 1) * size + slack}::float8`,
      Prisma.sql`${x} BETWEEN ${x0}::int AND ${x1}::int AND ${y} BETWEEN ${y0}::int AND ${y1}::int`,
    ])}
    GROUP BY 1, 2`);
  return cellsOf(rows);
}

/** The cells the database keeps for the unfiltered public map at a zoom up to `maxPreAggregatedZoom`. */
export async function preAggregatedMapCells(db: RawDb, box: BoundingBox, zoom: number): Promise<MapCell[]> {
  const { x0, x1, y0, y1 } = cellRange(box, zoom);
  const rows = await db.$queryRaw<CellRow[]>(Prisma.sql`
    SELECT "x", "y", "count", "latitudeSum", "longitudeSum", "activityId" FROM "ActivityMapCell"
    WHERE "zoom" = ${zoom}::int AND "x" BETWEEN ${x0}::int AND ${x1}::int AND "y" BETWEEN ${y0}::int AND ${y1}::int
      AND "count" > 0`);
  return cellsOf(rows);
}

/**
 * The map's cells for a box, zoom and filter: the kept cells when nothing is filtered and the zoom
 * is kept (a viewport over all of China reads a few hundred rows whatever the table's size), else
 * live (a filter narrows first; above the kept zooms the viewport is small).
 */
export function mapCells(
  db: RawDb,
  box: BoundingBox,
  zoom: number,
  filter: DiscoveryFilter | null,
  now: Date,
): Promise<MapCell[]> {
  return isUnfiltered(filter) && zoom <= maxPreAggregatedZoom
    ? preAggregatedMapCells(db, box, zoom)
    : liveMapCells(db, box, zoom, filter, now);
}
