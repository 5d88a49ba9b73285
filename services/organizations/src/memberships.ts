import { notFound, userError } from "@kepu/subgraph";
import { recordAudit } from "./audit.js";
import { endAllAuthSessions } from "./auth-sessions.js";
import type { Context } from "./builder.js";
import { whyNotOnSelf } from "./domain/members.js";
import type { Role } from "./generated/prisma/enums.js";
import { assertAdministers, viewerId } from "./schema/guards.js";

/**
 * Role changes and removals, as the mutations carry them out (rules in domain/members.ts). The
 * database bumps the member's rights version with each (migration 20261130220000), so tokens they
 * hold stop working for writes at once.
 */

/** The membership of `userId` in `orgId`, or NOT_FOUND. */
async function membershipOf(ctx: Context, orgId: string, userId: string) {
  const existing = await ctx.db.membership.findUnique({ where: { userId_orgId: { userId, orgId } } });
  if (!existing) throw notFound("该成员");
  return existing;
}

/** Replaces a member's roles in a unit the viewer administers (never the viewer's own). Audited. */
export async function setMemberRoles<Query extends object>(
  ctx: Context,
  change: { orgId: string; userId: string; roles: Role[] },
  query: Query,
) {
  const actorId = viewerId(ctx);
  const { orgId, userId, roles } = change;
  await assertAdministers(ctx, orgId, "只有本单位或上级单位的管理员可以调整成员角色");
  const why = whyNotOnSelf(actorId, userId, "setRoles");
  if (why) throw userError("CONFLICT", why);
  const existing = await membershipOf(ctx, orgId, userId);
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.membership.update({
      ...query,
      where: { userId_orgId: { userId, orgId } },
      data: { roles },
    });
    await recordAudit(tx, {
      action: "ROLES_CHANGED",
      actorId,
      orgId,
      subjectUserId: userId,
      detail: { before: existing.roles, after: roles },
    });
    return updated;
  });
}

/**
 * Removes someone from a unit the viewer administers (never the viewer; their other units are
 * untouched) and ends their AuthSessions, so no new token can be had. Audited.
 */
export async function removeMember(ctx: Context, orgId: string, userId: string): Promise<void> {
  const actorId = viewerId(ctx);
  await assertAdministers(ctx, orgId, "只有本单位或上级单位的管理员可以移除成员");
  const why = whyNotOnSelf(actorId, userId, "remove");
  if (why) throw userError("CONFLICT", why);
  const existing = await membershipOf(ctx, orgId, userId);
  await ctx.db.$transaction(async (tx) => {
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
}
