import { forbidden, maxPageSize, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedParagraphs } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { registrationContactSchema } from "../domain/registration.js";
import { maxSessionCapacity } from "../domain/session-input.js";
import { RegistrationStatus } from "../generated/prisma/enums.js";
import { activityUrl, cancelSessionAndNotify, placeConfirmedEmail, sendToEach } from "../registrations/notices.js";
import { cancelRegistration, register, setCapacity } from "../registrations/seats.js";
import { assertMayEdit } from "./activity.js";
import { ActivitySessionRef } from "./session.js";

export const RegistrationStatusEnum = builder.enumType(RegistrationStatus, {
  name: "RegistrationStatus",
  description: "CONFIRMED: has a place; WAITLISTED: waiting, promoted in order; CANCELLED: by the registrant.",
});

/**
 * Whether the viewer may see the registrants of the host's sessions (issue 9 §5: personal data only
 * for the host's members): a member of the host unit, in any role, or a platform admin.
 */
function isHostMember(ctx: Context, hostOrgId: string): boolean {
  return (
    ctx.viewer.kind === "user" &&
    (ctx.viewer.platformAdmin || ctx.viewer.memberships.some((membership) => membership.orgId === hostOrgId))
  );
}

export const RegistrationRef = builder.prismaObject("Registration", {
  description:
    "报名: one person's registration for one session. Reachable only by its registrant (myRegistrations, their own mutations) and the host's members (ActivitySession.registrations); not an entity.",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.expose("status", { type: RegistrationStatusEnum }),
    name: t.exposeString("name", { description: "姓名 as given." }),
    phone: t.exposeString("phone", { nullable: true, description: "手机 as given." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    confirmedAt: t.expose("confirmedAt", { type: "DateTime", nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    waitlistPosition: t.int({
      nullable: true,
      description: "1 for the first on the waitlist; null unless WAITLISTED.",
      select: { status: true, sessionId: true, queueNumber: true },
      resolve: async (registration, _args, ctx) =>
        registration.status === "WAITLISTED"
          ? ctx.db.registration.count({
              where: {
                sessionId: registration.sessionId,
                status: "WAITLISTED",
                queueNumber: { lte: registration.queueNumber },
              },
            })
          : null,
    }),
    session: t.relation("session"),
  }),
});

/** The host unit of an activity, batched per request. */
async function hostOf(ctx: Context, activityId: string): Promise<string | null> {
  const activity = await ctx.loaders
    .get("ActivityHost", (ids) =>
      ctx.db.activity.findMany({ where: { id: { in: [...ids] } }, select: { id: true, hostOrgId: true } }),
    )
    .load(activityId);
  return activity?.hostOrgId ?? null;
}

builder.prismaObjectFields(ActivitySessionRef, (t) => ({
  registrations: t.prismaConnection({
    type: "Registration",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 50,
    description:
      "The session's registrants, confirmed first, each in waitlist order. Only for members of the host unit (FORBIDDEN otherwise).",
    args: { status: t.arg({ type: RegistrationStatusEnum, required: false }) },
    resolve: async (query, session, args, ctx) => {
      const host = await hostOf(ctx, session.activityId);
      if (!host || !isHostMember(ctx, host)) throw forbidden("只有主办单位的成员可以查看报名名单");
      return ctx.db.registration.findMany({
        ...query,
        where: { sessionId: session.id, ...(args.status ? { status: args.status } : {}) },
        orderBy: [{ status: "asc" }, { queueNumber: "asc" }],
      });
    },
  }),
}));

builder.queryFields((t) => ({
  myRegistrations: t.prismaConnection({
    type: "Registration",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "The viewer's own registrations, newest first (UNAUTHENTICATED for the public).",
    args: { includeCancelled: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      return ctx.db.registration.findMany({
        ...query,
        where: { userId: ctx.viewer.userId, ...(args.includeCancelled ? {} : { status: { not: "CANCELLED" } }) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },
  }),
}));

const RegistrationContactInput = builder.inputType("RegistrationContactInput", {
  description: "What the registrant gives the host: name (required) and a phone number (optional).",
  fields: (t) => ({
    name: t.string({ description: "1–50 characters." }),
    phone: t.string({ required: false, description: "Mainland mobile (13800138000) or landline with area code." }),
  }),
  validate: registrationContactSchema,
});

const capacityArg = z
  .number()
  .int("名额须为整数")
  .min(1, "名额至少为1")
  .max(maxSessionCapacity, `名额不能超过${maxSessionCapacity}`);

/** The session with its activity's host, or NOT_FOUND; for the host's mutations. */
async function sessionForHost(ctx: Context, sessionId: string) {
  const session = await ctx.db.activitySession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      activityId: true,
      registrationRequired: true,
      activity: { select: { hostOrgId: true, status: true } },
    },
  });
  if (!session) throw userError("NOT_FOUND", "未找到该场次", { field: "sessionId" });
  await assertMayEdit(ctx, session.activity.hostOrgId);
  // A cancelled or ended activity's sessions are history: their places and state stay as they were.
  if (["CANCELLED", "FINISHED", "REPORTED"].includes(session.activity.status)) {
    throw userError("CONFLICT", "该活动已取消或已结束，不能再修改其场次", { field: "sessionId" });
  }
  return session;
}

/** Mails those promoted from the waitlist that they have a place (after the change is committed). */
export async function tellPromoted(
  ctx: Context,
  promoted: { name: string; email: string | null; sessionId: string }[],
) {
  if (promoted.length === 0) return;
  const sessionId = promoted[0]?.sessionId ?? "";
  const session = await ctx.db.activitySession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { activity: { select: { id: true, title: true } } },
  });
  await sendToEach(ctx, promoted, (to, name) =>
    placeConfirmedEmail({
      to,
      name,
      activityTitle: session.activity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      url: activityUrl(ctx, session.activity.id),
    }),
  );
}

builder.mutationFields((t) => ({
  registerForSession: t.prismaField({
    type: "Registration",
    description:
      "Registers the signed-in person for a session of a published activity: a place while one is free under the current capacity, else the end of the waitlist. Registering again while registered returns the same registration; never oversold under concurrency.",
    args: {
      sessionId: t.arg.id(),
      contact: t.arg({ type: RegistrationContactInput }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated("请先登录再报名");
      const row = await register(ctx.db, String(args.sessionId), {
        userId: ctx.viewer.userId,
        name: args.contact.name,
        phone: args.contact.phone ?? null,
        email: ctx.viewer.email ?? null,
      });
      return ctx.db.registration.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
  cancelRegistration: t.prismaField({
    type: "Registration",
    description:
      "The registrant cancels their registration (confirmed or waiting); those waiting are promoted in order while places are free under the current capacity.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const registration = await ctx.db.registration.findUnique({ where: { id: String(args.id) } });
      if (!registration || registration.userId !== ctx.viewer.userId) {
        throw userError("NOT_FOUND", "未找到该报名记录", { field: "id" });
      }
      const { promoted } = await cancelRegistration(ctx.db, registration);
      await tellPromoted(ctx, promoted);
      return ctx.db.registration.findUniqueOrThrow({ ...query, where: { id: registration.id } });
    },
  }),
  setSessionCapacity: t.prismaField({
    type: "ActivitySession",
    description:
      "The host changes a session's places. Lowering it below those confirmed takes no place away; raising it promotes those waiting at once, in order.",
    args: { sessionId: t.arg.id(), capacity: t.arg.int({ validate: capacityArg }) },
    resolve: async (query, _root, args, ctx) => {
      const session = await sessionForHost(ctx, String(args.sessionId));
      if (!session.registrationRequired) {
        throw userError("BAD_USER_INPUT", "该场次无需报名，没有名额可设置", { field: "sessionId" });
      }
      const promoted = await setCapacity(ctx.db, session.id, args.capacity);
      await tellPromoted(ctx, promoted);
      return ctx.db.activitySession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  cancelActivitySession: t.prismaField({
    type: "ActivitySession",
    description:
      "The host cancels a session: it takes no more registrations, leaves the activity's time, and its registrants are mailed the reason.",
    args: {
      sessionId: t.arg.id(),
      reason: t.arg.string({
        validate: normalizedParagraphs(z.string().min(2, "请写明取消原因").max(500, "取消原因不能超过500个字符")),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const session = await sessionForHost(ctx, String(args.sessionId));
      await cancelSessionAndNotify(ctx, session.id, args.reason);
      return ctx.db.activitySession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
}));
