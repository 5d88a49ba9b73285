import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultDataDir } from "@kepu/db";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL in production; unset → embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default(defaultDataDir(repoRoot, "evaluations")),
  /** Ed25519 public key (SPKI PEM) of the organizations service, which alone signs access tokens. */
  /** The organizations subgraph (service to service, not through the gateway). */
  ORGANIZATIONS_URL: z.url().default("http://127.0.0.1:4001/graphql"),
  /** The activities subgraph: whether a named activity exists, where it belongs (service to service). */
  ACTIVITIES_URL: z.url().default("http://127.0.0.1:4002/graphql"),
  JWT_PUBLIC_KEY: z.string().min(1, "JWT_PUBLIC_KEY (SPKI PEM) is required"),
});
export type EvaluationsEnv = z.infer<typeof envSchema>;
