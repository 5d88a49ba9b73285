import { directorySubgraph, localUrl, portOf, webPort } from "@kepu/platform";
import { storageEnvSchema } from "@kepu/storage";
import { defineSubgraph, type OrgDirectorySource, orgAndActivityDirectoryClient } from "@kepu/subgraph";
import { z } from "zod";
import { type FilesOptions, filesContextFrom } from "./files/context.js";
import { fileRoutes } from "./files/routes.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { schema } from "./schema/index.js";
import { seed } from "./seed.js";

const directoryClient = orgAndActivityDirectoryClient(localUrl(directorySubgraph), localUrl("activities"));

/** The media service's file settings (README lists them), beside the storage ones (S3_*). */
const fileSettings = {
  ...storageEnvSchema.shape,
  /** Embedded default: objects and uploads in progress, next to the database. */
  FILES_DIR: z.string().optional(),
  /** Signs file URLs; set the same value on every replica (required in production). */
  FILE_URL_SECRET: z.string().min(32, "FILE_URL_SECRET needs at least 32 characters").optional(),
  /** The origin browsers reach /uploads and /files at. */
  FILES_PUBLIC_URL: z.url().optional(),
  ORG_STORAGE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 1024 ** 3),
  /** ffmpeg and ffprobe (Debian's `ffmpeg` package), which check videos and audio; default: found on PATH. */
  FFMPEG_PATH: z.string().optional(),
  FFPROBE_PATH: z.string().optional(),
  /** Comma-separated browser origins allowed to upload (the web app). */
  UPLOAD_ORIGINS: z.string().default(`http://localhost:${webPort},http://127.0.0.1:${webPort}`),
};

/** The media subgraph: what is its own; settings, migrations, seeding and serving come from defineSubgraph. */
export const subgraph = defineSubgraph({
  name: "media",
  home: new URL("..", import.meta.url),
  port: portOf("media"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  settings: { ...directoryClient.settings, ...fileSettings },
  options: (settings) => {
    if (process.env.NODE_ENV === "production" && !settings.FILE_URL_SECRET) {
      throw new Error(
        "FILE_URL_SECRET is required in production (signed file URLs must hold across replicas and restarts)",
      );
    }
    const files: FilesOptions = {
      storage: storageEnvSchema.parse(settings),
      orgStorageQuotaBytes: settings.ORG_STORAGE_QUOTA_BYTES,
      uploadOrigins: settings.UPLOAD_ORIGINS.split(",").map((origin) => origin.trim()),
      mediaTools: {
        ...(settings.FFMPEG_PATH ? { ffmpeg: settings.FFMPEG_PATH } : {}),
        ...(settings.FFPROBE_PATH ? { ffprobe: settings.FFPROBE_PATH } : {}),
      },
      ...(settings.FILES_DIR ? { filesDir: settings.FILES_DIR } : {}),
      ...(settings.FILE_URL_SECRET ? { fileUrlSecret: settings.FILE_URL_SECRET } : {}),
      ...(settings.FILES_PUBLIC_URL ? { filesPublicUrl: settings.FILES_PUBLIC_URL } : {}),
    };
    const options: OrgDirectorySource & { files?: FilesOptions } = { ...directoryClient.options(settings), files };
    return options;
  },
  context: (prisma, config) => ({
    ...directoryClient.context(prisma, config),
    files: filesContextFrom(config.files ?? {}, config.database.dataDir, config.port),
  }),
  routes: (extra, prisma) => fileRoutes(prisma, extra.files),
  started: (extra, url) => {
    // Without FILES_PUBLIC_URL, files are reached at the service itself (its port may be chosen by the OS).
    if (!extra.files.publicUrlConfigured) extra.files.publicUrl = new URL(url).origin;
  },
  seed,
});

export type MediaConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
