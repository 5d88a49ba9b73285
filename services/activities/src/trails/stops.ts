import { lineageOf, userError } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import { isPublishedForPublic } from "../domain/activity-status.js";
import { newStopSecret } from "../domain/check-in-code.js";
import type { TrailStopInput } from "../domain/trail.js";

type Tx = Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0];

/**
 * Checks each activity a trail's stops name (issue 9 §5): it exists, is published and listed, and
 * belongs to the trail's campaign or one of its regional editions. Refuses the first that does not,
 * naming its stop (`stops.<index>.activityId`).
 */
export async function checkStopActivities(ctx: Context, trailCampaignId: string, stops: readonly TrailStopInput[]) {
  const ids = stops.flatMap((stop) => (stop.activityId ? [stop.activityId] : []));
  if (ids.length === 0) return;
  const rows = await ctx.db.activity.findMany({
    where: { id: { in: ids } },
    select: { id: true, campaignId: true, editionId: true, status: true, listed: true },
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
 * people have checked in there (CONFLICT: a check-in is never taken away).
 */
export async function replaceStops(tx: Tx, trailId: string, stops: readonly TrailStopInput[]) {
  const current = await tx.trailStop.findMany({ where: { trailId }, select: { id: true } });
  const currentIds = new Set(current.map((stop) => stop.id));
  for (const [index, stop] of stops.entries()) {
    if (stop.id && !currentIds.has(stop.id)) {
      throw userError("BAD_USER_INPUT", `第${index + 1}站：该站点不属于本路线`, { field: `stops.${index}.id` });
    }
  }
  const kept = new Set(stops.flatMap((stop) => (stop.id ? [stop.id] : [])));
  const dropped = [...currentIds].filter((id) => !kept.has(id));
  if (dropped.length > 0) {
    const used = await tx.trailCheckIn.count({ where: { stopId: { in: dropped } } });
    if (used > 0) throw userError("CONFLICT", "已有人在要删除的站点打卡，不能删除该站点", { field: "stops" });
    await tx.trailStop.deleteMany({ where: { id: { in: dropped } } });
  }
  for (const [index, stop] of stops.entries()) {
    const columns = stopColumns(stop, index + 1);
    if (stop.id) await tx.trailStop.update({ where: { id: stop.id }, data: columns });
    else await tx.trailStop.create({ data: { trailId, ...columns, secret: newStopSecret() } });
  }
}
