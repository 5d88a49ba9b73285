import { claimsFromViewer } from "@kepu/auth";
import { unauthenticated } from "@kepu/subgraph";
import type { Context } from "./builder.js";
import type { Db } from "./db.js";
import { hashSecret, newSecret, successorSecret } from "./secrets.js";

/**
 * Sign-in sessions (AuthSession; "Session" is an activity's 场次): a short-lived access token (JWT,
 * what every subgraph verifies) and a long-lived opaque refresh token (only its hash is stored)
 * that is rotated on every use. Ending an AuthSession (endedAt) ends all its refresh tokens. A
 * rotated token presented again within `refreshGraceSeconds` of its rotation (two tabs, or a retry
 * after a lost answer) yields the same successor; later it means a copy exists, and ends the
 * AuthSession.
 */
export const refreshTokenTtlDays = 30;
/** How long after a rotation the old refresh token still yields the same successor. */
export const refreshGraceSeconds = 20;

/** What signIn, refreshAuthSession and acceptInvitation hand out. */
export interface AuthSessionTokens {
  accessToken: string;
  expiresInSeconds: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
}

/** An access token with the user's current memberships and rights version. */
async function signAccessToken(ctx: Context, userId: string): Promise<string> {
  // The version is read before the memberships: a change committed in between leaves the token with
  // an older version than its memberships, so it is refused and renewed, never trusted too long.
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: userId } });
  const memberships = await ctx.db.membership.findMany({ where: { userId } });
  return ctx.signer.sign(
    claimsFromViewer(
      {
        kind: "user",
        userId: user.id,
        displayName: user.displayName,
        platformAdmin: user.platformAdmin,
        memberships: memberships.map((m) => ({ orgId: m.orgId, roles: m.roles })),
        email: user.email,
      },
      user.rightsVersion,
    ),
    ctx.accessTokenTtlSeconds,
  );
}

const refreshExpiry = () => new Date(Date.now() + refreshTokenTtlDays * 86_400_000);

/** Starts an AuthSession for `userId`: an access token and its first refresh token. */
export async function startAuthSession(ctx: Context, userId: string): Promise<AuthSessionTokens> {
  const refreshToken = newSecret();
  const row = await ctx.db.refreshToken.create({
    data: {
      tokenHash: hashSecret(refreshToken),
      expiresAt: refreshExpiry(),
      user: { connect: { id: userId } },
      authSession: { create: { userId } },
    },
  });
  return {
    accessToken: await signAccessToken(ctx, userId),
    expiresInSeconds: ctx.accessTokenTtlSeconds,
    refreshToken,
    refreshExpiresAt: row.expiresAt,
    userId,
  };
}

/** Anything that can write AuthSessions: the client or a transaction. */
type SessionWriter = Pick<Db, "authSession">;

/** Ends one AuthSession: none of its refresh tokens works any more. */
export async function endAuthSession(db: SessionWriter, authSessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: authSessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * Ends every AuthSession of `userId` (sign out everywhere, removal from a unit); returns how many
 * were still going.
 */
export async function endAllAuthSessions(db: SessionWriter, userId: string): Promise<number> {
  const ended = await db.authSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return ended.count;
}

const expired = () => unauthenticated("登录已过期，请重新登录");

/**
 * Exchanges a refresh token for its successor and a new access token. The first exchange claims
 * the token atomically (`rotatedAt` set where it is null) and stores the successor's hash; a
 * concurrent or slightly later exchange of the same token, within `refreshGraceSeconds` of the
 * rotation, gets the same successor (derived, `successorSecret`, never stored in plain); any later
 * one is a reuse, ends the AuthSession and is refused (UNAUTHENTICATED). A token of an ended
 * AuthSession, or an expired one, is refused.
 */
export async function rotateRefreshToken(ctx: Context, secret: string): Promise<AuthSessionTokens> {
  const current = await ctx.db.refreshToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { authSession: { select: { endedAt: true } } },
  });
  if (!current || current.authSession.endedAt || current.expiresAt <= new Date()) throw expired();
  const successor = successorSecret(ctx.refreshRotationKey, secret);
  const successorHash = hashSecret(successor);
  const won = await ctx.db.$transaction(async (tx) => {
    // Row-locked: of two concurrent claims the second waits, then finds rotatedAt set.
    const claimed = await tx.refreshToken.updateMany({
      where: { id: current.id, rotatedAt: null },
      data: { rotatedAt: new Date() },
    });
    if (claimed.count === 0) return null;
    const next = await tx.refreshToken.create({
      data: {
        userId: current.userId,
        tokenHash: successorHash,
        authSessionId: current.authSessionId,
        expiresAt: refreshExpiry(),
      },
    });
    await tx.refreshToken.update({ where: { id: current.id }, data: { replacedById: next.id } });
    return next;
  });
  const handOut = async (refreshExpiresAt: Date): Promise<AuthSessionTokens> => ({
    accessToken: await signAccessToken(ctx, current.userId),
    expiresInSeconds: ctx.accessTokenTtlSeconds,
    refreshToken: successor,
    refreshExpiresAt,
    userId: current.userId,
  });
  if (won) return handOut(won.expiresAt);
  // Rotated already: by a concurrent exchange (same successor), or long ago (a copy is replayed).
  const [rotated, next] = await Promise.all([
    ctx.db.refreshToken.findUnique({
      where: { id: current.id },
      include: { authSession: { select: { endedAt: true } } },
    }),
    ctx.db.refreshToken.findUnique({ where: { tokenHash: successorHash } }),
  ]);
  const now = Date.now();
  const withinGrace =
    rotated?.rotatedAt &&
    !rotated.authSession.endedAt &&
    now - rotated.rotatedAt.getTime() <= refreshGraceSeconds * 1000 &&
    next &&
    next.expiresAt.getTime() > now;
  if (withinGrace) return handOut(next.expiresAt);
  await endAuthSession(ctx.db, current.authSessionId);
  throw expired();
}
