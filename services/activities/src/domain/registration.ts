import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { type ActivityStatusValue, isPublishedForPublic } from "./activity-status.js";

/**
 * The rules of registering for a 场次 (issue 9 §5). Plain functions: the transactions that apply them
 * are in ../registrations/seats.ts.
 */

export type PlaceStatus = "CONFIRMED" | "WAITLISTED";

/** A session's counts as the rules read them (capacity null: no limit). */
export interface SessionCounts {
  capacity: number | null;
  confirmedCount: number;
  waitlistCount: number;
}

/**
 * Where a new registration goes: a place while confirmed registrations are below the current
 * capacity and nobody is waiting (those waiting come first), else the end of the waitlist.
 */
export function placeFor(session: SessionCounts): PlaceStatus {
  if (session.capacity === null) return "CONFIRMED";
  return session.confirmedCount < session.capacity && session.waitlistCount === 0 ? "CONFIRMED" : "WAITLISTED";
}

/**
 * How many of those waiting get a place now: the places free under the **current** capacity, never
 * more than are waiting and never below zero. Issue 9's example: capacity lowered from 30 to 28 on a
 * full session; one cancels (29 confirmed) → 0; two more cancel (27) → 1.
 */
export function promotableCount(session: SessionCounts): number {
  if (session.capacity === null) return session.waitlistCount;
  return Math.max(0, Math.min(session.capacity - session.confirmedCount, session.waitlistCount));
}

/**
 * Why a session takes no registration now, in Chinese, or null when it does. The activity must be
 * published as the public sees it (isPublishedForPublic): an edit waiting for review keeps the
 * approved activity open for registration (the same statuses as the SQL in registrations/seats.ts).
 */
export function whyClosed(
  session: { registrationRequired: boolean; cancelledAt: Date | null; startsAt: Date },
  activity: { listed: boolean; status: ActivityStatusValue },
  now: Date,
): { code: "CONFLICT" | "BAD_USER_INPUT"; message: string } | null {
  if (!isPublishedForPublic(activity)) return { code: "CONFLICT", message: "该活动当前不接受报名" };
  if (session.cancelledAt) return { code: "CONFLICT", message: "该场次已取消，不能报名" };
  if (!session.registrationRequired) return { code: "BAD_USER_INPUT", message: "该场次无需报名，直接前往即可" };
  if (session.startsAt <= now) return { code: "CONFLICT", message: "该场次已开始，报名已截止" };
  return null;
}

/** A mainland mobile number (11 digits from 13–19) or a landline with its area code. */
const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/**
 * What a registrant gives (name required, phone optional). Spaces and dashes that people type inside
 * a mobile number ("138 0013 8000") are dropped before the check.
 */
export const registrationContactSchema = z.object({
  name: normalizedText(z.string().min(1, "请填写姓名").max(50, "姓名不能超过50个字符")),
  phone: z
    .string()
    .transform((text) => text.replace(/[\s\u3000]/g, ""))
    .pipe(z.string().regex(phonePattern, "手机号码格式不正确（例如 13800138000）"))
    .nullish()
    .or(z.literal("").transform(() => null)),
});
