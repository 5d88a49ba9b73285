import type { HttpRoutes } from "@kepu/server";
import type { Db } from "../db.js";
import type { FilesContext } from "./context.js";
import { serveFile } from "./downloads.js";
import { sweepEveryMs, sweepExpiredAssets } from "./sweeper.js";
import { createUploadServer } from "./uploads.js";

/**
 * The media service's HTTP routes beside GraphQL: `/uploads` (tus) and `/files/<id>/<variant>`;
 * and the sweeper, every `sweepEveryMs`, while the service runs.
 */
export function fileRoutes(db: Db, files: FilesContext): HttpRoutes {
  const uploads = createUploadServer(db, files);
  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweepExpiredAssets(db, files).catch((error: unknown) =>
      console.error(JSON.stringify({ level: "error", service: "media", message: `sweep failed: ${String(error)}` })),
    );
  }, sweepEveryMs);
  timer.unref();
  return {
    async handle(req, res, url) {
      if (url.pathname === "/uploads" || url.pathname.startsWith("/uploads/")) {
        await uploads.handle(req, res);
        return true;
      }
      if (url.pathname.startsWith("/files/")) {
        await serveFile(db, files, req, res, url);
        return true;
      }
      return false;
    },
    async close() {
      clearInterval(timer);
      await sweeping;
    },
  };
}
