import { z } from "zod";

/** Most sessions one activity may have (a week-long exhibition with two sittings a day fits). */
export const maxSessionsPerActivity = 60;

/** Most places one session may offer: a main-venue stage, not a stadium. */
export const maxSessionCapacity = 100_000;

/**
 * One 场次 as an organizer enters it (issue 9 §1): start and end (instants; the DateTime scalar has
 * already refused text without an offset), capacity and whether registration is needed. A session
 * that needs registration must say how many places it has (1 to 100,000); one that does not may
 * leave capacity empty (open to all). Messages in Chinese, paths name the field at fault.
 */
export const sessionInputSchema = z
  .object({
    /** An existing session of a published activity, kept with its registrations (session-plan.ts). */
    id: z.union([z.string().max(64), z.number()]).nullish(),
    startsAt: z.date(),
    endsAt: z.date(),
    capacity: z
      .number()
      .int("名额须为整数")
      .min(1, "名额至少为1")
      .max(maxSessionCapacity, `名额不能超过${maxSessionCapacity}`)
      .nullish(),
    registrationRequired: z.boolean().nullish(),
  })
  .refine((session) => session.startsAt < session.endsAt, { message: "场次结束时间须晚于开始时间", path: ["endsAt"] })
  .refine((session) => !session.registrationRequired || session.capacity != null, {
    message: "需要报名的场次须填写名额",
    path: ["capacity"],
  });

/** An activity's sessions as entered: one to {@link maxSessionsPerActivity}. */
export const sessionsInputSchema = z
  .array(sessionInputSchema)
  .min(1, "请至少添加一个场次")
  .max(maxSessionsPerActivity, `场次不能超过${maxSessionsPerActivity}个`);

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelledAt?: Date | null;
}

/**
 * The activity's time as the public lists read it (Activity.startsAt/endsAt): the earliest start and
 * the latest end of its sessions that are not cancelled. When every session is cancelled, the
 * envelope of all of them, so a cancelled activity still sorts where it was. Null for no sessions.
 */
export function envelopeOf(sessions: readonly SessionTimes[]): { startsAt: Date; endsAt: Date } | null {
  const live = sessions.filter((session) => !session.cancelledAt);
  const counted = live.length > 0 ? live : sessions;
  if (counted.length === 0) return null;
  let startsAt = counted[0]?.startsAt as Date;
  let endsAt = counted[0]?.endsAt as Date;
  for (const session of counted) {
    if (session.startsAt < startsAt) startsAt = session.startsAt;
    if (session.endsAt > endsAt) endsAt = session.endsAt;
  }
  return { startsAt, endsAt };
}

/** The columns a session is created with from its input (no registration and no limit by default). */
export function sessionColumns(input: z.infer<typeof sessionInputSchema>) {
  const registrationRequired = input.registrationRequired ?? false;
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity ?? null,
    registrationRequired,
  };
}
