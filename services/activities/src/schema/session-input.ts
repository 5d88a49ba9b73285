import type { z } from "zod";
import { builder } from "../builder.js";
import { envelopeOf, maxSessionCapacity, sessionColumns, type sessionInputSchema } from "../domain/session-input.js";

/** One 场次 as the organizer enters it (rules: domain/session-input.ts). */
export const ActivitySessionInput = builder.inputType("ActivitySessionInput", {
  fields: (t) => ({
    id: t.id({
      required: false,
      description:
        "A published activity's existing session, kept with its registrations (its new times go to review); empty for a new session.",
    }),
    startsAt: t.field({ type: "DateTime", description: "With an offset, e.g. 2024-09-20T09:30:00+08:00." }),
    endsAt: t.field({ type: "DateTime", description: "With an offset; after startsAt." }),
    capacity: t.int({
      required: false,
      description: `Places, 1 to ${maxSessionCapacity}; required when registration is needed, empty for open to all.`,
    }),
    registrationRequired: t.boolean({ required: false, description: "Whether people must register (default false)." }),
  }),
});

/**
 * What createActivity writes for the time of an activity (issue 9 §1): its sessions, and
 * startsAt/endsAt as their envelope (derived, never taken from the client). Without `sessions`, the
 * input's startsAt/endsAt make the one session (no registration), so existing clients keep working.
 * The input has passed createActivityInputSchema (exactly one of the two forms).
 */
export function activitySessionsData(input: {
  startsAt?: Date | null;
  endsAt?: Date | null;
  sessions?: z.infer<typeof sessionInputSchema>[] | null;
}) {
  const sessions =
    input.sessions && input.sessions.length > 0
      ? input.sessions.map(sessionColumns)
      : [sessionColumns({ startsAt: input.startsAt as Date, endsAt: input.endsAt as Date })];
  const envelope = envelopeOf(sessions) as { startsAt: Date; endsAt: Date };
  return { ...envelope, sessions: { create: sessions } };
}
