import { userError } from "@kepu/subgraph";
import type { Db } from "../db.js";
import { promotableCount, whyClosed } from "../domain/registration.js";
import type { Registration } from "../generated/prisma/client.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Interactive transactions here wait their turn on the session's row lock: under a burst (200 at
 * once for one session) a transaction may wait long for a connection (PGlite has one) or the lock.
 */
const burstTolerant = { maxWait: 60_000, timeout: 60_000 };

interface LockedSession {
  id: string;
  activityId: string;
  activityStatus: string;
  startsAt: Date;
  capacity: number | null;
  registrationRequired: boolean;
  confirmedCount: number;
  waitlistCount: number;
  cancelledAt: Date | null;
}

/**
 * Locks the session's row (SELECT … FOR UPDATE) for the rest of the transaction: every change of
 * its registrations and counts happens under this lock, so concurrent registrations, cancellations
 * and capacity changes of one session take turns and the counts never drift from the rows.
 */
async function lockSession(tx: Tx, sessionId: string): Promise<LockedSession | null> {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT s."id", s."activityId", a."status"::text AS "activityStatus", s."startsAt", s."capacity",
           s."registrationRequired", s."confirmedCount", s."waitlistCount", s."cancelledAt"
    FROM "ActivitySession" s JOIN "Activity" a ON a."id" = s."activityId"
    WHERE s."id" = ${sessionId}
    FOR UPDATE OF s`;
  return rows[0] ?? null;
}

/**
 * Gives places to those first on the waitlist while confirmed registrations are below the session's
 * current capacity (promotableCount), in waitlist order, in one statement each. Run under the
 * session's lock. Returns the promoted registrations (to tell them).
 */
async function promote(tx: Tx, session: LockedSession): Promise<Registration[]> {
  const count = promotableCount(session);
  if (count === 0) return [];
  const promoted = await tx.$queryRaw<Registration[]>`
    UPDATE "Registration" SET "status" = 'CONFIRMED', "confirmedAt" = now(), "updatedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "Registration"
      WHERE "sessionId" = ${session.id} AND "status" = 'WAITLISTED'
      ORDER BY "queueNumber" LIMIT ${count})
    RETURNING *`;
  await tx.$executeRaw`
    UPDATE "ActivitySession"
    SET "confirmedCount" = "confirmedCount" + ${promoted.length}, "waitlistCount" = "waitlistCount" - ${promoted.length},
        "updatedAt" = now()
    WHERE "id" = ${session.id}`;
  return promoted;
}

export interface Registrant {
  userId: string;
  name: string;
  phone: string | null;
  email: string | null;
}

/**
 * Registers `registrant` for the session: a place while there is one under the current capacity
 * and nobody waits, else the end of the waitlist. One row per person and session: registering again
 * while registered returns the existing registration unchanged; after a cancellation the row is
 * reused with a new waitlist number (so at the end of the queue). Refused, with nothing written,
 * when the session is not open (whyClosed) or unknown (NOT_FOUND).
 *
 * One SQL statement, so a burst (200 at once for one session) holds the session's row lock for one
 * statement each, not a transaction's round trips: the `locked` CTE waits for the row lock (FOR
 * UPDATE reads the newest counts once it has it), the place is decided from those counts, the row
 * is inserted or revived (ON CONFLICT sees rows committed after the statement's snapshot, so a
 * person registering twice at once gets one row), and the counts move by what was written.
 */
export async function register(db: Db, sessionId: string, registrant: Registrant, now = new Date()) {
  const rows = await db.$queryRaw<Registration[]>`
    WITH locked AS (
      SELECT s."id", s."activityId", s."capacity", s."confirmedCount", s."waitlistCount"
      FROM "ActivitySession" s JOIN "Activity" a ON a."id" = s."activityId"
      WHERE s."id" = ${sessionId} AND a."listed" -- isPublishedForPublic (domain/activity-status.ts)
        AND a."status" IN ('PUBLISHED', 'SUBMITTED', 'REJECTED', 'DRAFT') AND s."cancelledAt" IS NULL
        AND s."registrationRequired" AND s."startsAt" > ${now}
      FOR UPDATE OF s
    ), decided AS (
      SELECT "id", "activityId",
        CASE WHEN "capacity" IS NULL OR ("confirmedCount" < "capacity" AND "waitlistCount" = 0)
          THEN 'CONFIRMED' ELSE 'WAITLISTED' END::"RegistrationStatus" AS "place"
      FROM locked
    ), written AS (
      INSERT INTO "Registration" ("id", "sessionId", "activityId", "userId", "name", "phone", "email", "status",
                                  "confirmedAt", "updatedAt")
      SELECT ${crypto.randomUUID()}, d."id", d."activityId", ${registrant.userId}, ${registrant.name},
             ${registrant.phone}, ${registrant.email}, d."place",
             CASE WHEN d."place" = 'CONFIRMED' THEN now() END, now()
      FROM decided d
      ON CONFLICT ("sessionId", "userId") DO UPDATE SET
        "name" = EXCLUDED."name", "phone" = EXCLUDED."phone", "email" = EXCLUDED."email",
        "status" = EXCLUDED."status", "confirmedAt" = EXCLUDED."confirmedAt", "cancelledAt" = NULL,
        "queueNumber" = nextval(pg_get_serial_sequence('"Registration"', 'queueNumber')), "updatedAt" = now()
      WHERE "Registration"."status" = 'CANCELLED'
      RETURNING *
    ), counted AS (
      UPDATE "ActivitySession" SET
        "confirmedCount" = "confirmedCount" + (SELECT count(*) FROM written WHERE "status" = 'CONFIRMED'),
        "waitlistCount" = "waitlistCount" + (SELECT count(*) FROM written WHERE "status" = 'WAITLISTED'),
        "updatedAt" = now()
      WHERE "id" = ${sessionId} AND EXISTS (SELECT 1 FROM written)
    )
    SELECT * FROM written`;
  if (rows[0]) return rows[0];
  // Nothing written: registered already (return that), or the session is not open (say why).
  const existing = await db.registration.findUnique({
    where: { sessionId_userId: { sessionId, userId: registrant.userId } },
  });
  if (existing && existing.status !== "CANCELLED") return existing;
  const session = await db.activitySession.findUnique({
    where: { id: sessionId },
    include: { activity: { select: { status: true, listed: true } } },
  });
  if (!session) throw userError("NOT_FOUND", "未找到该场次", { field: "sessionId" });
  const closed = whyClosed(session, session.activity, now) ?? {
    code: "CONFLICT" as const,
    message: "报名未成功，请重试",
  };
  throw userError(closed.code, closed.message, { field: "sessionId" });
}

/**
 * Cancels a registration (by its registrant): it leaves the session and the waitlist, and those
 * waiting get the places free under the current capacity, in order. Cancelling a cancelled one
 * changes nothing. Returns the registration and whoever was promoted.
 */
export async function cancelRegistration(db: Db, registration: { id: string; sessionId: string }) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, registration.sessionId);
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id } });
    if (!session || current.status === "CANCELLED") return { registration: current, promoted: [] };
    const cancelled = await tx.registration.update({
      where: { id: current.id },
      data: { status: "CANCELLED", cancelledAt: new Date() },
    });
    const wasConfirmed = current.status === "CONFIRMED";
    const after = {
      ...session,
      confirmedCount: session.confirmedCount - (wasConfirmed ? 1 : 0),
      waitlistCount: session.waitlistCount - (wasConfirmed ? 0 : 1),
    };
    await tx.activitySession.update({
      where: { id: session.id },
      data: { confirmedCount: after.confirmedCount, waitlistCount: after.waitlistCount },
    });
    return { registration: cancelled, promoted: session.cancelledAt ? [] : await promote(tx, after) };
  }, burstTolerant);
}

/**
 * Sets a session's capacity (the host's organizer). Lowering it below the confirmed count takes no
 * place away; those confirmed keep theirs, and nobody is promoted until confirmed registrations
 * fall below the new capacity. Raising it promotes those waiting at once. Returns who was promoted.
 */
export async function setCapacity(db: Db, sessionId: string, capacity: number) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (!session) throw userError("NOT_FOUND", "未找到该场次", { field: "sessionId" });
    await tx.activitySession.update({ where: { id: sessionId }, data: { capacity } });
    return session.cancelledAt ? [] : promote(tx, { ...session, capacity });
  }, burstTolerant);
}

/**
 * Cancels a session (the host): it takes no more registrations, keeps its registrations as they
 * were (so the registrants can be told and see it in their list), and is left out of the
 * activity's time. Returns the registrations to tell (confirmed and waiting), or null when it was
 * already cancelled.
 */
export async function cancelSession(db: Db, sessionId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (!session) throw userError("NOT_FOUND", "未找到该场次", { field: "sessionId" });
    if (session.cancelledAt) return null;
    await tx.activitySession.update({
      where: { id: sessionId },
      data: { cancelledAt: new Date(), cancelReason: reason },
    });
    return tx.registration.findMany({
      where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      orderBy: { queueNumber: "asc" },
    });
  }, burstTolerant);
}
