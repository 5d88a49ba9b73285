import { keysetPage, refuseBackwardPaging, userError } from "@kepu/subgraph";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder, type Context } from "../builder.js";
import { hintPublic } from "../discovery/cache-hints.js";
import { type PageRow, readCardPage } from "../discovery/rows.js";
import { allOf, distanceKmSql, filterConditions, inBoxSql } from "../discovery/sql.js";
import { type DiscoveryFilter, discoveryFilterSchema } from "../domain/discovery-filter.js";
import { boundingBoxAround, type Point, pointProblem, radiusProblem } from "../domain/geo.js";
import { minutesProblem, type TravelMode, travelModes } from "../domain/travel-time.js";
import type { Activity } from "../generated/prisma/client.js";
import { Prisma } from "../generated/prisma/client.js";
import { ActivityFormEnum, ActivityRef, AudienceEnum } from "./activity.js";
import { ActivityCategoryKindEnum } from "./category.js";

/**
 * Discovery for the public (issue 9 §4): the filtered list with Chinese search, near me, the
 * 30-minute service circle; the map and the calendar are in discovery-map.ts. Resolvers translate:
 * the rules (search terms, regions, geometry, the travel model) are in domain/, the SQL in
 * discovery/sql.ts. Every list is a cursor connection; every answer carries a cache hint.
 */

export const ActivityFilterInput = builder.inputType("ActivityFilter", {
  description:
    "What the public narrows discovery by; every field optional, the given ones must all hold. The public sees listed activities that are published, finished or reported (a cancelled one is out of discovery, still readable by id).",
  fields: (t) => ({
    campaignId: t.id({
      required: false,
      description: "A campaign; a national edition includes its regional editions' activities.",
    }),
    regionCode: t.string({
      required: false,
      description:
        "GB/T 2260 code: a province (500000) includes its cities and counties, a city (430100) its counties.",
    }),
    categoryId: t.id({ required: false, description: "One of activityCategories(campaignId)." }),
    categoryKind: t.field({ type: ActivityCategoryKindEnum, required: false }),
    form: t.field({ type: ActivityFormEnum, required: false }),
    topic: t.string({ required: false }),
    audience: t.field({ type: AudienceEnum, required: false }),
    from: t.field({ type: "Date", required: false, description: "First day (Asia/Shanghai) with a session." }),
    to: t.field({ type: "Date", required: false, description: "Last day (Asia/Shanghai, inclusive) with a session." }),
    online: t.boolean({
      required: false,
      description: "true: can be attended online (ONLINE or HYBRID); false: in person (OFFLINE or HYBRID).",
    }),
    freePlaces: t.boolean({
      required: false,
      description:
        "Only activities with a session still to come that needs no registration or has a place left under its capacity.",
    }),
    text: t.string({
      required: false,
      description:
        "Chinese or Latin words, all of which must occur in the title, summary, programme, venue or address (编程 finds 青少年机器人编程体验营).",
    }),
  }),
  validate: discoveryFilterSchema,
});

/** The public's filter as the SQL builder reads it (enum values as their names). */
export const filterOf = (filter: DiscoveryFilter | null | undefined): DiscoveryFilter | null => filter ?? null;

/**
 * A page of activities: `page` is the page's SELECT (an "id" column and any `extras` columns, in the
 * page's order, limited), each activity read with what the selection under `path` asks for. A card's
 * selection comes with the page in one statement (discovery/rows.ts); any other is planned by Pothos
 * and read by Prisma after the page (a page of 10 and a page of 50 send the same statements either
 * way).
 */
export async function activityPage<Extra extends string = never>(
  ctx: Context,
  info: GraphQLResolveInfo,
  page: Prisma.Sql,
  path: string[],
  extras: readonly Extra[] = [],
): Promise<PageRow<Extra>[]> {
  const query = queryFromInfo({ context: ctx, info, path, typeName: "Activity" });
  const cards = await readCardPage(ctx.db, page, query, extras);
  if (cards) return cards;
  const rows = await ctx.db.$queryRaw<({ id: string } & Record<Extra, unknown>)[]>(page);
  if (rows.length === 0) return [];
  const activities = (await ctx.db.activity.findMany({
    ...query,
    where: { id: { in: rows.map((row) => row.id) } },
  })) as Activity[];
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  return rows.flatMap((row) => {
    const activity = byId.get(row.id);
    return activity ? [{ activity, extra: row as Record<Extra, unknown> }] : [];
  });
}

/** A point refused with the field at fault (latitude 106 is a swapped longitude). */
export function requirePoint(point: Point): Point {
  const problem = pointProblem(point);
  if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
  return point;
}

/** An edge of a list ordered by distance: the activity and how far it is. */
interface NearbyEdge {
  cursor: string;
  node: Activity;
  distanceKm: number;
}

const nearCursor = (distanceKm: number, id: string) =>
  Buffer.from(JSON.stringify([distanceKm, id])).toString("base64url");

function readNearCursor(cursor: string | null | undefined): { distanceKm: number; id: string } | null {
  if (!cursor) return null;
  try {
    const [distanceKm, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof distanceKm === "number" && Number.isFinite(distanceKm) && typeof id === "string")
      return { distanceKm, id };
  } catch {
    // Falls through to the refusal.
  }
  throw userError("BAD_USER_INPUT", "分页游标无效", { field: "after" });
}

/**
 * One page of the public activities within `radiusKm` of `center`, nearest first (then by id): the
 * bounding box narrows on the (latitude, longitude) index, haversine decides and orders. Activities
 * without a point (online only) are never near anything.
 */
export async function nearbyPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: {
    center: Point;
    radiusKm: number;
    filter: DiscoveryFilter | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
  },
): Promise<{
  edges: NearbyEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}> {
  refuseBackwardPaging(args);
  const size = args.first ?? 20;
  const after = readNearCursor(args.after);
  const distance = distanceKmSql(args.center);
  const conditions = [
    ...filterConditions(args.filter, new Date()),
    inBoxSql(boundingBoxAround(args.center, args.radiusKm)),
  ];
  const rows = await activityPage(
    ctx,
    info,
    Prisma.sql`
      SELECT n."id", n."distanceKm" FROM (
        SELECT a."id", ${distance} AS "distanceKm" FROM "Activity" a WHERE ${allOf(conditions)}
      ) n
      WHERE n."distanceKm" <= ${args.radiusKm}::float8
        ${after ? Prisma.sql`AND (n."distanceKm", n."id") > (${after.distanceKm}::float8, ${after.id})` : Prisma.empty}
      ORDER BY n."distanceKm", n."id"
      LIMIT ${size + 1}`,
    ["edges", "node"],
    ["distanceKm"],
  );
  const edges = rows.slice(0, size).map(({ activity: node, extra }) => {
    const distanceKm = Number(extra.distanceKm);
    return { cursor: nearCursor(distanceKm, node.id), node, distanceKm };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const nearbyConnectionOptions = { name: "NearbyActivityConnection" } as const;
const distanceDescription = "Great-circle distance from the point asked, km.";
/** An edge's distance (the relay plugin types edges as cursor and node only). */
const distanceOf = (edge: object) => (edge as NearbyEdge).distanceKm;

export const TravelModeEnum = builder.enumType("TravelMode", {
  description: "How a person travels to an activity: walking, cycling, public transport (bus, metro) or car.",
  values: travelModes,
});

/** The 30-minute circle as asked: where from, how, how long, and the radius the model gives. */
interface ServiceCircle {
  center: Point;
  mode: TravelMode;
  minutes: number;
  radiusKm: number;
  model: string;
  filter: DiscoveryFilter | null;
}

const ServiceCircleRef = builder.objectRef<ServiceCircle>("ActivityServiceCircle").implement({
  description:
    "30分钟科普服务圈: what is reachable from a point in some minutes by a mode of travel, from the service's travel-time model (a straight-line estimate by default, replaceable by a routing service).",
  fields: (t) => ({
    latitude: t.float({ resolve: (circle) => circle.center.latitude }),
    longitude: t.float({ resolve: (circle) => circle.center.longitude }),
    mode: t.field({ type: TravelModeEnum, resolve: (circle) => circle.mode }),
    minutes: t.exposeInt("minutes"),
    radiusKm: t.exposeFloat("radiusKm", { description: "The straight-line reach the model gives, km." }),
    model: t.exposeString("model", { description: "How the reach is estimated (shown with the circle)." }),
    activities: t.connection(
      {
        type: ActivityRef,
        description: "Public activities within the reach, nearest first.",
        resolve: (circle, args, ctx, info) =>
          nearbyPage(ctx, info, {
            center: circle.center,
            radiusKm: circle.radiusKm,
            filter: circle.filter,
            first: args.first ?? null,
            after: args.after ?? null,
            last: args.last,
            before: args.before,
          }),
      },
      { name: "ServiceCircleActivityConnection" },
      {
        name: "ServiceCircleActivityEdge",
        fields: (edge) => ({ distanceKm: edge.float({ description: distanceDescription, resolve: distanceOf }) }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  publicActivities: t.connection(
    {
      type: ActivityRef,
      description:
        "Discovery (issue 9 §4): the public's activities in programme order (start, then id), filtered and searched. Cacheable for a minute.",
      args: { filter: t.arg({ type: ActivityFilterInput, required: false }) },
      resolve: async (_root, args, ctx, info) => {
        hintPublic(info, ctx.viewer.kind === "user");
        const conditions = filterConditions(filterOf(args.filter), new Date());
        return keysetPage(
          { first: args.first ?? null, after: args.after ?? null, last: args.last, before: args.before },
          async (after, take) => {
            const rows = await activityPage(
              ctx,
              info,
              Prisma.sql`
                SELECT a."id" FROM "Activity" a
                WHERE ${allOf(conditions)}
                  ${after ? Prisma.sql`AND (a."startsAt", a."id") > (${after.at}, ${after.id})` : Prisma.empty}
                ORDER BY a."startsAt", a."id"
                LIMIT ${take}`,
              ["edges", "node"],
            );
            return rows.map((row) => row.activity);
          },
          (activity) => ({ at: activity.startsAt, id: activity.id }),
        );
      },
    },
    { name: "PublicActivityConnection" },
    { name: "PublicActivityEdge" },
  ),
  activitiesNear: t.connection(
    {
      type: ActivityRef,
      description:
        "Near me: public activities within radiusKm (0–200) of a WGS-84 point, nearest first, each edge with its distance. A latitude outside −90…90 (e.g. swapped with the longitude) is BAD_USER_INPUT.",
      args: {
        latitude: t.arg.float(),
        longitude: t.arg.float(),
        radiusKm: t.arg.float({ required: false, defaultValue: 5 }),
        filter: t.arg({ type: ActivityFilterInput, required: false }),
      },
      resolve: async (_root, args, ctx, info) => {
        const center = requirePoint({ latitude: args.latitude, longitude: args.longitude });
        const radiusKm = args.radiusKm ?? 5;
        const problem = radiusProblem(radiusKm);
        if (problem) throw userError("BAD_USER_INPUT", problem, { field: "radiusKm" });
        hintPublic(info, ctx.viewer.kind === "user");
        return nearbyPage(ctx, info, {
          center,
          radiusKm,
          filter: filterOf(args.filter),
          first: args.first ?? null,
          after: args.after ?? null,
          last: args.last,
          before: args.before,
        });
      },
    },
    nearbyConnectionOptions,
    {
      name: "NearbyActivityEdge",
      fields: (edge) => ({ distanceKm: edge.float({ description: distanceDescription, resolve: distanceOf }) }),
    },
  ),
  activityServiceCircle: t.field({
    type: ServiceCircleRef,
    description:
      "30分钟科普服务圈: public activities reachable from a WGS-84 point within `minutes` (default 30) by a mode of travel, by the service's travel-time model.",
    args: {
      latitude: t.arg.float(),
      longitude: t.arg.float(),
      mode: t.arg({ type: TravelModeEnum }),
      minutes: t.arg.int({ required: false, defaultValue: 30 }),
      filter: t.arg({ type: ActivityFilterInput, required: false }),
    },
    resolve: (_root, args, ctx, info) => {
      const center = requirePoint({ latitude: args.latitude, longitude: args.longitude });
      const minutes = args.minutes ?? 30;
      const problem = minutesProblem(minutes);
      if (problem) throw userError("BAD_USER_INPUT", problem, { field: "minutes" });
      hintPublic(info, ctx.viewer.kind === "user");
      return {
        center,
        mode: args.mode,
        minutes,
        radiusKm: ctx.travelTime.reachKm(args.mode, minutes),
        model: ctx.travelTime.description,
        filter: filterOf(args.filter),
      };
    },
  }),
}));
