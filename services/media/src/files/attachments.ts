import { userError } from "@kepu/subgraph";
import { uploadPurposes, uploadWindowMs } from "../domain/upload-purposes.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { AssetPurpose } from "../generated/prisma/enums.js";

type Tx = Prisma.TransactionClient;

/** One slot a file may fill: which field names it and which purposes fit. */
export interface AttachmentSlot {
  field: string;
  ids: readonly string[];
  purposes: readonly AssetPurpose[];
}

/**
 * Attaches files to `target` ("work:<id>", the one thing a file belongs to) inside the caller's
 * transaction, and lets go of the ones `target` no longer uses (`keep` names the ids still used
 * elsewhere by it, e.g. by its public version). Each file must exist, be READY, belong to
 * `ownerOrgId`, fit its slot's purposes and not be attached to anything else; otherwise
 * BAD_USER_INPUT naming the field, and the caller's transaction rolls back. Attaching is one
 * conditional UPDATE, so two things racing for one file cannot both get it. A file let go returns to
 * expiry (the sweeper removes it after `uploadWindowMs`) and out of public view at once.
 */
export async function attachFiles(
  tx: Tx,
  target: string,
  ownerOrgId: string,
  slots: readonly AttachmentSlot[],
  keep: readonly string[] = [],
): Promise<void> {
  const wanted = slots.flatMap((slot) => slot.ids);
  if (new Set(wanted).size !== wanted.length) {
    throw userError("BAD_USER_INPUT", "同一个文件不能重复使用", { field: slots[0]?.field ?? "fileAssetIds" });
  }
  const found = await tx.asset.findMany({ where: { id: { in: wanted } } });
  const byId = new Map(found.map((asset) => [asset.id, asset]));
  for (const slot of slots) {
    for (const id of slot.ids) {
      const asset = byId.get(id);
      const problem = !asset
        ? `文件不存在：${id}`
        : asset.ownerOrgId !== ownerOrgId
          ? "只能使用本单位上传的文件"
          : asset.status !== "READY"
            ? asset.status === "UPLOADING"
              ? "文件尚未上传完成"
              : "文件未通过检查，不能使用"
            : !slot.purposes.includes(asset.purpose)
              ? `此处需要${slot.purposes.map((p) => uploadPurposes[p].zh).join("或")}，该文件是${uploadPurposes[asset.purpose].zh}`
              : asset.attachedTo !== null && asset.attachedTo !== target
                ? "该文件已用于其他内容"
                : null;
      if (problem) throw userError("BAD_USER_INPUT", problem, { field: slot.field });
    }
  }
  const now = new Date();
  const { count } = await tx.asset.updateMany({
    where: { id: { in: wanted }, status: "READY", ownerOrgId, OR: [{ attachedTo: null }, { attachedTo: target }] },
    data: { attachedTo: target, attachedAt: now, expiresAt: null },
  });
  if (count !== wanted.length) throw userError("CONFLICT", "文件刚被用于其他内容，请刷新后重试");
  await releaseFiles(tx, target, [...wanted, ...keep], now);
}

/**
 * Lets go of every file attached to `target` except `keep`: out of public view with every URL
 * issued before revoked (urlVersion bumped), and back to expiry. With an empty `keep`, everything.
 */
export async function releaseFiles(tx: Tx, target: string, keep: readonly string[], now = new Date()): Promise<void> {
  await tx.asset.updateMany({
    where: { attachedTo: target, id: { notIn: [...keep] } },
    data: {
      attachedTo: null,
      attachedAt: null,
      public: false,
      urlVersion: { increment: 1 },
      expiresAt: new Date(now.getTime() + uploadWindowMs),
    },
  });
}

/**
 * Makes exactly `publicIds` of the files attached to `target` public (what its public version shows;
 * purposes that are never public stay private), and takes the others out of view at once: their
 * `urlVersion` is bumped, so every URL issued before stops (issue 8: "taking a file out of public view
 * must stop every URL to it at once"). Runs in the caller's transaction with the change that causes it.
 */
export async function setPublicFiles(tx: Tx, target: string, publicIds: readonly string[]): Promise<void> {
  const publicPurposes = (Object.keys(uploadPurposes) as AssetPurpose[]).filter(
    (purpose) => uploadPurposes[purpose].publicOnceAttached,
  );
  await tx.asset.updateMany({
    where: { attachedTo: target, public: true, id: { notIn: [...publicIds] } },
    data: { public: false, urlVersion: { increment: 1 } },
  });
  await tx.asset.updateMany({
    where: { attachedTo: target, public: false, id: { in: [...publicIds] }, purpose: { in: publicPurposes } },
    data: { public: true },
  });
}
