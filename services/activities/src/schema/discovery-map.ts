import { userError } from "@kepu/subgraph";
import { addDays, readDay } from "@kepu/time";
import Supercluster from "supercluster";
import { builder } from "../builder.js";
import { hintPublic } from "../discovery/cache-hints.js";
import { type MapCell, mapCells } from "../discovery/map-cells.js";
import { allOf, filterConditions } from "../discovery/sql.js";
import { maxCalendarDays } from "../domain/discovery-filter.js";
import type { BoundingBox } from "../domain/geo.js";
import { clusterRadiusPixels, mapViewProblem, maxClusterZoom, paddedViewport } from "../domain/map-grid.js";
import type { Activity } from "../generated/prisma/client.js";
import { ActivityRef } from "./activity.js";
import { ActivityFilterInput, filterOf } from "./discovery.js";

/**
 * The map and the calendar of discovery (issue 9 §4): clusters computed on the server per zoom and
 * viewport (the viewport's grid cells, kept per zoom by the database or aggregated live with a filter:
 * discovery/map-cells.ts; supercluster merges them), and counts per Shanghai day. Both read the same public predicate and filter as the list.
 */

const BoundingBoxInput = builder.inputType("BoundingBoxInput", {
  description: "A map viewport in WGS-84 degrees (west < east, south < north; China never crosses ±180°).",
  fields: (t) => ({
    west: t.float(),
    south: t.float(),
    east: t.float(),
    north: t.float(),
  }),
});

/** One mark on the map: a cluster of activities, or one activity (then `activity` is set). */
interface MapFeature {
  latitude: number;
  longitude: number;
  count: number;
  expansionZoom: number | null;
  activityId: string | null;
}

const ActivityMapFeatureRef = builder.objectRef<MapFeature>("ActivityMapFeature").implement({
  description: "A mark on the map: a cluster (count > 1, zoom in to expansionZoom to split it) or one activity.",
  fields: (t) => ({
    latitude: t.exposeFloat("latitude", { description: "WGS-84; a cluster's is the mean of its activities'." }),
    longitude: t.exposeFloat("longitude"),
    count: t.exposeInt("count", { description: "Activities in the mark." }),
    expansionZoom: t.exposeInt("expansionZoom", {
      nullable: true,
      description: "The zoom at which a cluster splits; null for one activity or activities sharing a venue.",
    }),
    activityId: t.exposeID("activityId", { nullable: true, description: "Set when the mark is one activity." }),
    activity: t.field({
      type: ActivityRef,
      nullable: true,
      description: "The activity, when the mark is one (read in one query for the whole map).",
      resolve: async (feature, _args, ctx) => {
        if (!feature.activityId) return null;
        return ctx.loaders
          .get("ActivityOnMap", (ids) => ctx.db.activity.findMany({ where: { id: { in: [...ids] } } }))
          .load(feature.activityId) as Promise<Activity | null>;
      },
    }),
  }),
});

interface ActivityMap {
  zoom: number;
  total: number;
  features: MapFeature[];
}

const ActivityMapRef = builder.objectRef<ActivityMap>("ActivityMap").implement({
  description: "The public activities in a viewport at a zoom, clustered on the server.",
  fields: (t) => ({
    zoom: t.exposeInt("zoom"),
    total: t.exposeInt("total", { description: "Activities in the viewport (with a point)." }),
    features: t.field({ type: [ActivityMapFeatureRef], resolve: (map) => map.features }),
  }),
});

/**
 * Clusters of the cells for the viewport at the zoom (supercluster over this request's cells only,
 * so no index of a million points is kept): a cell's weight is its count; a cluster's point is its
 * cells' weighted centre.
 */
function clusterCells(cells: MapCell[], bbox: BoundingBox, zoom: number): MapFeature[] {
  const index = new Supercluster<MapCell, { count: number }>({
    radius: clusterRadiusPixels,
    extent: 256,
    // Levels below the asked zoom are never read (expansion zooms look upward).
    minZoom: Math.min(zoom, maxClusterZoom),
    maxZoom: maxClusterZoom,
    map: (cell) => ({ count: cell.count }),
    reduce: (sum, cell) => {
      sum.count += cell.count;
    },
  });
  index.load(
    cells.map((cell) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [cell.longitude, cell.latitude] },
      properties: cell,
    })),
  );
  return index
    .getClusters([bbox.west, bbox.south, bbox.east, bbox.north], Math.min(zoom, maxClusterZoom + 1))
    .map((feature) => {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ("cluster" in properties && properties.cluster) {
        return {
          latitude,
          longitude,
          count: properties.count,
          expansionZoom: Math.min(index.getClusterExpansionZoom(properties.cluster_id), maxClusterZoom + 1),
          activityId: null,
        };
      }
      const cell = properties as MapCell;
      // Several activities in one cell: closer than a few pixels now, apart at a closer zoom (unless
      // past clustering: then they share a venue).
      const expansionZoom = cell.count > 1 && zoom <= maxClusterZoom ? zoom + 1 : null;
      return { latitude, longitude, count: cell.count, expansionZoom, activityId: cell.activityId };
    });
}

interface CalendarDay {
  day: string;
  count: number;
}

const ActivityCalendarDayRef = builder.objectRef<CalendarDay>("ActivityCalendarDay").implement({
  description: "How many public activities have a session on a day (Asia/Shanghai).",
  fields: (t) => ({
    day: t.field({ type: "Date", resolve: (day) => day.day }),
    count: t.exposeInt("count"),
  }),
});

builder.queryFields((t) => ({
  activityMap: t.field({
    type: ActivityMapRef,
    description:
      "The map: public activities in a viewport, clustered on the server for the zoom (0–20; above 15 every activity is its own mark, or a venue's). Cacheable for a minute.",
    args: {
      bbox: t.arg({ type: BoundingBoxInput }),
      zoom: t.arg.int(),
      filter: t.arg({ type: ActivityFilterInput, required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const bbox: BoundingBox = { ...args.bbox };
      const problem = mapViewProblem(bbox, args.zoom);
      if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
      hintPublic(info, ctx.viewer.kind === "user");
      const cells = await mapCells(
        ctx.db,
        paddedViewport(bbox, args.zoom),
        args.zoom,
        filterOf(args.filter),
        new Date(),
      );
      const features = clusterCells(cells, bbox, args.zoom);
      return { zoom: args.zoom, total: features.reduce((sum, feature) => sum + feature.count, 0), features };
    },
  }),
  activityCalendar: t.field({
    type: [ActivityCalendarDayRef],
    description: `The calendar: for each day from \`from\` to \`to\` (Asia/Shanghai, inclusive, at most ${maxCalendarDays} days: a month or a week), how many public activities have a session that day. Cacheable for a minute.`,
    args: {
      from: t.arg({ type: "Date" }),
      to: t.arg({ type: "Date" }),
      filter: t.arg({ type: ActivityFilterInput, required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const days = daysBetween(args.from, args.to);
      hintPublic(info, ctx.viewer.kind === "user");
      const filter = { ...(filterOf(args.filter) ?? {}), from: args.from, to: args.to };
      const conditions = filterConditions(filter, new Date());
      const start = new Date(`${args.from}T00:00:00+08:00`);
      // The instant after the last day (not addDays: 9999-12-31 has no next calendar day to name).
      const end = new Date(new Date(`${args.to}T00:00:00+08:00`).getTime() + 86_400_000);
      // Each session counts on every Shanghai day it touches within the range; an activity once a day.
      const rows = await ctx.db.$queryRaw<{ day: string; count: number }[]>`
        SELECT to_char(d."day", 'YYYY-MM-DD') AS "day", count(DISTINCT d."activityId")::int AS "count"
        FROM (
          SELECT s."activityId", generate_series(
            greatest((s."startsAt" AT TIME ZONE 'UTC' + interval '8 hours')::date, ${args.from}::date),
            least(((s."endsAt" - interval '1 millisecond') AT TIME ZONE 'UTC' + interval '8 hours')::date, ${args.to}::date),
            interval '1 day') AS "day"
          FROM "ActivitySession" s JOIN "Activity" a ON a."id" = s."activityId"
          WHERE s."cancelledAt" IS NULL AND s."startsAt" < ${end} AND s."endsAt" > ${start} AND ${allOf(conditions)}
        ) d
        GROUP BY d."day"`;
      const counts = new Map(rows.map((row) => [row.day, Number(row.count)]));
      return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
    },
  }),
}));

/** The days from `from` to `to` inclusive, or BAD_USER_INPUT for a reversed or too long range. */
function daysBetween(from: string, to: string): string[] {
  if (!readDay(from).ok || !readDay(to).ok) throw userError("BAD_USER_INPUT", "日期须为 YYYY-MM-DD", { field: "from" });
  if (from > to) throw userError("BAD_USER_INPUT", "结束日期不能早于开始日期", { field: "to" });
  const days: string[] = [];
  for (let day = from; ; day = addDays(day, 1)) {
    days.push(day);
    if (days.length > maxCalendarDays) {
      throw userError("BAD_USER_INPUT", `日历一次最多查询 ${maxCalendarDays} 天`, { field: "to" });
    }
    if (day >= to) break; // before addDays: the last day may be 9999-12-31
  }
  return days;
}
