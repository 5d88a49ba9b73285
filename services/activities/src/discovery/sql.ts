import { onStatuses } from "../domain/activity-status.js";
import { type DiscoveryFilter, dayRangeInstants, modesFor } from "../domain/discovery-filter.js";
import { type BoundingBox, earthRadiusKm, type Point } from "../domain/geo.js";
import { regionCodeRange } from "../domain/region.js";
import { tsqueryOf } from "../domain/search-terms.js";
import { Prisma } from "../generated/prisma/client.js";

/**
 * The SQL of discovery (issue 9 §4), over `"Activity" a`. Every public query starts from the public
 * predicate — listed, and in a state the public lists (`onStatuses`: published, finished, reported,
 * or with an edit in review while the approved content stays); CANCELLED activities are left out of
 * discovery (readable by id so registrants see why) — and adds the filter's conditions. The
 * predicate is written exactly as the partial index `Activity_public_startsAt_idx` states it.
 */
export const publicPredicate = Prisma.sql`a."listed" AND a."status" IN (${Prisma.raw(
  onStatuses.map((status) => `'${status}'`).join(", "),
)})`;

/** One condition per filter field given, ANDed with the public predicate. */
export function filterConditions(filter: DiscoveryFilter | null | undefined, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [publicPredicate];
  if (!filter) return conditions;
  if (filter.campaignId) {
    // A national edition includes its regional editions: their rows carry it as editionId.
    conditions.push(Prisma.sql`(a."campaignId" = ${filter.campaignId} OR a."editionId" = ${filter.campaignId})`);
  }
  if (filter.regionCode) {
    const range = regionCodeRange(filter.regionCode);
    if (range) {
      conditions.push(Prisma.sql`a."regionCode" >= ${range.from}`);
      if (range.to) conditions.push(Prisma.sql`a."regionCode" < ${range.to}`);
    }
  }
  if (filter.categoryId) conditions.push(Prisma.sql`a."categoryId" = ${filter.categoryId}`);
  if (filter.categoryKind) {
    conditions.push(Prisma.sql`a."categoryKind" = CAST(${filter.categoryKind} AS "ActivityCategoryKind")`);
  }
  if (filter.form) conditions.push(Prisma.sql`CAST(${filter.form} AS "ActivityForm") = ANY(a."forms")`);
  if (filter.topic) conditions.push(Prisma.sql`${filter.topic} = ANY(a."topics")`);
  if (filter.audience) conditions.push(Prisma.sql`CAST(${filter.audience} AS "Audience") = ANY(a."audiences")`);
  const modes = modesFor(filter.online);
  if (modes) conditions.push(Prisma.sql`a."mode"::text IN (${Prisma.join(modes)})`);
  const { start, end } = dayRangeInstants(filter);
  if (start || end) {
    // The envelope narrows on the index; a session on one of the days decides (an activity with
    // sessions on the 15th and the 20th is not on the 17th).
    if (end) conditions.push(Prisma.sql`a."startsAt" < ${end}`);
    if (start) conditions.push(Prisma.sql`a."endsAt" > ${start}`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActivitySession" s WHERE s."activityId" = a."id"
      AND s."cancelledAt" IS NULL
      ${end ? Prisma.sql`AND s."startsAt" < ${end}` : Prisma.empty}
      ${start ? Prisma.sql`AND s."endsAt" > ${start}` : Prisma.empty})`);
  }
  if (filter.freePlaces) {
    // A session one can still go to: open entry until it ends, or registration (which closes when the
    // session starts, registrations/seats.ts) with no capacity or a place left under it.
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActivitySession" f WHERE f."activityId" = a."id"
      AND f."cancelledAt" IS NULL AND f."endsAt" > ${now}
      AND (NOT f."registrationRequired"
        OR (f."startsAt" > ${now} AND (f."capacity" IS NULL OR f."confirmedCount" < f."capacity"))))`);
  }
  if (filter.text) {
    const query = tsqueryOf(filter.text);
    if (query) conditions.push(Prisma.sql`a."searchText" @@ CAST(${query} AS tsquery)`);
  }
  return conditions;
}

/** Conditions joined with AND. */
export const allOf = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/** The great-circle distance (km, haversine) from a point to the activity's point. */
export function distanceKmSql(center: Point): Prisma.Sql {
  return Prisma.sql`(2 * ${earthRadiusKm}::float8 * asin(least(1, sqrt(
    power(sin(radians(a."latitude" - ${center.latitude}::float8) / 2), 2)
    + cos(radians(${center.latitude}::float8)) * cos(radians(a."latitude"))
      * power(sin(radians(a."longitude" - ${center.longitude}::float8) / 2), 2)))))`;
}

/** The activity's point lies in the box (the b-tree on latitude, longitude reads it). */
export function inBoxSql(box: BoundingBox): Prisma.Sql {
  return Prisma.sql`a."latitude" BETWEEN ${box.south}::float8 AND ${box.north}::float8
    AND a."longitude" BETWEEN ${box.west}::float8 AND ${box.east}::float8`;
}
