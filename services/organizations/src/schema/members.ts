import { administers, placeFromPath } from "@kepu/auth";
import { forbidden, maxPageSize, notFound, userError } from "@kepu/subgraph";
import { hash } from "@node-rs/argon2";
import { z } from "zod";
import { recordAudit } from "../audit.js";
import { endAllAuthSessions, startAuthSession } from "../auth-sessions.js";
import { builder, type Context } from "../builder.js";
import {
  invitationStatus,
  invitationTtlDays,
  inviterStillAdministers,
  whyNotAcceptable,
} from "../domain/invitations.js";
import { displayName, email as emailSchema, newPassword } from "../domain/org-input.js";
import { Prisma } from "../generated/prisma/client.js";
import { AuditAction, type Role } from "../generated/prisma/enums.js";
import { hashSecret, newSecret } from "../secrets.js";
import { AuthSessionPayload } from "./auth-session.js";
import { assertAdministers, placeOf, viewerId } from "./guards.js";
import { OrgRef } from "./org.js";
import { RoleEnum } from "./user.js";

/**
 * People of a unit: its members and their roles, invitations by e-mail or link, and the audit log
 * of who changed what. All of it is for whoever administers the unit (shared policy).
 */

const InvitationStatusEnum = builder.enumType("InvitationStatus", {
  values: ["PENDING", "ACCEPTED", "REVOKED", "EXPIRED"] as const,
});

export const InvitationRef = builder.prismaObject("Invitation", {
  description: "邀请: to join a unit with some roles, by e-mail (that address only) or by link (anyone, once).",
  fields: (t) => ({
    id: t.exposeID("id"),
    org: t.relation("org"),
    email: t.exposeString("email", { nullable: true }),
    roles: t.expose("roles", { type: [RoleEnum] }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    status: t.field({ type: InvitationStatusEnum, resolve: (i) => invitationStatus(i) }),
    invitedBy: t.relation("invitedBy"),
  }),
});

interface InvitationPreviewShape {
  orgName: string;
  roles: Role[];
  email: string | null;
  expiresAt: Date;
  status: ReturnType<typeof invitationStatus>;
}

const InvitationPreview = builder.objectRef<InvitationPreviewShape>("InvitationPreview").implement({
  description: "What an invitation link offers, shown to whoever holds the link before they accept.",
  fields: (t) => ({
    orgName: t.exposeString("orgName"),
    roles: t.field({ type: [RoleEnum], resolve: (p) => p.roles }),
    email: t.exposeString("email", { nullable: true }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    status: t.field({ type: InvitationStatusEnum, resolve: (p) => p.status }),
  }),
});

const InvitePayload = builder.objectRef<{ invitationId: string; link: string }>("InvitePayload").implement({
  fields: (t) => ({
    invitation: t.prismaField({
      type: "Invitation",
      resolve: (query, p, _args, ctx) =>
        ctx.db.invitation.findUniqueOrThrow({ ...query, where: { id: p.invitationId } }),
    }),
    link: t.exposeString("link", {
      description: "Path of the acceptance page with the secret; shown once, only to the inviter.",
    }),
  }),
});

const AuditActionEnum = builder.enumType(AuditAction, { name: "AuditAction" });

builder.prismaObject("AuditEvent", {
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    actorId: t.exposeID("actorId", { nullable: true }),
    subjectUserId: t.exposeID("subjectUserId", { nullable: true }),
    actor: t.prismaField({
      type: "User",
      nullable: true,
      description: "Who acted; null when the system did (a lockout).",
      resolve: (_query, event, _args, ctx) => (event.actorId ? userById(ctx, event.actorId) : null),
    }),
    subjectUser: t.prismaField({
      type: "User",
      nullable: true,
      description: "Whose membership or account it concerns.",
      resolve: (_query, event, _args, ctx) => (event.subjectUserId ? userById(ctx, event.subjectUserId) : null),
    }),
    detail: t.string({ description: "JSON", resolve: (e) => JSON.stringify(e.detail) }),
  }),
});

/** Users named by a page of audit events, in one query. */
function userById(ctx: Context, id: string) {
  return ctx.loaders.get("User", (ids) => ctx.db.user.findMany({ where: { id: { in: [...ids] } } })).load(id);
}

builder.prismaObjectFields(OrgRef, (t) => ({
  viewerCanAdminister: t.boolean({
    description: "Whether the viewer administers this unit (its admin, an ancestor's admin, or platform admin).",
    select: { path: true },
    resolve: (org, _args, ctx) => administers(ctx.viewer, placeFromPath(org.path)),
  }),
  members: t.prismaConnection({
    type: "Membership",
    cursor: "userId_orgId",
    nullable: true,
    maxSize: maxPageSize,
    defaultSize: 50,
    description: "By display name; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.membership.findMany({
            ...query,
            where: { orgId: org.id },
            // By name, as people look for each other; the user id makes the order total for the cursor.
            orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }],
          })
        : null,
  }),
  invitations: t.prismaField({
    type: ["Invitation"],
    nullable: true,
    description: "Pending invitations; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.invitation.findMany({
            ...query,
            where: { orgId: org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
            orderBy: { createdAt: "desc" },
          })
        : null,
  }),
  auditEvents: t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    nullable: true,
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "Newest first; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.auditEvent.findMany({ ...query, where: { orgId: org.id }, orderBy: [{ at: "desc" }, { id: "asc" }] })
        : null,
  }),
}));

const rolesArg = z
  .array(z.enum(["ORG_ADMIN", "EDITOR", "REVIEWER"]))
  .min(1, "请至少选择一个角色")
  .transform((roles) => [...new Set(roles)]);

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    orgId: t.id(),
    email: t.string({ required: false, description: "Omit for a link anyone may accept once." }),
    roles: t.field({ type: [RoleEnum] }),
  }),
  validate: z.looseObject({ email: emailSchema.nullish(), roles: rolesArg }),
});

const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({
    token: t.string(),
    displayName: t.string({ required: false, description: "For a new account." }),
    password: t.string({ required: false, description: "For a new account: at least 10 characters." }),
    email: t.string({ required: false, description: "For a new account from a link invitation." }),
  }),
  validate: z.looseObject({
    token: z.string().min(20, "邀请链接无效").max(200, "邀请链接无效"),
    displayName: displayName.nullish(),
    password: newPassword.nullish(),
    email: emailSchema.nullish(),
  }),
});

async function findInvitation(ctx: Context, token: string) {
  const invitation = await ctx.db.invitation.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { org: { select: { name: true } } },
  });
  if (!invitation) throw notFound("该邀请（链接可能有误）");
  return invitation;
}

builder.queryField("invitation", (t) =>
  t.field({
    type: InvitationPreview,
    description: "What the invitation behind a link offers (the link's secret is the key).",
    args: { token: t.arg.string({ validate: z.string().min(20, "邀请链接无效").max(200, "邀请链接无效") }) },
    resolve: async (_root, args, ctx) => {
      const invitation = await findInvitation(ctx, args.token);
      return {
        orgName: invitation.org.name,
        roles: invitation.roles,
        email: invitation.email,
        expiresAt: invitation.expiresAt,
        status: invitationStatus(invitation),
      };
    },
  }),
);

const roleLabel: Record<Role, string> = { ORG_ADMIN: "单位管理员", EDITOR: "编辑", REVIEWER: "评审" };

builder.mutationFields((t) => ({
  inviteMember: t.field({
    type: InvitePayload,
    description: "Invites someone to a unit the viewer administers; e-mails them when an address is given.",
    args: { input: t.arg({ type: InviteMemberInput }) },
    resolve: async (_root, { input }, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(input.orgId);
      await assertAdministers(ctx, orgId, "只有本单位或上级单位的管理员可以邀请成员");
      const email = input.email ? input.email.trim().toLowerCase() : null;
      const token = newSecret();
      const org = await ctx.db.org.findUniqueOrThrow({ where: { id: orgId }, select: { name: true } });
      const invitation = await ctx.db.$transaction(async (tx) => {
        const created = await tx.invitation.create({
          data: {
            tokenHash: hashSecret(token),
            orgId,
            email,
            roles: input.roles,
            invitedById: actorId,
            expiresAt: new Date(Date.now() + invitationTtlDays * 86_400_000),
          },
        });
        await recordAudit(tx, {
          action: "INVITATION_CREATED",
          actorId,
          orgId,
          detail: { invitationId: created.id, byEmail: email !== null, roles: input.roles },
        });
        return created;
      });
      const link = `/organizers/invite?token=${token}`;
      if (email) {
        await ctx.mailer.send({
          to: email,
          subject: `邀请您加入${org.name}（全国科普日平台）`,
          text: [
            `您好！${ctx.viewer.kind === "user" ? ctx.viewer.displayName : ""}邀请您以“${input.roles.map((r) => roleLabel[r]).join("、")}”身份加入${org.name}。`,
            `请在${invitationTtlDays}天内打开以下链接接受邀请：`,
            `${ctx.webUrl}${link}`,
          ].join("\n"),
        });
      }
      return { invitationId: invitation.id, link };
    },
  }),

  revokeInvitation: t.prismaField({
    type: "Invitation",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const actorId = viewerId(ctx);
      const invitation = await ctx.db.invitation.findUnique({ where: { id: String(args.id) } });
      if (!invitation) throw notFound("该邀请");
      await assertAdministers(ctx, invitation.orgId);
      if (invitationStatus(invitation) !== "PENDING") throw userError("CONFLICT", "该邀请已失效，无需撤销");
      return ctx.db.$transaction(async (tx) => {
        const revoked = await tx.invitation.update({
          ...query,
          where: { id: invitation.id },
          data: { revokedAt: new Date() },
        });
        await recordAudit(tx, {
          action: "INVITATION_REVOKED",
          actorId,
          orgId: invitation.orgId,
          detail: { invitationId: invitation.id },
        });
        return revoked;
      });
    },
  }),

  acceptInvitation: t.field({
    type: AuthSessionPayload,
    description:
      "Joins the invitation's unit: as the signed-in user, or by creating an account (display name, password, and e-mail for a link invitation). Signs in.",
    args: { input: t.arg({ type: AcceptInvitationInput }) },
    resolve: async (_root, { input }, ctx) => {
      const invitation = await findInvitation(ctx, input.token);
      const status = invitationStatus(invitation);
      if (status !== "PENDING") throw userError("CONFLICT", whyNotAcceptable(status));
      const inviter = await ctx.db.user.findUniqueOrThrow({
        where: { id: invitation.invitedById },
        include: { memberships: true },
      });
      if (!inviterStillAdministers(inviter, await placeOf(ctx, invitation.orgId))) {
        throw userError("CONFLICT", "邀请人已不再管理该单位，此邀请已失效，请联系单位管理员重新邀请");
      }
      // Either the signed-in user, or a new account created in the same transaction as the
      // membership, so a lost race leaves no account behind.
      let existingUserId: string | null = null;
      let newAccount: { email: string; displayName: string; passwordHash: string } | null = null;
      if (ctx.viewer.kind === "user") {
        existingUserId = ctx.viewer.userId;
        const me = await ctx.db.user.findUniqueOrThrow({ where: { id: existingUserId }, select: { email: true } });
        if (invitation.email && invitation.email !== me.email) {
          throw forbidden(`此邀请发给 ${invitation.email}，请用该邮箱的账号登录后接受`);
        }
      } else {
        const email = (invitation.email ?? input.email?.trim().toLowerCase()) || null;
        if (!email) throw userError("BAD_USER_INPUT", "请填写邮箱");
        if (!input.displayName || !input.password) throw userError("BAD_USER_INPUT", "请填写姓名并设置密码");
        if (await ctx.db.user.findUnique({ where: { email }, select: { id: true } })) {
          throw userError("CONFLICT", "该邮箱已注册，请先登录再接受邀请");
        }
        newAccount = { email, displayName: input.displayName.trim(), passwordHash: await hash(input.password) };
      }
      const userId = await ctx.db
        .$transaction(async (tx) => {
          const userId =
            existingUserId ?? (await tx.user.create({ data: newAccount as NonNullable<typeof newAccount> })).id;
          // Only one acceptance wins, even if the link is opened twice at once.
          const claimed = await tx.invitation.updateMany({
            where: { id: invitation.id, acceptedAt: null, revokedAt: null },
            data: { acceptedAt: new Date(), acceptedById: userId },
          });
          if (claimed.count === 0) throw userError("CONFLICT", "该邀请已被接受");
          const existing = await tx.membership.findUnique({
            where: { userId_orgId: { userId, orgId: invitation.orgId } },
          });
          const roles = [...new Set([...(existing?.roles ?? []), ...invitation.roles])];
          await tx.membership.upsert({
            where: { userId_orgId: { userId, orgId: invitation.orgId } },
            create: { userId, orgId: invitation.orgId, roles },
            update: { roles },
          });
          await recordAudit(tx, {
            action: "INVITATION_ACCEPTED",
            actorId: userId,
            orgId: invitation.orgId,
            subjectUserId: userId,
            detail: { invitationId: invitation.id },
          });
          await recordAudit(tx, {
            action: existing ? "ROLES_CHANGED" : "MEMBERSHIP_GRANTED",
            actorId: invitation.invitedById,
            orgId: invitation.orgId,
            subjectUserId: userId,
            detail: { before: existing?.roles ?? [], after: roles, via: "invitation" },
          });
          return userId;
        })
        .catch((error: unknown) => {
          // The e-mail was registered between the check above and this transaction.
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
            throw userError("CONFLICT", "该邮箱已注册，请先登录再接受邀请");
          }
          throw error;
        });
      return startAuthSession(ctx, userId);
    },
  }),

  setMemberRoles: t.prismaField({
    type: "Membership",
    description:
      "Replaces a member's roles in a unit the viewer administers (at once: their older tokens are refused for writes).",
    args: { orgId: t.arg.id(), userId: t.arg.id(), roles: t.arg({ type: [RoleEnum], validate: rolesArg }) },
    resolve: async (query, _root, args, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(args.orgId);
      const userId = String(args.userId);
      await assertAdministers(ctx, orgId, "只有本单位或上级单位的管理员可以调整成员角色");
      if (userId === actorId) throw userError("CONFLICT", "不能修改自己的角色，请联系其他管理员");
      const existing = await ctx.db.membership.findUnique({ where: { userId_orgId: { userId, orgId } } });
      if (!existing) throw notFound("该成员");
      return ctx.db.$transaction(async (tx) => {
        const updated = await tx.membership.update({
          ...query,
          where: { userId_orgId: { userId, orgId } },
          data: { roles: args.roles },
        });
        await recordAudit(tx, {
          action: "ROLES_CHANGED",
          actorId,
          orgId,
          subjectUserId: userId,
          detail: { before: existing.roles, after: args.roles },
        });
        return updated;
      });
    },
  }),

  removeMember: t.boolean({
    description: "Removes someone from a unit the viewer administers (their other units are untouched).",
    args: { orgId: t.arg.id(), userId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(args.orgId);
      const userId = String(args.userId);
      await assertAdministers(ctx, orgId, "只有本单位或上级单位的管理员可以移除成员");
      if (userId === actorId) throw userError("CONFLICT", "不能移除自己，请联系其他管理员");
      const existing = await ctx.db.membership.findUnique({ where: { userId_orgId: { userId, orgId } } });
      if (!existing) throw notFound("该成员");
      await ctx.db.$transaction(async (tx) => {
        // The database bumps the user's rights version with this delete, so access tokens in hand
        // stop working for writes at once; their sign-ins end too, so no new token can be had.
        await tx.membership.delete({ where: { userId_orgId: { userId, orgId } } });
        const ended = await endAllAuthSessions(tx, userId);
        await recordAudit(tx, {
          action: "MEMBERSHIP_REVOKED",
          actorId,
          orgId,
          subjectUserId: userId,
          detail: { before: existing.roles, authSessionsEnded: ended },
        });
      });
      return true;
    },
  }),
}));
