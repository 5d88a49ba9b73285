import { lineageOf, userError } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import { isPublishedForPublic } from "../domain/activity-status.js";
import { newStopSecret } from "../domain/check-in-code.js";
import type { TrailStopInput } from "../domain/trail.js";

type Tx = Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0];

/**
 * Checks each activity a trail's stops name (issue 9 §5): it exists, is published and listed, belongs
 * to the trail's campaign or one of its regional editions, and is hosted by the trail's host or a unit
 * under it (a unit links its own and its subtree's venues; another unit's activity would tie that unit
 * to a trail it never agreed to). Refuses the first that does not, naming its stop
 * (`stops.<index>.activityId`).
 */
export async function checkStopActivities(
  ctx: Context,
  trail: { campaignId: string; hostOrgId: string },
  stops: readonly TrailStopInput[],
) {
  const trailCampaignId = trail.campaignId;
  const ids = stops.flatMap((stop) => (stop.activityId ? [stop.activityId] : []));
  if (ids.length === 0) return;
  const rows = await ctx.db.activity.findMany({
    where: { id: { in: ids } },
    select: { id: true, campaignId: true, editionId: true, status: true, listed: true, hostOrgId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const directory = ctx.directory.uncached();
  for (const [index, stop] of stops.entries()) {
    if (!stop.activityId) continue;
    const field = `stops.${index}.activityId`;
    const activity = byId.get(stop.activityId);
    if (!activity) throw userError("BAD_USER_INPUT", `第${index + 1}站：活动不存在`, { field });
    if (!isPublishedForPublic(activity)) {
      throw userError("BAD_USER_INPUT", `第${index + 1}站：只能选择已发布的活动`, { field });
    }
    const activityHost = await directory.place(activity.hostOrgId);
    if (!activityHost || (activityHost.id !== trail.hostOrgId && !activityHost.ancestorIds.includes(trail.hostOrgId))) {
      throw userError("BAD_USER_INPUT", `第${index + 1}站：只能选择本单位或下级单位主办的活动`, { field });
    }
    if (activity.campaignId === trailCampaignId) continue;
    const campaign = await directory.campaign(activity.campaignId);
    if (!campaign || !lineageOf(campaign).includes(trailCampaignId)) {
      throw userError("BAD_USER_INPUT", `第${index + 1}站：活动不属于本路线的科普日（或其地方科普日）`, { field });
    }
  }
}

/** The stored columns of a stop as given (an activity stop keeps no place of its own). */
function stopColumns(stop: TrailStopInput, position: number) {
  return stop.activityId
    ? {
        position,
        activityId: stop.activityId,
        title: null,
        venue: null,
        address: null,
        latitude: null,
        longitude: null,
      }
    : {
        position,
        activityId: null,
        title: stop.title ?? null,
        venue: stop.venue ?? null,
        address: stop.address ?? null,
        latitude: stop.latitude ?? null,
        longitude: stop.longitude ?? null,
      };
}

/**
 * Makes the trail's stops the given list, in order: stops named by `id` are kept (with their secret
 * and check-ins) and moved, new ones get a fresh secret, and stops left out are removed, unless
 * people have checked in there (CONFLICT: a check-in is never taken away). A stop people have checked
 * in at keeps its activity or place (CONFLICT otherwise: their check-ins would claim a visit to a place
 * they never went to). The trail's stop rows are locked first (FOR UPDATE), so a check-in committing
 * meanwhile is either counted here or refused for a stop that is gone (check-in.ts takes FOR SHARE).
 */
export async function replaceStops(tx: Tx, trailId: string, stops: readonly TrailStopInput[]) {
  // Lock first, read after: a statement that waited for a lock still reads with the snapshot it
  // started with, so the check-ins committed while it waited are counted by the next statement.
  await tx.$queryRaw`SELECT "id" FROM "TrailStop" WHERE "trailId" = ${trailId} ORDER BY "id" FOR UPDATE`;
  const current = await tx.$queryRaw<StopPlace[]>`
    SELECT s."id", s."activityId", s."title", s."venue", s."address", s."latitude", s."longitude",
      EXISTS (SELECT 1 FROM "TrailCheckIn" c WHERE c."stopId" = s."id") AS "used"
    FROM "TrailStop" s WHERE s."trailId" = ${trailId}`;
  const byId = new Map(current.map((stop) => [stop.id, stop]));
  const currentIds = new Set(byId.keys());
  for (const [index, stop] of stops.entries()) {
    if (stop.id && !currentIds.has(stop.id)) {
      throw userError("BAD_USER_INPUT", `第${index + 1}站：该站点不属于本路线`, { field: `stops.${index}.id` });
    }
  }
  for (const [index, stop] of stops.entries()) {
    const before = stop.id ? byId.get(stop.id) : undefined;
    if (before?.used && movesPlace(before, stopColumns(stop, index + 1))) {
      throw userError("CONFLICT", `第${index + 1}站：已有人在此打卡，不能更换该站点的活动或地点（可新增一站）`, {
        field: `stops.${index}`,
      });
    }
  }
  const kept = new Set(stops.flatMap((stop) => (stop.id ? [stop.id] : [])));
  const dropped = [...currentIds].filter((id) => !kept.has(id));
  if (dropped.length > 0) {
    if (dropped.some((id) => byId.get(id)?.used)) {
      throw userError("CONFLICT", "已有人在要删除的站点打卡，不能删除该站点", { field: "stops" });
    }
    await tx.trailStop.deleteMany({ where: { id: { in: dropped } } });
  }
  for (const [index, stop] of stops.entries()) {
    const columns = stopColumns(stop, index + 1);
    if (stop.id) await tx.trailStop.update({ where: { id: stop.id }, data: columns });
    else await tx.trailStop.create({ data: { trailId, ...columns, secret: newStopSecret() } });
  }
}

interface StopPlace {
  id: string;
  activityId: string | null;
  title: string | null;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  used: boolean;
}

/** Whether a stop's new columns name another activity or another place than it has now. */
function movesPlace(before: StopPlace, after: ReturnType<typeof stopColumns>): boolean {
  return (
    before.activityId !== after.activityId ||
    before.venue !== after.venue ||
    before.address !== after.address ||
    before.latitude !== after.latitude ||
    before.longitude !== after.longitude
  );
}
