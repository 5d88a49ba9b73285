import { normalizedParagraphs, normalizedText } from "@kepu/text";
import { z } from "zod";
import { type ActivityStatusValue, isPublishedForPublic } from "./activity-status.js";

/**
 * The rules of check-in trails (联动打卡, issue 9 §5). Plain functions and schemas: the transactions
 * that apply them are in ../trails/, the rotating code in ./check-in-code.ts.
 *
 * Decided here:
 * - **Order**: stops may be checked in at in any order. Venues open at different hours and days
 *   (an evening 科学之夜, a weekend museum), so a fixed order would lock people out; the list is
 *   still shown in the trail's order, and progress names the first stop not yet done as the next.
 * - **Completion**: a trail is complete when the person has checked in at every stop it has at that
 *   moment; `completedAt` is written once, by the check-in that completes it, and never moves (a
 *   stop added later does not take a completion away).
 * - **When**: an activity's stop is open from 30 minutes before each of its sessions (not cancelled)
 *   until that session ends, while the activity is published; a venue stop is open whenever its
 *   trail is published.
 * - **Guessing**: at most `maxCodeAttempts` codes per person and stop in `attemptWindowMinutes`,
 *   counted in the database before the code is compared.
 */

export const maxTrailStops = 30;
export const maxCodeAttempts = 10;
export const attemptWindowMinutes = 10;
/** How early before a session its stop opens for check-in. */
export const openBeforeSessionMinutes = 30;

const key = (label: string) => z.string().trim().min(1, `请填写${label}`).max(100, `${label}过长`);
const optionalText = (label: string, max: number) =>
  normalizedText(z.string().max(max, `${label}不能超过${max}个字符`)).nullish();

/** One stop as an organizer gives it: an activity, or a venue by name (and optionally its place). */
export const trailStopInputSchema = z
  .object({
    /** An existing stop kept (its secret and check-ins stay); absent for a new one. */
    id: key("站点").nullish(),
    activityId: key("活动").nullish(),
    title: optionalText("站点名称", 100),
    venue: optionalText("场馆", 200),
    address: optionalText("地址", 300),
    latitude: z.number().min(-90, "纬度须在 -90 到 90 之间").max(90, "纬度须在 -90 到 90 之间").nullish(),
    longitude: z.number().min(-180, "经度须在 -180 到 180 之间").max(180, "经度须在 -180 到 180 之间").nullish(),
  })
  .superRefine((stop, issues) => {
    if (stop.activityId) {
      for (const field of ["title", "venue", "address", "latitude", "longitude"] as const) {
        if (stop[field] != null && stop[field] !== "") {
          issues.addIssue({ code: "custom", message: "活动站点的名称和地点取自活动，请勿另填", path: [field] });
        }
      }
    } else if (!stop.title || stop.title.length < 2) {
      issues.addIssue({ code: "custom", message: "请选择活动，或填写场馆站点的名称（至少2个字符）", path: ["title"] });
    }
    if ((stop.latitude == null) !== (stop.longitude == null)) {
      issues.addIssue({ code: "custom", message: "经纬度须同时填写", path: ["longitude"] });
    }
  });

export type TrailStopInput = z.infer<typeof trailStopInputSchema>;

/** No stop twice: the same kept stop or the same activity. */
function noDuplicateStops(trail: { stops: readonly TrailStopInput[] }, issues: z.RefinementCtx) {
  const seen = new Set<string>();
  trail.stops.forEach((stop, index) => {
    for (const mark of [stop.id ? `id:${stop.id}` : null, stop.activityId ? `activity:${stop.activityId}` : null]) {
      if (!mark) continue;
      if (seen.has(mark)) issues.addIssue({ code: "custom", message: "同一站点不能重复出现", path: ["stops", index] });
      seen.add(mark);
    }
  });
}

const trailContentFields = {
  title: normalizedText(z.string().min(2, "路线名称至少2个字符").max(100, "路线名称不能超过100个字符")),
  summary: normalizedParagraphs(z.string().max(2000, "路线简介不能超过2000个字符")),
  stops: z.array(trailStopInputSchema).min(1, "请至少添加一个站点").max(maxTrailStops, `站点最多${maxTrailStops}个`),
};

/** A trail's content as its host's editors write it (updateTrail). */
export const trailContentSchema = z.object(trailContentFields).superRefine(noDuplicateStops);

/** A new trail: its campaign and host, and its content (createTrail). */
export const createTrailInputSchema = z
  .object({ campaignId: key("所属科普日"), hostOrgId: key("主办单位"), ...trailContentFields })
  .superRefine(noDuplicateStops);

/** A session as the check-in rule reads it. */
export interface SessionTime {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

/**
 * Why a stop takes no check-in at `now`, in Chinese, or null when it does. `activity` is the stop's
 * activity with its sessions (null for a venue stop).
 */
export function whyCheckInClosed(
  trailStatus: string,
  activity: { status: ActivityStatusValue; listed: boolean; sessions: readonly SessionTime[] } | null,
  now: Date,
): { code: "CONFLICT" | "DEADLINE_PASSED"; message: string } | null {
  if (trailStatus !== "PUBLISHED") return { code: "CONFLICT", message: "该打卡路线尚未发布，暂不能打卡" };
  if (!activity) return null;
  if (!isPublishedForPublic(activity)) return { code: "CONFLICT", message: "该站点的活动当前不开放打卡" };
  const open = activity.sessions.some(
    (session) =>
      !session.cancelledAt &&
      session.startsAt.getTime() - openBeforeSessionMinutes * 60_000 <= now.getTime() &&
      now.getTime() <= session.endsAt.getTime(),
  );
  if (open) return null;
  const upcoming = activity.sessions.some((session) => !session.cancelledAt && session.startsAt > now);
  return upcoming
    ? { code: "CONFLICT", message: "该站点的活动尚未开始，请在活动时间内打卡" }
    : { code: "DEADLINE_PASSED", message: "该站点的活动已结束，打卡已关闭" };
}

/** A person's progress on a trail, from its stops in order and the stops they checked in at. */
export function progressOf(stopIdsInOrder: readonly string[], doneStopIds: ReadonlySet<string>) {
  const done = stopIdsInOrder.filter((id) => doneStopIds.has(id)).length;
  return {
    done,
    total: stopIdsInOrder.length,
    nextStopId: stopIdsInOrder.find((id) => !doneStopIds.has(id)) ?? null,
  };
}
