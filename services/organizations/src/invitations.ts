import { isUniqueViolation } from "@kepu/db";
import { forbidden, notFound, userError } from "@kepu/subgraph";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "./audit.js";
import type { Context } from "./builder.js";
import {
  invitationExpiry,
  invitationPath,
  invitationStatus,
  invitationTtlDays,
  inviterStillAdministers,
  maxRefusedAcceptances,
  newAccountAddress,
  rolesAfterAcceptance,
  whyNotAcceptable,
  whyNotForViewer,
} from "./domain/invitations.js";
import type { Role } from "./generated/prisma/enums.js";
import { invitationEmail } from "./invitation-email.js";
import { assertAdministers, placeOf, viewerId } from "./schema/guards.js";
import { hashSecret, newSecret } from "./secrets.js";

/**
 * Invitations to join a unit (邀请), as the mutations carry them out: the rules are in
 * domain/invitations.ts, the e-mail text in invitation-email.ts; this module reads and writes.
 */

/** The invitation behind a link's secret, with its unit's name; NOT_FOUND when there is none. */
export async function findInvitation(ctx: Context, secret: string) {
  const invitation = await ctx.db.invitation.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { org: { select: { name: true } } },
  });
  if (!invitation) throw notFound("该邀请（链接可能有误）");
  return invitation;
}

/**
 * Invites someone to `orgId` (which the viewer must administer) with `roles`: to `email` only, and
 * e-mailed there, or, without an address, by a link anyone may accept once. Audited. Returns the
 * invitation's id and the acceptance path with its secret (shown once, to the inviter).
 */
export async function createInvitation(
  ctx: Context,
  input: { orgId: string; email: string | null; roles: Role[] },
): Promise<{ invitationId: string; link: string }> {
  const actorId = viewerId(ctx);
  await assertAdministers(ctx, input.orgId, "只有本单位或上级单位的管理员可以邀请成员");
  const secret = newSecret();
  const org = await ctx.db.org.findUniqueOrThrow({ where: { id: input.orgId }, select: { name: true } });
  const invitation = await ctx.db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        tokenHash: hashSecret(secret),
        orgId: input.orgId,
        email: input.email,
        roles: input.roles,
        invitedById: actorId,
        expiresAt: invitationExpiry(),
      },
    });
    await recordAudit(tx, {
      action: "INVITATION_CREATED",
      actorId,
      orgId: input.orgId,
      detail: { invitationId: created.id, byEmail: input.email !== null, roles: input.roles },
    });
    return created;
  });
  const link = invitationPath(secret);
  if (input.email) {
    await ctx.mailer.send(
      invitationEmail({
        to: input.email,
        orgName: org.name,
        inviterName: ctx.viewer.kind === "user" ? ctx.viewer.displayName : "",
        roles: input.roles,
        ttlDays: invitationTtlDays,
        url: `${ctx.webUrl}${link}`,
      }),
    );
  }
  return { invitationId: invitation.id, link };
}

/** Revokes a pending invitation of a unit the viewer administers (CONFLICT when it is no longer pending). Audited. */
export async function revokeInvitation<Query extends object>(ctx: Context, id: string, query: Query) {
  const actorId = viewerId(ctx);
  const invitation = await ctx.db.invitation.findUnique({ where: { id } });
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
}

/**
 * Claims one of a link invitation's refusals of a registered address (domain/invitations.ts
 * `maxRefusedAcceptances`), in one conditional UPDATE, so of any number of parallel probes no more
 * than that many are answered; the last one revokes the invitation (audited as the system's act).
 * False when none is left: the caller answers as for a revoked invitation.
 */
async function claimRefusal(ctx: Context, invitationId: string, orgId: string): Promise<boolean> {
  const claimed = await ctx.db.invitation.updateMany({
    where: {
      id: invitationId,
      acceptedAt: null,
      revokedAt: null,
      refusedAcceptances: { lt: maxRefusedAcceptances },
    },
    data: { refusedAcceptances: { increment: 1 } },
  });
  if (claimed.count === 0) return false;
  await ctx.db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: {
        id: invitationId,
        revokedAt: null,
        acceptedAt: null,
        refusedAcceptances: { gte: maxRefusedAcceptances },
      },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) return;
    await recordAudit(tx, {
      action: "INVITATION_REVOKED",
      actorId: null,
      orgId,
      detail: { invitationId, reason: "registered addresses tried", refusals: maxRefusedAcceptances },
    });
  });
  return true;
}

/**
 * Accepts the invitation behind `input.token`: as the signed-in user (an e-mail invitation only for
 * that address), or by creating an account in the same transaction as the membership (display name,
 * password, and for a link invitation an e-mail). Refused (CONFLICT) when it is no longer pending or
 * its inviter no longer administers the unit, or when the new account's address is registered (a
 * link invitation is revoked after `maxRefusedAcceptances` of those). One acceptance wins even when the link is opened twice
 * at once. Audited. Returns the member's user id (the caller starts their AuthSession).
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; displayName?: string | null; password?: string | null; email?: string | null },
): Promise<string> {
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
    const why = whyNotForViewer(invitation.email, me.email);
    if (why) throw forbidden(why);
  } else {
    const address = newAccountAddress(invitation.email, input);
    if ("problem" in address) throw userError("BAD_USER_INPUT", address.problem);
    if (await ctx.db.user.findUnique({ where: { email: address.email }, select: { id: true } })) {
      // A link may say so only a few times (counted before answering, so parallel probes get no more).
      if (!invitation.email && !(await claimRefusal(ctx, invitation.id, invitation.orgId))) {
        throw userError("CONFLICT", whyNotAcceptable("REVOKED"));
      }
      throw userError("CONFLICT", "该邮箱已注册，请先登录再接受邀请");
    }
    newAccount = {
      email: address.email,
      displayName: input.displayName ?? "",
      passwordHash: await hash(input.password ?? ""),
    };
  }
  return ctx.db
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
      const roles = rolesAfterAcceptance(existing?.roles ?? [], invitation.roles);
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
      if (isUniqueViolation(error)) {
        throw userError("CONFLICT", "该邮箱已注册，请先登录再接受邀请");
      }
      throw error;
    });
}
