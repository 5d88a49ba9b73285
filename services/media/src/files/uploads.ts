import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import type { Db } from "../db.js";
import { adjustStorage } from "../domain/storage-quota.js";
import { uploadPurposes, uploadWindowMs } from "../domain/upload-purposes.js";
import type { FilesContext } from "./context.js";
import { FileRefusal, inspectFile } from "./inspect.js";
import { hashUploadToken } from "./signing.js";

/** The header that carries the upload grant's token on every tus request. */
export const uploadTokenHeader = "upload-token";

/** A tus error: the status and the body (plain text, Chinese) the uploader gets. */
function refuse(status: number, body: string): never {
  throw { status_code: status, body };
}

/**
 * Resumable uploads (the tus protocol, `@tus/server`) at `/uploads`. Each upload is one Asset
 * granted by `requestUpload`: its token is sent in `Upload-Token` on every request (creation,
 * HEAD, PATCH, DELETE), the upload's id is the asset's id, and its length may not exceed what was
 * granted. When the last byte arrives the bytes are inspected (`inspectFile`); the asset becomes
 * READY with its copies stored, or the upload is refused (422 with the reason) and its bytes, its row
 * and its reserved quota are all removed.
 */
export function createUploadServer(db: Db, files: FilesContext): Server {
  async function grantFor(request: Request, assetId?: string) {
    const token = request.headers.get(uploadTokenHeader);
    if (!token) refuse(401, "缺少上传凭证（Upload-Token），请重新发起上传");
    const asset = await db.asset.findUnique({ where: { uploadTokenHash: hashUploadToken(token) } });
    if (!asset || (assetId && asset.id !== assetId)) refuse(403, "上传凭证无效");
    if (asset.status !== "UPLOADING") refuse(409, "该文件已上传完成或已被拒绝，请重新发起上传");
    if (asset.expiresAt && asset.expiresAt.getTime() < Date.now()) refuse(410, "上传凭证已过期，请重新发起上传");
    return asset;
  }

  const server: Server = new Server({
    path: "/uploads",
    datastore: new FileStore({ directory: files.stagingDir, expirationPeriodInMilliseconds: uploadWindowMs }),
    relativeLocation: false,
    generateUrl: (_request, { path: route, id }) => `${files.publicUrl}${route}/${id}`,
    allowedHeaders: [uploadTokenHeader],
    allowedOrigins: files.uploadOrigins,
    disableTerminationForFinishedUploads: true,
    maxSize: async (request, uploadId) => {
      if (!uploadId) return Math.max(...Object.values(uploadPurposes).map((purpose) => purpose.maxBytes));
      return (await grantFor(request, uploadId)).declaredBytes;
    },
    namingFunction: async (request) => (await grantFor(request)).id,
    onIncomingRequest: async (request, uploadId) => {
      if (request.method === "OPTIONS") return;
      if (request.method === "POST") await grantFor(request);
      else await grantFor(request, uploadId);
    },
    onUploadCreate: async (request, upload) => {
      const asset = await grantFor(request, upload.id);
      if (upload.size === undefined) refuse(400, "请在开始上传时给出文件大小（不支持延后声明长度）");
      if (upload.size > asset.declaredBytes) {
        refuse(413, `文件大小 ${upload.size} 字节超过申请上传时的 ${asset.declaredBytes} 字节`);
      }
      return {};
    },
    onUploadFinish: async (_request, upload) => {
      const staged = path.join(files.stagingDir, upload.id);
      const asset = await db.asset.findUniqueOrThrow({ where: { id: upload.id } });
      try {
        const inspected = await inspectFile(staged, uploadPurposes[asset.purpose], files.mediaTools);
        const original = await readFile(staged);
        await files.store.put(`assets/${asset.id}/original`, original, inspected.mime);
        for (const derivative of inspected.derivatives) {
          await files.store.put(`assets/${asset.id}/${derivative.variant}`, derivative.body, derivative.mime);
        }
        const stored = original.length + inspected.derivatives.reduce((sum, d) => sum + d.body.length, 0);
        await db.$transaction(async (tx) => {
          await tx.asset.update({
            where: { id: asset.id },
            data: {
              status: "READY",
              bytes: stored,
              mime: inspected.mime,
              width: inspected.width ?? null,
              height: inspected.height ?? null,
              durationSeconds: inspected.durationSeconds ?? null,
              variants: ["original", ...inspected.derivatives.map((d) => d.variant)],
              uploadTokenHash: null,
              // Now it must be attached to something within the window, or it is swept.
              expiresAt: new Date(Date.now() + uploadWindowMs),
            },
          });
          await adjustStorage(tx, asset.ownerOrgId, stored - asset.declaredBytes);
        });
        return { status_code: 204, headers: { "x-asset-id": asset.id } };
      } catch (error) {
        if (!(error instanceof FileRefusal)) throw error;
        await files.store.deletePrefix(`assets/${asset.id}`);
        // A refused file leaves nothing behind: no bytes, no row, no quota taken.
        await db.$transaction(async (tx) => {
          await tx.asset.delete({ where: { id: asset.id } });
          await adjustStorage(tx, asset.ownerOrgId, -asset.declaredBytes);
        });
        refuse(422, error.message);
      } finally {
        await removeStaged(files.stagingDir, upload.id);
      }
    },
  });
  return server;
}

/** Removes what tus staged for an upload (its bytes and its `.json` info file). */
export async function removeStaged(stagingDir: string, id: string): Promise<void> {
  await Promise.all([
    rm(path.join(stagingDir, id), { force: true }),
    rm(path.join(stagingDir, `${id}.json`), { force: true }),
  ]);
}
