import { unauthenticated, userError } from "@kepu/subgraph";
import { hash, verify } from "@node-rs/argon2";
import { recordAudit } from "./audit.js";
import type { Context } from "./builder.js";
import { lockedMessage } from "./domain/lockout.js";
import { clearFailures, reserveAttempt } from "./sign-in-throttle.js";

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
