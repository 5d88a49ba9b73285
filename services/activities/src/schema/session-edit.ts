import { randomUUID } from "node:crypto";
import { userError } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import {
  type EditedSession,
  type JudgedSessionEdit,
  judgeSessionEdit,
  movedSessions,
  type PlannedSession,
  type SessionPlace,
  type StoredSession,
  sessionPlanOf,
} from "../domain/session-plan.js";
import type { Activity, Prisma } from "../generated/prisma/client.js";
import {
  activeRegistrants,
  activityUrl,
  mailSessionCancelled,
  sendToEach,
  sessionMovedEmail,
} from "../registrations/notices.js";
import { setCapacity } from "../registrations/seats.js";
import { ActivityEditRef } from "./activity.js";
import { tellPromoted } from "./registration.js";

/**
 * Sessions of a published activity edited through updateActivity (issue 9 §2, rules in
 * domain/session-plan.ts): moving, adding or leaving out a session is a plan kept in the pending
 * edit and reviewed like the rest of the edit (the public keeps the approved sessions meanwhile;
 * ActivityEdit.sessions shows the reviewer the plan beside Activity.sessions); approval writes it
 * and mails the registrants of a session left out, and those of a session it moved (new time, or
 * the activity's new place) the new time and place; a new capacity of an existing session takes
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
    sent += await mailSessionCancelled(ctx, session, await activeRegistrants(ctx, session.id), droppedSessionReason);
  }
  return sent;
}

/** An activity's sessions and place as its registrants know them (read before an approval). */
export interface SessionsAsTold {
  activityId: string;
  sessions: StoredSession[];
  place: SessionPlace;
}

const toldSessionSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  registrationRequired: true,
  cancelledAt: true,
} as const;

/**
 * The sessions and place registrants know, read before approveActivity steps (session times
 * change only through an approval, and of two racing approvals one fails), for
 * `notifyMovedSessions`.
 */
export async function sessionsAsTold(ctx: Context, activityId: string): Promise<SessionsAsTold> {
  const activity = await ctx.db.activity.findUnique({
    where: { id: activityId },
    select: { venue: true, address: true, sessions: { select: toldSessionSelect } },
  });
  return {
    activityId,
    sessions: activity?.sessions ?? [],
    place: { venue: activity?.venue ?? null, address: activity?.address ?? null },
  };
}

/**
 * Mails each registrant (confirmed or waiting) of a session the approval moved (domain
 * movedSessions: a new time, or the activity's new venue or address) its new time and place, one
 * mail to each, naming nobody else (after the commit). A change of capacity or content alone mails
 * nobody. Returns how many were sent.
 */
export async function notifyMovedSessions(ctx: Context, before: SessionsAsTold): Promise<number> {
  const activity = await ctx.db.activity.findUniqueOrThrow({
    where: { id: before.activityId },
    select: { id: true, title: true, venue: true, address: true, sessions: { select: toldSessionSelect } },
  });
  const place = { venue: activity.venue, address: activity.address };
  const moved = movedSessions(before, { sessions: activity.sessions, place });
  let sent = 0;
  for (const change of moved) {
    const session = activity.sessions.find((candidate) => candidate.id === change.id);
    const previously = before.sessions.find((candidate) => candidate.id === change.id);
    if (!session || !previously) continue;
    const registrations = await activeRegistrants(ctx, session.id);
    for (const waitlisted of [false, true]) {
      const group = registrations.filter((registration) => (registration.status === "WAITLISTED") === waitlisted);
      sent += await sendToEach(ctx, group, (to, name) =>
        sessionMovedEmail({
          to,
          name,
          activityTitle: activity.title,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          previously: change.timeMoved ? previously : null,
          place: change.placeMoved ? place : null,
          waitlisted,
          url: activityUrl(ctx, activity.id),
        }),
      );
    }
  }
  return sent;
}
