import type { Db } from "./db.js";
import {
  firstLockSeconds,
  forgetFailuresAfterHours,
  freeAttempts,
  lockSecondsAfter,
  maxLockSeconds,
} from "./domain/lockout.js";
import { Prisma } from "./generated/prisma/client.js";

/** The answer to "may one more password be checked for this address?". */
export type AttemptReservation =
  /** Checked: `failures` counts this attempt; `lockSeconds` is the lock it set (0 = none). */
  | { granted: true; failures: number; lockSeconds: number }
  /** Refused before any check: the address is locked for `retryAfterSeconds` more. */
  | { granted: false; retryAfterSeconds: number };

/** One of our own integer constants as SQL text (never input: the values come from domain/lockout.ts). */
function integer(value: number): Prisma.Sql {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return Prisma.raw(String(value));
}

/** `lockSecondsAfter(n)` (domain/lockout.ts) in SQL; a test keeps the two equal. */
function lockSecondsSql(failures: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${failures} <= ${integer(freeAttempts)} THEN 0
    ELSE LEAST(${integer(maxLockSeconds)},
      ${integer(firstLockSeconds)} * power(2, LEAST(${failures} - ${integer(freeAttempts + 1)}, 20)))::int END)`;
}

const lockedUntilSql = (failures: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${lockSecondsSql(failures)} > 0 THEN now() + make_interval(secs => ${lockSecondsSql(failures)}) END)`;

/**
 * Reserves one sign-in attempt for `email` (already normalized) before its password is checked, in
 * one `INSERT … ON CONFLICT DO UPDATE … WHERE not locked … RETURNING`: the count and the lock it
 * earns are written atomically (the row is locked for the statement), so of any number of parallel
 * attempts no more than `checkedBeforeLock` (5) are granted before the address is locked. The
 * attempt counts as a failure until `clearFailures` (a right password) says otherwise. Registered
 * and unknown addresses are treated alike. 24 hours without an attempt start the count again.
 */
export async function reserveAttempt(db: Db, email: string, retried = false): Promise<AttemptReservation> {
  const counted = Prisma.sql`(CASE WHEN t."lastAttemptAt" < now() - make_interval(hours => ${integer(forgetFailuresAfterHours)})
    THEN 1 ELSE t."failures" + 1 END)`;
  const granted = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("email", "failures", "lockedUntil", "lastAttemptAt")
    VALUES (${email}, 1, ${lockedUntilSql(Prisma.sql`1`)}, now())
    ON CONFLICT ("email") DO UPDATE SET
      "failures" = ${counted},
      "lockedUntil" = ${lockedUntilSql(counted)},
      "lastAttemptAt" = now()
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= now()
    RETURNING t."failures"`;
  const row = granted[0];
  if (row) return { granted: true, failures: row.failures, lockSeconds: lockSecondsAfter(row.failures) };
  const [locked] = await db.$queryRaw<{ wait: number }[]>`
    SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("lockedUntil" - now()))))::int AS "wait"
    FROM "SignInThrottle" WHERE "email" = ${email} AND "lockedUntil" > now()`;
  if (locked) return { granted: false, retryAfterSeconds: locked.wait };
  // The lock ended (or a right password cleared it) between the two statements: ask once more.
  if (!retried) return reserveAttempt(db, email, true);
  return { granted: false, retryAfterSeconds: 1 };
}

/**
 * A right password: the address starts again with no failures and no lock. Rows of addresses not
 * tried for 24 hours (whose count would start again anyway) go too, so guesses at made-up addresses
 * leave at most a day of rows behind.
 */
export async function clearFailures(db: Db, email: string): Promise<void> {
  const forgotten = new Date(Date.now() - forgetFailuresAfterHours * 3_600_000);
  await db.signInThrottle.deleteMany({
    where: {
      OR: [
        { email },
        { lastAttemptAt: { lt: forgotten }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }] },
      ],
    },
  });
}
