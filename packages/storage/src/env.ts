import path from "node:path";
import { z } from "zod";
import { LocalObjectStore } from "./local.js";
import { S3ObjectStore } from "./s3.js";
import type { ObjectStore } from "./store.js";

/**
 * The storage settings: with `S3_BUCKET` set, S3-compatible object storage; otherwise a folder
 * (`objects/` in the service's DATA_DIR).
 */
export const storageEnvSchema = z.object({
  S3_BUCKET: z.string().min(1).optional(),
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._/-]*$/)
    .default("")
    .transform((prefix) => prefix.replace(/^\/+|\/+$/g, "")),
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export type StorageSettings = z.infer<typeof storageEnvSchema>;

/** The store the settings name; `dataDir` is the service's embedded data folder. */
export function objectStoreFrom(settings: StorageSettings, dataDir: string): ObjectStore {
  if (settings.S3_BUCKET) {
    return new S3ObjectStore({
      bucket: settings.S3_BUCKET,
      prefix: settings.S3_PREFIX,
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalObjectStore(path.join(dataDir, "objects"));
}
