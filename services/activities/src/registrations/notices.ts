import type { Mail } from "@kepu/server";
import { formatRange } from "@kepu/time";
import type { Context } from "../builder.js";
import { envelopeOf } from "../domain/session-input.js";
import { cancelSession } from "./seats.js";

/**
 * The e-mail telling a registrant their session is cancelled (issue 9 §2: cancelling a session or an
 * activity notifies its registrants): the activity, the session's time in Beijing time, the reason,
 * a link to the activity, in Chinese with an English line.
 */
export function sessionCancelledEmail(notice: {
  to: string;
  name: string;
  activityTitle: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  url: string;
}): Mail {
  const when = formatRange(notice.startsAt, notice.endsAt, "zh-CN");
  return {
    to: notice.to,
    subject: `活动场次已取消：${notice.activityTitle}（${when}）`,
    text: [
      `${notice.name}，您好！`,
      `您报名的“${notice.activityTitle}”${when}（北京时间）场次已取消。`,
      `取消原因：${notice.reason}`,
      `活动详情：${notice.url}`,
      "",
      `The session of "${notice.activityTitle}" on ${formatRange(notice.startsAt, notice.endsAt, "en")} (Beijing time) you registered for has been cancelled. Reason: ${notice.reason}`,
    ].join("\n"),
  };
}

/**
 * The e-mail telling a registrant that an approved edit moved their session (issue 9 §2): the new
 * time in Beijing time (with the one it replaces) and/or the new place, that their registration
 * (or place on the waitlist) stands, a link to the activity, in Chinese with an English line. It
 * names the registrant only.
 */
export function sessionMovedEmail(notice: {
  to: string;
  name: string;
  activityTitle: string;
  startsAt: Date;
  endsAt: Date;
  /** The session's time before the edit, when the edit moved it. */
  previously: { startsAt: Date; endsAt: Date } | null;
  /** The activity's place after the edit, when the edit moved it. */
  place: { venue: string | null; address: string | null } | null;
  waitlisted: boolean;
  url: string;
}): Mail {
  const when = formatRange(notice.startsAt, notice.endsAt, "zh-CN");
  const whenEn = formatRange(notice.startsAt, notice.endsAt, "en");
  const where = notice.place
    ? [notice.place.venue, notice.place.address].filter(Boolean).join("，") || "另行通知"
    : null;
  const whereEn = notice.place
    ? [notice.place.venue, notice.place.address].filter(Boolean).join(", ") || "to be announced"
    : null;
  const was = notice.previously && formatRange(notice.previously.startsAt, notice.previously.endsAt, "zh-CN");
  const wasEn = notice.previously && formatRange(notice.previously.startsAt, notice.previously.endsAt, "en");
  const changed = [was ? "时间" : null, where ? "地点" : null].filter(Boolean).join("和");
  return {
    to: notice.to,
    subject: `活动场次${changed}变更：${notice.activityTitle}（${when}）`,
    text: [
      `${notice.name}，您好！`,
      `您报名的“${notice.activityTitle}”场次${changed}有变更，主办单位的修改已经审核。`,
      ...(was ? [`新时间：${when}（北京时间；原为 ${was}）`] : [`时间：${when}（北京时间，不变）`]),
      ...(where ? [`新地点：${where}`] : []),
      notice.waitlisted
        ? "您仍在该场次的候补名单中，有名额空出时将按顺序转为报名成功。"
        : "您的报名仍然有效，无需重新报名。如不能参加，请及时取消报名。",
      `活动详情：${notice.url}`,
      "",
      `The session of "${notice.activityTitle}" you registered for has changed: ${
        wasEn ? `it is now on ${whenEn} (Beijing time; was ${wasEn})` : `it stays on ${whenEn} (Beijing time)`
      }${whereEn ? `, at ${whereEn}` : ""}. ${
        notice.waitlisted ? "You stay on its waiting list." : "Your registration stands."
      }`,
    ].join("\n"),
  };
}

/** The e-mail telling someone on the waitlist they now have a place. */
export function placeConfirmedEmail(notice: {
  to: string;
  name: string;
  activityTitle: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
}): Mail {
  const when = formatRange(notice.startsAt, notice.endsAt, "zh-CN");
  return {
    to: notice.to,
    subject: `报名成功（候补转正）：${notice.activityTitle}`,
    text: [
      `${notice.name}，您好！`,
      `有名额空出，您在“${notice.activityTitle}”${when}（北京时间）场次的候补已转为报名成功。如不能参加，请及时取消报名。`,
      `活动详情：${notice.url}`,
      "",
      `A place became free: you are now registered for "${notice.activityTitle}" on ${formatRange(notice.startsAt, notice.endsAt, "en")} (Beijing time).`,
    ].join("\n"),
  };
}

interface Recipient {
  name: string;
  email: string | null;
}

/**
 * Sends `mail` to each recipient with an address, after the change is committed: a mail relay that
 * fails never undoes a cancellation; failures are logged and counted. Returns how many were sent.
 */
export async function sendToEach(
  ctx: Context,
  recipients: readonly Recipient[],
  mail: (to: string, name: string) => Mail,
) {
  const results = await Promise.allSettled(
    recipients.flatMap((recipient) =>
      recipient.email ? [ctx.mailer.send(mail(recipient.email, recipient.name))] : [],
    ),
  );
  for (const result of results) {
    if (result.status === "rejected") console.error("activities: a notice could not be sent", result.reason);
  }
  return results.filter((result) => result.status === "fulfilled").length;
}

/** The public page of an activity, for links in e-mails. */
export const activityUrl = (ctx: Context, activityId: string) =>
  `${ctx.webUrl.replace(/\/$/, "")}/activities/${encodeURIComponent(activityId)}`;

/**
 * Cancels one session and mails its registrants (confirmed and waiting); the activity's time
 * becomes the envelope of its remaining sessions. Already cancelled: nothing happens (0). Returns
 * how many notices were sent. The caller has checked that the viewer may do it.
 */
export async function cancelSessionAndNotify(ctx: Context, sessionId: string, reason: string): Promise<number> {
  const registrations = await cancelSession(ctx.db, sessionId, reason);
  if (!registrations) return 0;
  const session = await ctx.db.activitySession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { activity: { select: { id: true, title: true } } },
  });
  await refreshEnvelope(ctx, session.activity.id);
  return mailSessionCancelled(ctx, session, registrations, reason);
}

/**
 * Mails each of a cancelled session's registrants `sessionCancelledEmail` (after the commit).
 * Returns how many were sent.
 */
export function mailSessionCancelled(
  ctx: Context,
  session: { startsAt: Date; endsAt: Date; activity: { id: string; title: string } },
  registrations: readonly Recipient[],
  reason: string,
): Promise<number> {
  return sendToEach(ctx, registrations, (to, name) =>
    sessionCancelledEmail({
      to,
      name,
      activityTitle: session.activity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      reason,
      url: activityUrl(ctx, session.activity.id),
    }),
  );
}

/** A session's registrants who hold or wait for a place, in queue order (for notices). */
export function activeRegistrants(ctx: Context, sessionId: string) {
  return ctx.db.registration.findMany({
    where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    orderBy: { queueNumber: "asc" },
    select: { name: true, email: true, status: true },
  });
}

/**
 * For `workflow`'s cancelActivity (issue 9 §2): cancels every session of the activity that is not
 * cancelled yet and mails each one's registrants. Call it after the activity's own status change is
 * committed. Returns how many notices were sent.
 */
export async function cancelActivitySessionsAndNotify(ctx: Context, activityId: string, reason: string) {
  const sessions = await ctx.db.activitySession.findMany({
    where: { activityId, cancelledAt: null },
    select: { id: true },
  });
  let sent = 0;
  for (const session of sessions) sent += await cancelSessionAndNotify(ctx, session.id, reason);
  return sent;
}

/** Sets the activity's startsAt/endsAt to the envelope of its sessions (derived, issue 9 §1). */
export async function refreshEnvelope(ctx: Context, activityId: string): Promise<void> {
  const sessions = await ctx.db.activitySession.findMany({
    where: { activityId },
    select: { startsAt: true, endsAt: true, cancelledAt: true },
  });
  const envelope = envelopeOf(sessions);
  if (envelope) await ctx.db.activity.update({ where: { id: activityId }, data: envelope });
}
