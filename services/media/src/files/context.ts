import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ObjectStore, objectStoreFrom, type StorageSettings } from "@kepu/storage";
import type { MediaTools } from "./media-probe.js";

/** What the upload and file routes and the Asset resolvers share. */
export interface FilesContext {
  store: ObjectStore;
  /** Where tus keeps uploads in progress (a folder every replica of the service can reach). */
  stagingDir: string;
  /** Signs file URLs (FILE_URL_SECRET; the same for every replica). */
  urlSecret: string;
  /** The origin files and uploads are reached at by browsers, e.g. https://files.kepu.example. */
  publicUrl: string;
  /** Whether publicUrl was set (FILES_PUBLIC_URL); otherwise it is the service's own origin once it listens. */
  publicUrlConfigured: boolean;
  /** Storage quota per org, in bytes. */
  quotaBytes: number;
  /** Browser origins allowed to upload (the web app's). */
  uploadOrigins: string[];
  /** ffmpeg and ffprobe, which check videos and audio and make posters. */
  mediaTools: MediaTools;
}

export interface FilesOptions {
  storage?: StorageSettings;
  filesDir?: string;
  fileUrlSecret?: string;
  filesPublicUrl?: string;
  orgStorageQuotaBytes?: number;
  uploadOrigins?: string[];
  /** Defaults: `ffmpeg` and `ffprobe` on PATH. */
  mediaTools?: Partial<MediaTools>;
}

/**
 * The files context from the service's options: the object store the S3 settings name (or the
 * folder `<filesDir>/objects`), uploads staged in `<filesDir>/uploads`. Without a `filesDir`, files
 * go next to the embedded database (`<dataDir>/../media-files`), or into a temporary folder for a
 * test database (`memory://`; the test harness gives its PostgreSQL databases that folder too). Without a secret (development), one is made per process: signed URLs
 * then end at restart.
 */
export function filesContextFrom(options: FilesOptions, dataDir: string, port: number): FilesContext {
  const throwAway = dataDir.startsWith("memory://");
  const filesDir =
    options.filesDir ??
    (throwAway
      ? mkdtempSync(path.join(tmpdir(), "kepu-media-files-"))
      : path.join(path.dirname(dataDir), "media-files"));
  const stagingDir = path.join(filesDir, "uploads");
  mkdirSync(stagingDir, { recursive: true });
  return {
    store: objectStoreFrom(options.storage ?? { S3_PREFIX: "", S3_REGION: "us-east-1" }, filesDir),
    stagingDir,
    urlSecret: options.fileUrlSecret ?? randomBytes(32).toString("hex"),
    publicUrl: (options.filesPublicUrl ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ""),
    publicUrlConfigured: options.filesPublicUrl !== undefined,
    quotaBytes: options.orgStorageQuotaBytes ?? 10 * 1024 ** 3,
    uploadOrigins: options.uploadOrigins ?? [],
    mediaTools: { ffmpeg: options.mediaTools?.ffmpeg ?? "ffmpeg", ffprobe: options.mediaTools?.ffprobe ?? "ffprobe" },
  };
}
