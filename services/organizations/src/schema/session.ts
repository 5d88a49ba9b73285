import { claimsFromViewer } from "@kepu/auth";
import { independentOfRights, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedEmail } from "@kepu/text";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { recordAudit } from "../audit.js";
import { builder, type Context } from "../builder.js";
import { lockSecondsAfter, secondsLocked } from "../domain/lockout.js";
import { hashSecret, newSecret } from "../secrets.js";

/**
 * Sessions: a short-lived access token (JWT, what every subgraph verifies) and a long-lived opaque
 * refresh token (only its hash is stored) that is rotated on every use. Role changes reach the
 * access token on the next refresh; sign-out revokes the refresh token's whole family at once.
 */
export const refreshTokenTtlDays = 30;

interface SessionResult {
  accessToken: string;
  expiresInSeconds: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
  /** The refresh token's row, so a rotation can point at its successor. */
  sessionId: string;
}

export const SignInPayload = builder.objectRef<SessionResult>("SignInPayload").implement({
  fields: (t) => ({
    accessToken: t.exposeString("accessToken"),
    expiresInSeconds: t.exposeInt("expiresInSeconds"),
    refreshToken: t.exposeString("refreshToken", {
      description: "Opaque; exchange it with refreshSession before the access token expires. Rotated on every use.",
    }),
    refreshExpiresAt: t.expose("refreshExpiresAt", { type: "DateTime" }),
    user: t.prismaField({
      type: "User",
      resolve: (query, session, _args, ctx) =>
        ctx.db.user.findUniqueOrThrow({ ...query, where: { id: session.userId } }),
    }),
  }),
});

/** Signs a fresh access token with the user's current memberships, and a new refresh token. */
export async function issueSession(ctx: Context, userId: string, familyId?: string): Promise<SessionResult> {
  // The version is read before the memberships: a change committed in between leaves the token with
  // an older version than its memberships, so it is refused and renewed, never trusted too long.
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: userId } });
  const memberships = await ctx.db.membership.findMany({ where: { userId } });
  const accessToken = await ctx.signer.sign(
    claimsFromViewer(
      {
        kind: "user",
        userId: user.id,
        displayName: user.displayName,
        platformAdmin: user.platformAdmin,
        memberships: memberships.map((m) => ({ orgId: m.orgId, roles: m.roles })),
      },
      user.rightsVersion,
    ),
    ctx.accessTokenTtlSeconds,
  );
  const refreshToken = newSecret();
  const refreshExpiresAt = new Date(Date.now() + refreshTokenTtlDays * 86_400_000);
  const row = await ctx.db.refreshToken.create({
    data: {
      userId,
      tokenHash: hashSecret(refreshToken),
      familyId: familyId ?? newSecret(),
      expiresAt: refreshExpiresAt,
    },
  });
  return {
    accessToken,
    expiresInSeconds: ctx.accessTokenTtlSeconds,
    refreshToken,
    refreshExpiresAt,
    userId: row.userId,
    sessionId: row.id,
  };
}

// Verifying against a real hash for unknown e-mails too keeps the answer time the same either way.
// Made on first need, not at start-up.
let unknownUserHash: Promise<string> | undefined;
const fillerHash = () => {
  unknownUserHash ??= hash("no such user: constant-time filler");
  return unknownUserHash;
};

// Trimmed, NFKC-normalized and lower-cased before it is validated (@kepu/text).
const emailArg = normalizedEmail();
const secretArg = z.string().min(20, "凭证无效").max(200, "凭证无效");

builder.mutationFields((t) => ({
  signIn: t.field({
    ...independentOfRights,
    type: SignInPayload,
    args: {
      email: t.arg.string({ validate: emailArg }),
      password: t.arg.string({ validate: z.string().min(1, "请输入密码").max(200, "密码过长") }),
    },
    resolve: async (_root, { email, password }, ctx) => {
      const now = new Date();
      const user = await ctx.db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
      if (!user) {
        await verify(await fillerHash(), password);
        throw unauthenticated("邮箱或密码错误");
      }
      const wait = secondsLocked(user.lockedUntil, now);
      if (wait > 0) {
        throw userError("TOO_MANY_ATTEMPTS", `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, {
          retryAfterSeconds: wait,
        });
      }
      if (!(await verify(user.passwordHash, password))) {
        // One message for unknown e-mail and wrong password: don't reveal which accounts exist.
        const failures = user.failedSignIns + 1;
        const lockSeconds = lockSecondsAfter(failures);
        await ctx.db.$transaction(async (tx) => {
          await tx.user.update({
            where: { id: user.id },
            data: {
              failedSignIns: failures,
              lockedUntil: lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null,
            },
          });
          if (lockSeconds) {
            await recordAudit(tx, {
              action: "ACCOUNT_LOCKED",
              actorId: null,
              subjectUserId: user.id,
              detail: { failures, lockSeconds },
            });
          }
        });
        throw unauthenticated("邮箱或密码错误");
      }
      if (user.failedSignIns || user.lockedUntil) {
        await ctx.db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
      }
      return issueSession(ctx, user.id);
    },
  }),

  refreshSession: t.field({
    ...independentOfRights,
    type: SignInPayload,
    description:
      "Exchanges a refresh token for a new access token and a new refresh token (the old one stops working).",
    args: { refreshToken: t.arg.string({ validate: secretArg }) },
    resolve: async (_root, args, ctx) => {
      const current = await ctx.db.refreshToken.findUnique({ where: { tokenHash: hashSecret(args.refreshToken) } });
      const expired = "登录已过期，请重新登录";
      if (!current) throw unauthenticated(expired);
      if (current.revokedAt || current.replacedById) {
        // A rotated token came back: someone holds a copy. End every session of this sign-in.
        await ctx.db.refreshToken.updateMany({
          where: { familyId: current.familyId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        throw unauthenticated(expired);
      }
      if (current.expiresAt <= new Date()) throw unauthenticated(expired);
      const next = await issueSession(ctx, current.userId, current.familyId);
      // Only one of two concurrent refreshes with the same token wins; the loser is treated as reuse.
      const claimed = await ctx.db.refreshToken.updateMany({
        where: { id: current.id, replacedById: null, revokedAt: null },
        data: { replacedById: next.sessionId, revokedAt: new Date() },
      });
      if (claimed.count === 0) {
        await ctx.db.refreshToken.updateMany({
          where: { familyId: current.familyId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        throw unauthenticated(expired);
      }
      return next;
    },
  }),

  signOut: t.boolean({
    ...independentOfRights,
    description: "Ends this sign-in: its refresh token and every token rotated from it stop working.",
    args: { refreshToken: t.arg.string({ validate: secretArg }) },
    resolve: async (_root, args, ctx) => {
      const current = await ctx.db.refreshToken.findUnique({ where: { tokenHash: hashSecret(args.refreshToken) } });
      if (!current) return true;
      await ctx.db.refreshToken.updateMany({
        where: { familyId: current.familyId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return true;
    },
  }),

  signOutEverywhere: t.int({
    description: "Ends every sign-in of the viewer (a lost phone …); returns how many were ended.",
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const viewerId = ctx.viewer.userId;
      return ctx.db.$transaction(async (tx) => {
        const ended = await tx.refreshToken.updateMany({
          where: { userId: viewerId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await recordAudit(tx, {
          action: "SESSIONS_REVOKED",
          actorId: viewerId,
          subjectUserId: viewerId,
          detail: { count: ended.count },
        });
        return ended.count;
      });
    },
  }),
}));
