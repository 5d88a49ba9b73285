import path from "node:path";
import { fileURLToPath } from "node:url";
import { directorySubgraph, localUrl, portOf, webPort } from "@kepu/platform";
import { type Mailer, mailerFromSettings, mailSettings, memoryMailer } from "@kepu/server";
import { defineSubgraph, type OrgDirectorySource, orgDirectoryClient } from "@kepu/subgraph";
import { z } from "zod";
import { PrismaClient } from "./generated/prisma/client.js";
import { schema } from "./schema/index.js";
import { seed } from "./seed.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const defaultWebUrl = `http://localhost:${webPort}`;
const directoryClient = orgDirectoryClient(localUrl(directorySubgraph));

/** What activities takes beside the org directory: it mails registrants when a session is cancelled. */
export type ActivitiesOptions = OrgDirectorySource & {
  /** Default: keep messages in memory (tests); `main.ts` passes the outbox or a relay. */
  mailer?: Mailer;
  /** Base of links in e-mails; default http://localhost:8080. */
  webUrl?: string;
};

/** The activities subgraph: what is its own; settings, migrations, seeding and serving come from defineSubgraph. */
export const subgraph = defineSubgraph({
  name: "activities",
  home: new URL("..", import.meta.url),
  port: portOf("activities"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  settings: {
    ...directoryClient.settings,
    /** Where people open the web app: the base of links in notices. */
    WEB_URL: z.url().default(defaultWebUrl),
    ...mailSettings(path.join(repoRoot, ".data/outbox")),
  },
  options: (settings): ActivitiesOptions => ({
    ...directoryClient.options(settings),
    mailer: mailerFromSettings(settings),
    webUrl: settings.WEB_URL,
  }),
  context: (prisma, options) => ({
    ...directoryClient.context(prisma, options),
    mailer: options.mailer ?? memoryMailer(),
    webUrl: options.webUrl ?? defaultWebUrl,
  }),
  seed,
});

export type ActivitiesConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
