import { dayFromSqlDate } from "@kepu/time";
import type { Db } from "../db.js";
import { Prisma } from "../generated/prisma/client.js";

/** Views, likes, shares and comments summed (numbers: sums of 32-bit figures fit a double exactly). */
export interface WorkMetrics {
  views: number;
  likes: number;
  shares: number;
  comments: number;
}

export interface ReachRow extends WorkMetrics {
  /** What `key` names: a platform key, a hashtag, or an org id. */
  dimension: "platform" | "hashtag" | "org";
  key: string;
}

/** Reach of a campaign's published works: in total and by platform, hashtag and child org. */
export interface WorkReach {
  total: WorkMetrics;
  byPlatform: ReachRow[];
  byHashtag: ReachRow[];
  byOrg: ReachRow[];
}

const zero: WorkMetrics = { views: 0, likes: 0, shares: 0, comments: 0 };

interface SumRow {
  kind: "total" | "platform" | "hashtag" | "org";
  key: string | null;
  views: bigint | null;
  likes: bigint | null;
  shares: bigint | null;
  comments: bigint | null;
}

const metricsOf = (row: SumRow): WorkMetrics => ({
  views: Number(row.views ?? 0n),
  likes: Number(row.likes ?? 0n),
  shares: Number(row.shares ?? 0n),
  comments: Number(row.comments ?? 0n),
});

/**
 * Reach of the published works (live versions) of a campaign — a national edition with its regional
 * ones — optionally within an org's subtree (issue 8 §4). Each posting counts with its latest
 * snapshot (figures are running totals, so snapshots are never added up). `byOrg` rolls each work up
 * to the child of `orgId` (or of the tree's root) it sits under; the org's own works count under the
 * org itself. One SQL statement; sums in bigint.
 */
export async function workReach(db: Db, campaignId: string, orgId: string | null): Promise<WorkReach> {
  const rows = await db.$queryRaw<SumRow[]>`
    WITH latest AS (
      SELECT DISTINCT ON (p."id") p."platformKey", v."hashtags",
        COALESCE(
          v."ownerPath"[COALESCE(array_position(v."ownerPath", ${orgId}::text), 1) + 1],
          v."ownerPath"[COALESCE(array_position(v."ownerPath", ${orgId}::text), 1)]
        ) AS "child",
        s."views", s."likes", s."shares", s."comments"
      FROM "WorkVersion" v
      JOIN "WorkPosting" p ON p."workId" = v."workId"
      JOIN "WorkMetricSnapshot" s ON s."postingId" = p."id"
      WHERE v."live" AND (v."campaignId" = ${campaignId} OR v."editionId" = ${campaignId})
        AND (${orgId}::text IS NULL OR ${orgId}::text = ANY(v."ownerPath"))
      ORDER BY p."id", s."takenOn" DESC
    )
    SELECT 'total' AS "kind", NULL AS "key", SUM("views")::bigint AS "views", SUM("likes")::bigint AS "likes",
      SUM("shares")::bigint AS "shares", SUM("comments")::bigint AS "comments" FROM latest
    UNION ALL
    SELECT 'platform', "platformKey", SUM("views")::bigint, SUM("likes")::bigint, SUM("shares")::bigint,
      SUM("comments")::bigint FROM latest GROUP BY "platformKey"
    UNION ALL
    SELECT 'hashtag', tag, SUM("views")::bigint, SUM("likes")::bigint, SUM("shares")::bigint,
      SUM("comments")::bigint FROM latest, unnest("hashtags") AS tag GROUP BY tag
    UNION ALL
    SELECT 'org', "child", SUM("views")::bigint, SUM("likes")::bigint, SUM("shares")::bigint,
      SUM("comments")::bigint FROM latest GROUP BY "child"`;
  const byViews = (a: ReachRow, b: ReachRow) => b.views - a.views || a.key.localeCompare(b.key);
  const of = (kind: ReachRow["dimension"]) =>
    rows
      .filter((row) => row.kind === kind && row.key !== null)
      .map((row): ReachRow => ({ dimension: kind, key: row.key ?? "", ...metricsOf(row) }))
      .sort(byViews);
  const total = rows.find((row) => row.kind === "total");
  return {
    total: total ? metricsOf(total) : zero,
    byPlatform: of("platform"),
    byHashtag: of("hashtag"),
    byOrg: of("org"),
  };
}

/** Each work's reach (its postings' latest snapshots summed), for the works asked for, in one statement. */
export async function reachOfWorks(db: Db, workIds: readonly string[]): Promise<Map<string, WorkMetrics>> {
  if (!workIds.length) return new Map();
  const rows = await db.$queryRaw<(SumRow & { workId: string })[]>`
    SELECT "workId", SUM("views")::bigint AS "views", SUM("likes")::bigint AS "likes",
      SUM("shares")::bigint AS "shares", SUM("comments")::bigint AS "comments"
    FROM (
      SELECT DISTINCT ON (p."id") p."workId", s."views", s."likes", s."shares", s."comments"
      FROM "WorkPosting" p JOIN "WorkMetricSnapshot" s ON s."postingId" = p."id"
      WHERE p."workId" IN (${Prisma.join(workIds)})
      ORDER BY p."id", s."takenOn" DESC
    ) AS latest
    GROUP BY "workId"`;
  return new Map(rows.map((row) => [row.workId, metricsOf(row)]));
}

/** Reach on one Shanghai day. */
export interface DayReach extends WorkMetrics {
  day: string;
}

/**
 * Reach by day of the same works as `workReach` (issue 8 §4: "by day (sum of each day's latest-known
 * values)"): for each day from the first snapshot to the last, each posting's latest figures taken on
 * or before that day, summed. A snapshot holds from its day until the posting's next one (LEAD), so
 * one join over days and spans gives every day; days with no new snapshot carry the figures known.
 * One SQL statement; sums in bigint.
 */
export async function workReachByDay(db: Db, campaignId: string, orgId: string | null): Promise<DayReach[]> {
  const rows = await db.$queryRaw<(Omit<SumRow, "kind" | "key"> & { day: Date })[]>`
    WITH spans AS (
      SELECT s."takenOn" AS "from",
        LEAD(s."takenOn") OVER (PARTITION BY s."postingId" ORDER BY s."takenOn") AS "until",
        s."views", s."likes", s."shares", s."comments"
      FROM "WorkVersion" v
      JOIN "WorkPosting" p ON p."workId" = v."workId"
      JOIN "WorkMetricSnapshot" s ON s."postingId" = p."id"
      WHERE v."live" AND (v."campaignId" = ${campaignId} OR v."editionId" = ${campaignId})
        AND (${orgId}::text IS NULL OR ${orgId}::text = ANY(v."ownerPath"))
    ),
    days AS (SELECT generate_series(MIN("from"), MAX("from"), interval '1 day')::date AS "day" FROM spans)
    SELECT d."day", SUM(l."views")::bigint AS "views", SUM(l."likes")::bigint AS "likes",
      SUM(l."shares")::bigint AS "shares", SUM(l."comments")::bigint AS "comments"
    FROM days d JOIN spans l ON l."from" <= d."day" AND (l."until" IS NULL OR d."day" < l."until")
    GROUP BY d."day" ORDER BY d."day"`;
  return rows.map((row) => ({ day: dayFromSqlDate(row.day), ...metricsOf({ ...row, kind: "total", key: null }) }));
}
