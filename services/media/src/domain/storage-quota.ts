import type { Db } from "../db.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Reserves `bytes` of `orgId`'s storage quota in one statement (issue 8 §1: a storage quota per
 * org): the row is created or raised only while the total stays within `quotaBytes`, so concurrent
 * grants can never take more than the quota together. Returns the new total, or undefined when the
 * reservation would exceed the quota (nothing changed). Run it in the transaction that records what
 * the bytes are for.
 */
export async function reserveStorage(
  tx: Tx,
  orgId: string,
  bytes: number,
  quotaBytes: number,
): Promise<bigint | undefined> {
  const rows = await tx.$queryRaw<{ usedBytes: bigint }[]>`
    INSERT INTO "OrgStorage" ("orgId", "usedBytes")
    SELECT ${orgId}, ${bytes}::bigint WHERE ${bytes}::bigint <= ${quotaBytes}::bigint
    ON CONFLICT ("orgId") DO UPDATE SET "usedBytes" = "OrgStorage"."usedBytes" + EXCLUDED."usedBytes"
    WHERE "OrgStorage"."usedBytes" + EXCLUDED."usedBytes" <= ${quotaBytes}::bigint
    RETURNING "usedBytes"`;
  return rows[0]?.usedBytes;
}

/** Changes `orgId`'s used bytes by `delta` (negative releases), never below zero; atomic. */
export async function adjustStorage(db: Db | Tx, orgId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await db.$executeRaw`
    UPDATE "OrgStorage" SET "usedBytes" = GREATEST(0, "usedBytes" + ${delta}::bigint) WHERE "orgId" = ${orgId}`;
}

/** Bytes `orgId` uses now (0 when it never uploaded). */
export async function usedStorage(db: Db, orgId: string): Promise<number> {
  const row = await db.orgStorage.findUnique({ where: { orgId } });
  return Number(row?.usedBytes ?? 0n);
}
