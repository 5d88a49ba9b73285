import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTokenSigner } from "@kepu/auth";
import { portOf, webPort } from "@kepu/platform";
import { type Mailer, mailerFromSettings, mailSettings, memoryMailer } from "@kepu/server";
import { defineSubgraph } from "@kepu/subgraph";
import { z } from "zod";
import { createDbOrgDirectory } from "./directory.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { schema } from "./schema/index.js";
import { refreshRotationKey, signUpKey } from "./secrets.js";
import { seed } from "./seed.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const defaultWebUrl = `http://localhost:${webPort}`;

/** What only organizations takes: it alone signs access tokens, and it sends invitation e-mail. */
export interface OrganizationsOptions {
  privateKeyPem: string;
  accessTokenTtlSeconds: number;
  /** Base of links in e-mails; default http://localhost:8080. */
  webUrl?: string;
  /** Default: keep messages in memory (tests); `main.ts` passes the outbox or a relay. */
  mailer?: Mailer;
}

/** The organizations subgraph: the 科协 tree, campaigns, people and sign-in. */
export const subgraph = defineSubgraph({
  name: "organizations",
  home: new URL("..", import.meta.url),
  port: portOf("organizations"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  settings: {
    JWT_PRIVATE_KEY: z.string().min(1, "JWT_PRIVATE_KEY (PKCS#8 PEM) is required"),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
    /** Where people open the web app: the base of links in invitation e-mails. */
    WEB_URL: z.url().default(defaultWebUrl),
    /** Outgoing mail: an SMTP relay, else .eml files in .data/outbox (@kepu/server mailSettings). */
    ...mailSettings(path.join(repoRoot, ".data/outbox")),
  },
  options: (settings): OrganizationsOptions => ({
    privateKeyPem: settings.JWT_PRIVATE_KEY,
    accessTokenTtlSeconds: settings.ACCESS_TOKEN_TTL_SECONDS,
    webUrl: settings.WEB_URL,
    mailer: mailerFromSettings(settings),
  }),
  context: async (prisma, options) => ({
    signer: await createTokenSigner(options.privateKeyPem),
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
    refreshRotationKey: refreshRotationKey(options.privateKeyPem),
    signUpKey: signUpKey(options.privateKeyPem),
    directory: createDbOrgDirectory(prisma),
    webUrl: options.webUrl ?? defaultWebUrl,
    mailer: options.mailer ?? memoryMailer(),
  }),
  seed,
  // Spreadsheet imports (importOrgs) arrive as base64 of up to 5 MB.
  maxBodyBytes: 8_000_000,
});

export type OrganizationsConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
