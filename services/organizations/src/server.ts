import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTokenSigner } from "@kepu/auth";
import { type RunningService as Running, type ServiceConfig, startService } from "@kepu/subgraph";
import { connect, type Db } from "./db.js";
import { createDbOrgDirectory } from "./directory.js";
import { type Mailer, memoryMailer } from "./mailer.js";
import { schema } from "./schema/index.js";

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma/migrations");

export interface OrganizationsConfig extends ServiceConfig {
  /** Only this service holds the private key: it alone signs access tokens. */
  privateKeyPem: string;
  accessTokenTtlSeconds: number;
  /** Base of links in e-mails; default http://localhost:8080. */
  webUrl?: string;
  /** Default: keep messages in memory (tests); main.ts passes the outbox or a relay. */
  mailer?: Mailer;
}

export type RunningService = Running<Db>;

/** Starts the organizations subgraph: database, schema, HTTP. */
export async function start(config: OrganizationsConfig): Promise<RunningService> {
  const signer = await createTokenSigner(config.privateKeyPem);
  return startService({
    name: "organizations",
    schema,
    migrationsDir,
    connect,
    config,
    // Spreadsheet imports (importOrgs) arrive as base64 of up to 5 MB.
    maxBodyBytes: 8_000_000,
    extra: (prisma) => ({
      signer,
      accessTokenTtlSeconds: config.accessTokenTtlSeconds,
      directory: createDbOrgDirectory(prisma),
      webUrl: config.webUrl ?? "http://localhost:8080",
      mailer: config.mailer ?? memoryMailer(),
    }),
  });
}
