import type { OrgPlace } from "@kepu/auth";
import type { HttpRoutes } from "@kepu/server";
import type { OrgDirectory } from "@kepu/subgraph";
import type { Db } from "../db.js";

/** How often each activities process runs the clock (ms). */
export const clockEveryMs = 60 * 1000;

/** At most this many activities are finished per run (the next run takes the rest). */
const finishBatch = 1000;

/** The note an ActivityEvent written by the clock carries. */
export const finishedByClockNote = "活动已结束（系统按结束时间自动标记）";

/**
 * Steps every activity whose last session has ended to FINISHED (issue 9 §2/§6: published → finished
 * → reported), each with an ActivityEvent by the system (actorId null), in ONE statement: the rows
 * are picked and locked (`FOR UPDATE SKIP LOCKED`), updated, and their events inserted from the
 * UPDATE's RETURNING. So it is idempotent (a finished row no longer matches) and safe with several
 * replicas running it at once (a row locked by one is skipped by the other; after its commit it no
 * longer matches): every activity is finished exactly once, with exactly one event.
 *
 * What "ended" means: `endsAt` (the envelope of its sessions that are not cancelled) is past, for a
 * PUBLISHED activity; a listed one whose edit was sent back (REJECTED) once the approved content has
 * ended (the edit is dropped: it can no longer happen); a listed one whose edit waits for review
 * (SUBMITTED) once both the approved content and the edit have ended. Drafts, submitted new
 * activities and rejected ones never published are left alone (they never took place); cancelled
 * ones stay cancelled. `ids` limits the run to those activities (reporting finishes its own activity
 * at once rather than waiting for the next run). Returns the ids finished.
 */
export async function finishEndedActivities(db: Db, now = new Date(), ids?: readonly string[]): Promise<string[]> {
  const only = ids ? [...ids] : null;
  const rows = await db.$queryRaw<{ activityId: string }[]>`
    WITH picked AS (
      SELECT "id", "status" AS "was" FROM "Activity"
      WHERE "endsAt" <= ${now}
        AND (${only}::text[] IS NULL OR "id" = ANY(${only}::text[]))
        AND ("status" = 'PUBLISHED'
          OR ("listed" AND "status" = 'REJECTED')
          OR ("listed" AND "status" = 'SUBMITTED'
            AND ("pendingEdit" IS NULL OR ("pendingEdit"->>'endsAt')::timestamptz <= ${now})))
      ORDER BY "endsAt", "id"
      LIMIT ${finishBatch}
      FOR UPDATE SKIP LOCKED
    ),
    finished AS (
      UPDATE "Activity" a SET "status" = 'FINISHED', "pendingEdit" = NULL, "updatedAt" = ${now}
      FROM picked WHERE a."id" = picked."id"
      RETURNING a."id", picked."was"
    )
    INSERT INTO "ActivityEvent" ("id", "activityId", "action", "fromStatus", "toStatus", "actorId", "note", "at")
    SELECT gen_random_uuid()::text, finished."id", 'FINISH', finished."was", 'FINISHED', NULL, ${finishedByClockNote}, ${now}
    FROM finished
    RETURNING "activityId"`;
  return rows.map((row) => row.activityId);
}

/** A host's place as stored on its activities: its ancestors' ids, root first, then its own. */
export const hostPathOf = (place: OrgPlace): string[] => [...place.ancestorIds, place.id];

/**
 * Writes the host's place (hostPath) on activities written before it was kept, up to `batch` hosts
 * per run, asking the place-loader (one batched `_entities` call). Hosts that no longer exist keep an
 * empty path (they count nowhere but under their own id). Returns how many hosts were placed.
 */
export async function fillHostPaths(db: Db, directory: OrgDirectory, batch = 500): Promise<number> {
  const hosts = await db.$queryRaw<{ hostOrgId: string }[]>`
    SELECT DISTINCT "hostOrgId" FROM "Activity" WHERE cardinality("hostPath") = 0 LIMIT ${batch}`;
  if (!hosts.length) return 0;
  const places = await Promise.all(hosts.map((host) => directory.place(host.hostOrgId)));
  let placed = 0;
  for (const place of places) {
    if (!place) continue;
    await db.activity.updateMany({
      where: { hostOrgId: place.id, hostPath: { isEmpty: true } },
      data: { hostPath: hostPathOf(place) },
    });
    placed += 1;
  }
  return placed;
}

/**
 * Keeps hostPath right when units move in the tree (issue 9 §2 and §6: queues and figures follow the
 * tree as it is now). Each call takes the next `batch` hosts in id order (wrapping round at the end),
 * asks the place-loader where they sit now (one batched `_entities` call, cached ≤ 30 s), and rewrites
 * the path on their activities where it differs — one UPDATE per host that moved, none otherwise.
 * With the clock's 60 s and 500 hosts a call, a move shows in figures within a minute for up to 500
 * hosts, and within ⌈hosts / 500⌉ minutes in general. The position is per process (replicas each
 * sweep; the writes are idempotent). Returns a function that runs one call and says how many hosts'
 * activities it rewrote.
 */
export function hostPathRefresher(db: Db, directory: OrgDirectory, batch = 500): () => Promise<number> {
  let after = "";
  return async () => {
    const hosts = await db.$queryRaw<{ hostOrgId: string }[]>`
      SELECT DISTINCT "hostOrgId" FROM "Activity" WHERE "hostOrgId" > ${after}
      ORDER BY "hostOrgId" LIMIT ${batch}`;
    after = hosts.length < batch ? "" : (hosts.at(-1)?.hostOrgId ?? "");
    const places = await Promise.all(hosts.map((host) => directory.place(host.hostOrgId)));
    let moved = 0;
    for (const place of places) {
      if (!place) continue;
      const path = hostPathOf(place);
      const { count } = await db.activity.updateMany({
        where: { hostOrgId: place.id, NOT: { hostPath: { equals: path } } },
        data: { hostPath: path },
      });
      if (count > 0) moved += 1;
    }
    return moved;
  };
}

/**
 * The clock of each activities process: at start and every `clockEveryMs`, finishes what has ended,
 * places hosts not yet placed and re-places hosts that moved (`hostPathRefresher`). Several replicas may run it at once (see finishEndedActivities).
 * Returned as routes (that handle nothing) so the server stops it when it closes.
 */
export function activityClock(db: Db, directory: OrgDirectory, everyMs = clockEveryMs): HttpRoutes {
  let running: Promise<unknown> = Promise.resolve();
  const refreshHostPaths = hostPathRefresher(db, directory);
  const tick = () => {
    running = running
      .then(async () => {
        await finishEndedActivities(db);
        await fillHostPaths(db, directory);
        await refreshHostPaths();
      })
      .catch((error: unknown) =>
        console.error(
          JSON.stringify({ level: "error", service: "activities", message: `clock failed: ${String(error)}` }),
        ),
      );
  };
  const first = setTimeout(tick, 1000);
  first.unref();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    handle: async () => false,
    async close() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
