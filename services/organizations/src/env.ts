import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultDataDir } from "@kepu/db";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL in production; unset → embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default(defaultDataDir(repoRoot, "organizations")),
  /** Ed25519 keys (PEM). Only this service holds the private one: it alone signs access tokens. */
  JWT_PRIVATE_KEY: z.string().min(1, "JWT_PRIVATE_KEY (PKCS#8 PEM) is required"),
  JWT_PUBLIC_KEY: z.string().min(1, "JWT_PUBLIC_KEY (SPKI PEM) is required"),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Where people open the web app: the base of links in invitation e-mails. */
  WEB_URL: z.url().default("http://localhost:8080"),
  /** Outgoing mail: an SMTP relay (smtp:// or smtps:// URL) in production … */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("全国科普日平台 <no-reply@kepu.example.org>"),
  /** … else it lands here as .eml files (the embedded default: nothing leaves the machine). */
  MAIL_OUTBOX_DIR: z.string().default(path.join(repoRoot, ".data/outbox")),
});
export type OrganizationsEnv = z.infer<typeof envSchema>;
