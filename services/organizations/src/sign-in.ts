import { claimsFromViewer } from "@kepu/auth";
import { unauthenticated, userError } from "@kepu/subgraph";
import { hash, verify } from "@node-rs/argon2";
import { recordAudit } from "./audit.js";
import type { Context } from "./builder.js";
import type { Db } from "./db.js";
import { lockedMessage } from "./domain/lockout.js";
import { hashSecret, newSecret, successorSecret } from "./secrets.js";
import { clearFailures, reserveAttempt } from "./sign-in-throttle.js";

/**
 * Sign-ins: a short-lived access token (JWT, what every subgraph verifies) and a long-lived opaque
 * refresh token (only its hash is stored) that is rotated on every use. The refresh tokens of one
 * sign-in form a family; ending the sign-in revokes the family. A rotated token presented again
 * within `refreshGraceSeconds` of its rotation (two tabs, or a retry after a lost answer) yields
 * the same successor; later it means a copy exists, and ends the sign-in.
 */
export const refreshTokenTtlDays = 30;
/** How long after a rotation the old refresh token still yields the same successor. */
export const refreshGraceSeconds = 20;

/** What signIn, refreshSession and acceptInvitation hand out. */
export interface SignInTokens {
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
      },
      user.rightsVersion,
    ),
    ctx.accessTokenTtlSeconds,
  );
}

const refreshExpiry = () => new Date(Date.now() + refreshTokenTtlDays * 86_400_000);

/** Starts a sign-in for `userId`: an access token and the first refresh token of a new family. */
export async function issueSession(ctx: Context, userId: string): Promise<SignInTokens> {
  const refreshToken = newSecret();
  const row = await ctx.db.refreshToken.create({
    data: { userId, tokenHash: hashSecret(refreshToken), familyId: newSecret(), expiresAt: refreshExpiry() },
  });
  return {
    accessToken: await signAccessToken(ctx, userId),
    expiresInSeconds: ctx.accessTokenTtlSeconds,
    refreshToken,
    refreshExpiresAt: row.expiresAt,
    userId,
  };
}

/** Ends one sign-in: every refresh token of its family stops working. */
export async function endSignIn(db: Db, familyId: string): Promise<void> {
  await db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Anything that can write refresh tokens: the client or a transaction. */
type TokenWriter = Pick<Db, "refreshToken">;

/**
 * Ends every sign-in of `userId` (sign out everywhere, removal from a unit); returns how many were
 * live (families whose newest token was neither revoked nor expired).
 */
export async function endAllSignIns(db: TokenWriter, userId: string): Promise<number> {
  const now = new Date();
  const live = await db.refreshToken.count({
    where: { userId, revokedAt: null, rotatedAt: null, expiresAt: { gt: now } },
  });
  await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return live;
}

const expired = () => unauthenticated("登录已过期，请重新登录");

/**
 * Exchanges a refresh token for its successor and a new access token. The first exchange claims
 * the token atomically (`rotatedAt` set where it is null) and stores the successor's hash; a
 * concurrent or slightly later exchange of the same token, within `refreshGraceSeconds` of the
 * rotation, gets the same successor (derived, `successorSecret`, never stored in plain); any later
 * one is a reuse, ends the sign-in and is refused (UNAUTHENTICATED).
 */
export async function rotateRefreshToken(ctx: Context, secret: string): Promise<SignInTokens> {
  const current = await ctx.db.refreshToken.findUnique({ where: { tokenHash: hashSecret(secret) } });
  if (!current || current.revokedAt || current.expiresAt <= new Date()) throw expired();
  const successor = successorSecret(ctx.refreshRotationKey, secret);
  const successorHash = hashSecret(successor);
  const won = await ctx.db.$transaction(async (tx) => {
    // Row-locked: of two concurrent claims the second waits, then finds rotatedAt set.
    const claimed = await tx.refreshToken.updateMany({
      where: { id: current.id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: new Date() },
    });
    if (claimed.count === 0) return null;
    const next = await tx.refreshToken.create({
      data: {
        userId: current.userId,
        tokenHash: successorHash,
        familyId: current.familyId,
        expiresAt: refreshExpiry(),
      },
    });
    await tx.refreshToken.update({ where: { id: current.id }, data: { replacedById: next.id } });
    return next;
  });
  const handOut = async (refreshExpiresAt: Date): Promise<SignInTokens> => ({
    accessToken: await signAccessToken(ctx, current.userId),
    expiresInSeconds: ctx.accessTokenTtlSeconds,
    refreshToken: successor,
    refreshExpiresAt,
    userId: current.userId,
  });
  if (won) return handOut(won.expiresAt);
  // Rotated already: by a concurrent exchange (same successor), or long ago (a copy is replayed).
  const [rotated, next] = await Promise.all([
    ctx.db.refreshToken.findUnique({ where: { id: current.id } }),
    ctx.db.refreshToken.findUnique({ where: { tokenHash: successorHash } }),
  ]);
  const now = Date.now();
  const withinGrace =
    rotated?.rotatedAt &&
    !rotated.revokedAt &&
    now - rotated.rotatedAt.getTime() <= refreshGraceSeconds * 1000 &&
    next &&
    !next.revokedAt &&
    next.expiresAt.getTime() > now;
  if (withinGrace) return handOut(next.expiresAt);
  await endSignIn(ctx.db, current.familyId);
  throw expired();
}

// Verifying against a real hash for unknown e-mails too keeps the answer time the same either way.
// Made on first need, not at start-up.
let unknownUserHash: Promise<string> | undefined;
const fillerHash = () => {
  unknownUserHash ??= hash("no such user: constant-time filler");
  return unknownUserHash;
};

/**
 * Checks an e-mail (normalized) and password; returns the user's id or throws. Registered and
 * unknown addresses take the same steps — an attempt reserved for the address before any check
 * (sign-in-throttle.ts: 5 checked, then locked, counted atomically), an argon2 verification, one
 * message — so neither the answer, the lockout nor the time tells whether an account exists.
 * Errors: TOO_MANY_ATTEMPTS (with `retryAfterSeconds`) while locked; UNAUTHENTICATED 「邮箱或密码错误」.
 */
export async function verifyCredentials(ctx: Context, email: string, password: string): Promise<string> {
  const attempt = await reserveAttempt(ctx.db, email);
  if (!attempt.granted) {
    throw userError("TOO_MANY_ATTEMPTS", lockedMessage(attempt.retryAfterSeconds), {
      retryAfterSeconds: attempt.retryAfterSeconds,
    });
  }
  const user = await ctx.db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const verified = await verify(user?.passwordHash ?? (await fillerHash()), password);
  if (user && verified) {
    await clearFailures(ctx.db, email);
    return user.id;
  }
  if (user && attempt.lockSeconds > 0) {
    await recordAudit(ctx.db, {
      action: "ACCOUNT_LOCKED",
      actorId: null,
      subjectUserId: user.id,
      detail: { failures: attempt.failures, lockSeconds: attempt.lockSeconds },
    });
  }
  throw unauthenticated("邮箱或密码错误");
}
