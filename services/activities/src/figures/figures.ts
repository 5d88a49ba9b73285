import type { Db } from "../db.js";
import { onStatuses } from "../domain/activity-status.js";
import { Prisma } from "../generated/prisma/client.js";

/** The four figures of issue 9 §6, and how many activities have reported. */
export interface Figures {
  activities: number;
  /** Sessions: held (as reported) for reported activities, else the sessions not cancelled. */
  sessions: number;
  /** People served, as reported. */
  peopleServed: number;
  /** Confirmed registrations of the sessions not cancelled. */
  registrations: number;
  reported: number;
}

export interface FigureRow extends Figures {
  key: string | null;
}

export interface FigureSets {
  total: Figures;
  byCategory: FigureRow[];
  byRegion: FigureRow[];
  byDay: FigureRow[];
  byOrg: FigureRow[];
}

interface SumRow {
  kind: "total" | "category" | "region" | "day" | "org";
  key: string | null;
  activities: bigint;
  sessions: bigint | null;
  people: bigint | null;
  registrations: bigint | null;
  reported: bigint;
}

const figuresOf = (row: SumRow | undefined): Figures => ({
  activities: Number(row?.activities ?? 0n),
  sessions: Number(row?.sessions ?? 0n),
  peopleServed: Number(row?.people ?? 0n),
  registrations: Number(row?.registrations ?? 0n),
  reported: Number(row?.reported ?? 0n),
});

/**
 * The figures of a campaign's activities (a national edition with its regional ones) within an org's
 * subtree, rolled up live (issue 9 §6): activities the public sees (listed and on, so not cancelled,
 * drafts or ones in first review), their sessions, people served and registrations, in total and by
 * category, by region (the activity's GB/T 2260 code cut to `regionDigits`: see regionGroupDigits),
 * by the Shanghai day each activity starts, and by the child of `orgId` each host sits under (the
 * org's own activities under itself). ONE SQL statement for every set, whatever the size of the
 * subtree: the subtree is `hostPath @> ARRAY[orgId]` (GIN), the host's place as written with the
 * activity, never a list of the subtree's org ids.
 */
export async function activityFigures(
  db: Db,
  campaignId: string,
  orgId: string,
  regionDigits: 2 | 4 | 6,
): Promise<FigureSets> {
  const rows = await db.$queryRaw<SumRow[]>`
    WITH scoped AS (
      SELECT a."id", a."categoryId", a."regionCode", a."status", a."startsAt", a."hostPath",
        a."sessionsCount", a."peopleServed"
      FROM "Activity" a
      WHERE a."hostPath" @> ARRAY[${orgId}]::text[]
        AND (a."campaignId" = ${campaignId} OR a."editionId" = ${campaignId})
        AND a."listed" AND a."status"::text IN (${Prisma.join([...onStatuses])})
    ),
    planned AS (
      SELECT s."activityId", count(*) AS "sessions", sum(s."confirmedCount") AS "registrations"
      FROM "ActivitySession" s JOIN scoped ON scoped."id" = s."activityId"
      WHERE s."cancelledAt" IS NULL
      GROUP BY s."activityId"
    ),
    f AS (
      SELECT scoped."categoryId",
        CASE WHEN scoped."regionCode" IS NULL THEN NULL
          ELSE rpad(substr(scoped."regionCode", 1, ${regionDigits}::int), 6, '0') END AS "region",
        to_char(scoped."startsAt" + interval '8 hours', 'YYYY-MM-DD') AS "day",
        COALESCE(scoped."hostPath"[array_position(scoped."hostPath", ${orgId}::text) + 1], ${orgId}::text) AS "child",
        CASE WHEN scoped."status" = 'REPORTED' THEN COALESCE(scoped."sessionsCount", planned."sessions", 0)
          ELSE COALESCE(planned."sessions", 0) END AS "sessions",
        COALESCE(scoped."peopleServed", 0) AS "people",
        COALESCE(planned."registrations", 0) AS "registrations",
        (scoped."status" = 'REPORTED') AS "isReported"
      FROM scoped LEFT JOIN planned ON planned."activityId" = scoped."id"
    )
    SELECT 'total' AS "kind", NULL AS "key", count(*) AS "activities", sum("sessions")::bigint AS "sessions",
      sum("people")::bigint AS "people", sum("registrations")::bigint AS "registrations",
      count(*) FILTER (WHERE "isReported") AS "reported" FROM f
    UNION ALL
    SELECT 'category', "categoryId", count(*), sum("sessions")::bigint, sum("people")::bigint,
      sum("registrations")::bigint, count(*) FILTER (WHERE "isReported") FROM f GROUP BY "categoryId"
    UNION ALL
    SELECT 'region', "region", count(*), sum("sessions")::bigint, sum("people")::bigint,
      sum("registrations")::bigint, count(*) FILTER (WHERE "isReported") FROM f GROUP BY "region"
    UNION ALL
    SELECT 'day', "day", count(*), sum("sessions")::bigint, sum("people")::bigint,
      sum("registrations")::bigint, count(*) FILTER (WHERE "isReported") FROM f GROUP BY "day"
    UNION ALL
    SELECT 'org', "child", count(*), sum("sessions")::bigint, sum("people")::bigint,
      sum("registrations")::bigint, count(*) FILTER (WHERE "isReported") FROM f GROUP BY "child"`;
  const byActivities = (a: FigureRow, b: FigureRow) =>
    b.activities - a.activities || (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff");
  const of = (kind: SumRow["kind"]) =>
    rows.filter((row) => row.kind === kind).map((row) => ({ key: row.key, ...figuresOf(row) }));
  return {
    total: figuresOf(rows.find((row) => row.kind === "total")),
    byCategory: of("category").sort(byActivities),
    byRegion: of("region").sort(byActivities),
    byDay: of("day").sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")),
    byOrg: of("org").sort(byActivities),
  };
}

/** A campaign's public big numbers (the campaign home's hero). */
export interface CampaignFigures {
  activities: number;
  peopleServed: number;
  registrations: number;
  /** Distinct GB/T 2260 regions (counties, districts) where its activities take place. */
  regionsCovered: number;
}

/**
 * The public big numbers of a campaign (a national edition with its regional ones): activities the
 * public sees, people served as reported, confirmed registrations, regions covered. One statement.
 */
export async function campaignFigures(db: Db, campaignId: string): Promise<CampaignFigures> {
  const [row] = await db.$queryRaw<
    { activities: bigint; people: bigint | null; registrations: bigint | null; regions: bigint }[]
  >`
    WITH scoped AS (
      SELECT a."id", a."regionCode", a."peopleServed" FROM "Activity" a
      WHERE (a."campaignId" = ${campaignId} OR a."editionId" = ${campaignId})
        AND a."listed" AND a."status"::text IN (${Prisma.join([...onStatuses])})
    )
    SELECT count(*) AS "activities", sum(COALESCE("peopleServed", 0))::bigint AS "people",
      (SELECT sum(s."confirmedCount") FROM "ActivitySession" s JOIN scoped ON scoped."id" = s."activityId"
        WHERE s."cancelledAt" IS NULL)::bigint AS "registrations",
      count(DISTINCT "regionCode") AS "regions"
    FROM scoped`;
  return {
    activities: Number(row?.activities ?? 0n),
    peopleServed: Number(row?.people ?? 0n),
    registrations: Number(row?.registrations ?? 0n),
    regionsCovered: Number(row?.regions ?? 0n),
  };
}
