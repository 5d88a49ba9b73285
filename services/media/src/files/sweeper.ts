import type { Db } from "../db.js";
import { adjustStorage } from "../domain/storage-quota.js";
import type { FilesContext } from "./context.js";
import { removeStaged } from "./uploads.js";

/** How often the sweeper runs (ms). */
export const sweepEveryMs = 10 * 60 * 1000;

/**
 * Removes what was never finished or never used (issue 8 §1: an upload that fails, is abandoned or
 * never gets attached leaves no bytes and no record): every asset past its `expiresAt` that is still
 * uploading, or ready but attached to nothing. Its staged bytes, stored copies, row and quota go.
 * Returns how many assets were swept. Safe to run on several replicas at once (each asset is deleted
 * by whoever deletes its row first).
 */
export async function sweepExpiredAssets(db: Db, files: FilesContext, now = new Date()): Promise<number> {
  const expired = await db.asset.findMany({
    where: { expiresAt: { lt: now }, OR: [{ status: "UPLOADING" }, { status: "READY", attachedAt: null }] },
    take: 500,
  });
  let swept = 0;
  for (const asset of expired) {
    const released = asset.status === "READY" ? (asset.bytes ?? 0) : asset.declaredBytes;
    const deleted = await db.$transaction(async (tx) => {
      const { count } = await tx.asset.deleteMany({
        where: { id: asset.id, status: asset.status, attachedAt: null, expiresAt: { lt: now } },
      });
      if (count === 1) await adjustStorage(tx, asset.ownerOrgId, -released);
      return count === 1;
    });
    if (!deleted) continue;
    await removeStaged(files.stagingDir, asset.id);
    await files.store.deletePrefix(`assets/${asset.id}`);
    swept += 1;
  }
  return swept;
}
