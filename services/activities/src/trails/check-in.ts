import { userError } from "@kepu/subgraph";
import type { Db } from "../db.js";
import { codeForWindow, normalizeCode, verifyCode, windowOf } from "../domain/check-in-code.js";
import { attemptWindowMinutes, maxCodeAttempts, whyCheckInClosed } from "../domain/trail.js";
import type { TrailCheckIn } from "../generated/prisma/client.js";

/** How far back a typed code is recognised as an old one (to say "expired" rather than "wrong"). */
const expiredLookbackWindows = 24 * 60;

/** Whether `typed` was the stop's code in some window of the last day before the accepted ones. */
function wasOldCode(secret: string, typed: string, now: Date): boolean {
  const code = normalizeCode(typed);
  const current = windowOf(now);
  for (let back = 2; back <= expiredLookbackWindows; back += 1) {
    if (codeForWindow(secret, current - back) === code) return true;
  }
  return false;
}

/**
 * Counts one code attempt of `userId` at the stop, in one statement (an upsert whose row lock orders
 * concurrent attempts, so twenty guesses at once count twenty), and returns the count in the
 * current throttle window (a window older than `attemptWindowMinutes` starts again at 1).
 */
async function countAttempt(db: Db, stopId: string, userId: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - attemptWindowMinutes * 60_000);
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    INSERT INTO "TrailCodeAttempt" ("stopId", "userId", "attempts", "windowStartedAt")
    VALUES (${stopId}, ${userId}, 1, ${now})
    ON CONFLICT ("stopId", "userId") DO UPDATE SET
      "attempts" = CASE WHEN "TrailCodeAttempt"."windowStartedAt" < ${windowStart} THEN 1
                        ELSE "TrailCodeAttempt"."attempts" + 1 END,
      "windowStartedAt" = CASE WHEN "TrailCodeAttempt"."windowStartedAt" < ${windowStart} THEN ${now}
                               ELSE "TrailCodeAttempt"."windowStartedAt" END
    RETURNING "attempts"`;
  return Number(rows[0]?.attempts ?? maxCodeAttempts + 1);
}

export interface CheckInOutcome {
  checkIn: TrailCheckIn;
  /** The person had checked in at this stop before (nothing new was written). */
  alreadyCheckedIn: boolean;
  /** When the trail was completed, if it is (written once, by the check-in that completed it). */
  completedAt: Date | null;
}

/**
 * Checks `userId` in at a stop with the code they read at the venue (issue 9 §5). Refused with a
 * clear error, writing no check-in, when the stop is unknown (NOT_FOUND), its trail unpublished or
 * its activity not on now (whyCheckInClosed), after too many attempts (TOO_MANY_ATTEMPTS, counted
 * in the database before the code is compared), or for a wrong or expired code (BAD_USER_INPUT).
 * Checking in again at a stop returns the first check-in.
 *
 * The write is one transaction: the check-in row (unique per person and stop: of two at once, one
 * inserts and the other finds it), then the person's progress row (an upsert: its row lock orders
 * the person's concurrent check-ins on the trail), then completion, set only while completedAt is
 * null and every stop of the trail has a check-in, so it is written once.
 */
export async function checkIn(
  db: Db,
  stopId: string,
  userId: string,
  typedCode: string,
  now = new Date(),
): Promise<CheckInOutcome> {
  const stop = await db.trailStop.findUnique({
    where: { id: stopId },
    select: {
      id: true,
      trailId: true,
      secret: true,
      trail: { select: { status: true } },
      activity: {
        select: {
          status: true,
          listed: true,
          sessions: { select: { startsAt: true, endsAt: true, cancelledAt: true } },
        },
      },
    },
  });
  if (!stop) throw userError("NOT_FOUND", "未找到该打卡站点", { field: "stopId" });
  // A trail taken back to draft takes no check-in and answers nothing of itself, not even to repeat one.
  const unpublished = whyCheckInClosed(stop.trail.status, null, now);
  if (unpublished) throw userError(unpublished.code, unpublished.message, { field: "stopId" });
  const existing = await db.trailCheckIn.findUnique({ where: { stopId_userId: { stopId, userId } } });
  if (existing)
    return { checkIn: existing, alreadyCheckedIn: true, completedAt: await completedAt(db, stop.trailId, userId) };
  const closed = whyCheckInClosed(stop.trail.status, stop.activity, now);
  if (closed) throw userError(closed.code, closed.message, { field: "stopId" });
  const attempts = await countAttempt(db, stopId, userId, now);
  if (attempts > maxCodeAttempts) {
    throw userError("TOO_MANY_ATTEMPTS", `打卡码输错次数过多，请${attemptWindowMinutes}分钟后再试`, {
      field: "code",
      retryAfterSeconds: attemptWindowMinutes * 60,
    });
  }
  if (!verifyCode(stop.secret, typedCode, now)) {
    const message = wasOldCode(stop.secret, typedCode, now)
      ? "打卡码已过期，请输入现场屏幕上当前显示的打卡码"
      : "打卡码不正确，请核对现场屏幕上显示的6位数字";
    throw userError("BAD_USER_INPUT", message, { field: "code" });
  }
  return db.$transaction(
    async (tx) => {
      // The stop row is share-locked until commit: an edit removing the stop (stops.ts locks it FOR
      // UPDATE) either waits and then sees this check-in, or has removed it and this one is refused.
      const live = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "TrailStop" WHERE "id" = ${stopId} FOR SHARE`;
      if (live.length === 0) throw userError("NOT_FOUND", "该打卡站点已被移除", { field: "stopId" });
      const inserted = await tx.$queryRaw<TrailCheckIn[]>`
        INSERT INTO "TrailCheckIn" ("id", "trailId", "stopId", "userId", "at")
        VALUES (${crypto.randomUUID()}, ${stop.trailId}, ${stopId}, ${userId}, ${now})
        ON CONFLICT ("stopId", "userId") DO NOTHING
        RETURNING *`;
      const fresh = inserted[0];
      if (!fresh) {
        // The same person at the same stop at the same moment: the other request wrote it.
        const first = await tx.trailCheckIn.findUniqueOrThrow({ where: { stopId_userId: { stopId, userId } } });
        return { checkIn: first, alreadyCheckedIn: true, completedAt: await completedAt(tx, stop.trailId, userId) };
      }
      await tx.$executeRaw`
        INSERT INTO "TrailProgress" ("trailId", "userId", "checkIns", "updatedAt")
        VALUES (${stop.trailId}, ${userId}, 1, ${now})
        ON CONFLICT ("trailId", "userId") DO UPDATE SET
          "checkIns" = "TrailProgress"."checkIns" + 1, "updatedAt" = ${now}`;
      // Under the progress row's lock: every check-in of this person on this trail that committed
      // before is visible to this statement, so the one that completes the trail sees all stops.
      await tx.$executeRaw`
        UPDATE "TrailProgress" p SET "completedAt" = ${now}
        WHERE p."trailId" = ${stop.trailId} AND p."userId" = ${userId} AND p."completedAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM "TrailStop" s
            WHERE s."trailId" = ${stop.trailId}
              AND NOT EXISTS (SELECT 1 FROM "TrailCheckIn" c WHERE c."stopId" = s."id" AND c."userId" = ${userId}))`;
      return { checkIn: fresh, alreadyCheckedIn: false, completedAt: await completedAt(tx, stop.trailId, userId) };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

type Reader = Pick<Db, "trailProgress">;

async function completedAt(db: Reader, trailId: string, userId: string): Promise<Date | null> {
  const progress = await db.trailProgress.findUnique({
    where: { trailId_userId: { trailId, userId } },
    select: { completedAt: true },
  });
  return progress?.completedAt ?? null;
}
