import { randomUUID } from "node:crypto";
import { userError } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import {
  type EditedSession,
  type JudgedSessionEdit,
  judgeSessionEdit,
  type PlannedSession,
  sessionPlanOf,
} from "../domain/session-plan.js";
import type { Activity, Prisma } from "../generated/prisma/client.js";
import { activityUrl, sendToEach, sessionCancelledEmail } from "../registrations/notices.js";
import { setCapacity } from "../registrations/seats.js";
import { ActivityEditRef } from "./activity.js";
import { tellPromoted } from "./registration.js";

/**
 * Sessions of a published activity edited through updateActivity (issue 9 §2, rules in
 * domain/session-plan.ts): moving, adding or leaving out a session is a plan kept in the pending
 * edit and reviewed like the rest of the edit (the public keeps the approved sessions meanwhile;
 * ActivityEdit.sessions shows the reviewer the plan beside Activity.sessions); approval writes it
 * and mails the registrants of a session left out; a new capacity of an existing session takes
 * effect at once, as setSessionCapacity.
 */

/** What a session left out of an approved edit tells its registrants. */
export const droppedSessionReason = "主办单位修改了活动场次，经审核后该场次取消";

const ActivityEditSessionRef = builder.objectRef<PlannedSession>("ActivityEditSession").implement({
  description: "A session as an edit in review proposes it: an existing one (sessionId) moved or kept, or a new one.",
  fields: (t) => ({
    sessionId: t.id({
      nullable: true,
      description: "The existing session (see Activity.sessions); null for a session the edit adds.",
      resolve: (session) => session.id,
    }),
    startsAt: t.field({ type: "DateTime", resolve: (session) => session.startsAt }),
    endsAt: t.field({ type: "DateTime", resolve: (session) => session.endsAt }),
    capacity: t.int({ nullable: true, resolve: (session) => session.capacity }),
    registrationRequired: t.boolean({ resolve: (session) => session.registrationRequired }),
  }),
});

builder.objectFields(ActivityEditRef, (t) => ({
  sessions: t.field({
    type: [ActivityEditSessionRef],
    nullable: true,
    description:
      "The sessions the edit proposes (existing ones by sessionId, new ones without; an approved session not listed is cancelled on approval), or null when the edit leaves the sessions as approved.",
    resolve: (edit) => edit.sessionPlan,
  }),
}));

/**
 * Judges the sessions an edit of a published activity gives against those stored (BAD_USER_INPUT
 * naming the field otherwise).
 */
export async function judgeEditedSessions(
  ctx: Context,
  activityId: string,
  edited: readonly EditedSession[],
): Promise<JudgedSessionEdit> {
  const stored = await ctx.db.activitySession.findMany({
    where: { activityId },
    select: { id: true, startsAt: true, endsAt: true, capacity: true, registrationRequired: true, cancelledAt: true },
  });
  const judged = judgeSessionEdit(edited, stored);
  if ("problem" in judged) throw userError("BAD_USER_INPUT", judged.problem.message, { field: judged.problem.field });
  return judged;
}

/**
 * Sets the capacities an edit changes, at once (after the edit itself is written): a session that
 * takes registration as setSessionCapacity does (those waiting promoted in order and told).
 */
export async function applyCapacityChanges(ctx: Context, changes: JudgedSessionEdit["capacityChanges"]) {
  for (const change of changes) {
    if (change.registrationRequired) await tellPromoted(ctx, await setCapacity(ctx.db, change.id, change.capacity));
    else await ctx.db.activitySession.update({ where: { id: change.id }, data: { capacity: change.capacity } });
  }
}

/**
 * For approveActivity (stepActivity's `dataOf`): the session writes of the pending edit's plan, in
 * the approval's transaction. Existing sessions take their new times, new ones are created (with
 * ids chosen here), and every other session not cancelled yet is cancelled at `now` (its
 * registrants are told by `notifyDroppedSessions` once committed). Nothing when there is no plan.
 */
export function approvedSessionWrites(now: Date) {
  return (activity: Activity): Prisma.ActivityUncheckedUpdateInput => {
    const plan = sessionPlanOf(activity.pendingEdit);
    if (!plan) return {};
    const created = plan.filter((session) => session.id === null).map((session) => ({ ...session, id: randomUUID() }));
    const kept = plan.filter((session): session is PlannedSession & { id: string } => session.id !== null);
    return {
      sessions: {
        update: kept.map((session) => ({
          where: { id: session.id },
          data: { startsAt: session.startsAt, endsAt: session.endsAt },
        })),
        updateMany: {
          where: { cancelledAt: null, id: { notIn: [...kept, ...created].map((session) => session.id) } },
          data: { cancelledAt: now, cancelReason: droppedSessionReason },
        },
        create: created.map((session) => ({
          id: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          capacity: session.capacity,
          registrationRequired: session.registrationRequired,
        })),
      },
    };
  };
}

/** Mails the registrants of the sessions an approved edit cancelled at `now` (after the commit). */
export async function notifyDroppedSessions(ctx: Context, activityId: string, now: Date): Promise<number> {
  const dropped = await ctx.db.activitySession.findMany({
    where: { activityId, cancelledAt: now, cancelReason: droppedSessionReason },
    include: { activity: { select: { id: true, title: true } } },
  });
  let sent = 0;
  for (const session of dropped) {
    const registrations = await ctx.db.registration.findMany({
      where: { sessionId: session.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      orderBy: { queueNumber: "asc" },
    });
    sent += await sendToEach(ctx, registrations, (to, name) =>
      sessionCancelledEmail({
        to,
        name,
        activityTitle: session.activity.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        reason: droppedSessionReason,
        url: activityUrl(ctx, session.activity.id),
      }),
    );
  }
  return sent;
}
