import * as activities from "@kepu/activities";
import { generateSigningKeys } from "@kepu/auth";
import * as evaluations from "@kepu/evaluations";
import { startGateway } from "@kepu/gateway";
import * as media from "@kepu/media";
import * as organizations from "@kepu/organizations";
import { directorySubgraph, type SubgraphName, subgraphNames } from "@kepu/platform";
import { type ClientLimits, type EdgeOptions, type ErrorLogger, type Mail, memoryMailer } from "@kepu/server";
import { type TestTokenSigner, testDatabases, testTokenSigner } from "@kepu/testing";

/** Each subgraph's module, by its name in the platform list (the compiler checks none is missing). */
const modules = { organizations, activities, media, evaluations } satisfies Record<SubgraphName, unknown>;

type Services = { [Name in SubgraphName]: Awaited<ReturnType<(typeof modules)[Name]["start"]>> };

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** SQL statements sent by all four services so far. */
  statementCount(): number;
  /** Signs tokens as the organizations service would (for tests that need a particular viewer). */
  signer: TestTokenSigner;
  databaseKind: "pglite" | "postgresql";
  /** Each service's handle (its Prisma client …), for fixtures and benchmarks beyond the demo data. */
  services: Services;
  /** E-mail the services sent (kept in memory): organizations' invitations and sign-ups, activities' notices. */
  outbox: { organizations: Mail[]; activities: Mail[] };
  close(): Promise<void>;
}

/**
 * Boots every subgraph of the platform list and the gateway in this process, on free loopback ports,
 * each service on its own fresh database, migrated by the same runner a deployment uses
 * (`@kepu/db` migrate) and loaded with the demo data: as they run in production but for the ports.
 */
export async function startPlatform(
  options: {
    /** Production masking / the request time limit for every process (default: from the environment). */
    edge?: EdgeOptions;
    /** Receives every internal error the gateway and the subgraphs log (default: stderr). */
    errorLog?: ErrorLogger;
    /** The gateway's per-client limits (default: none, as most tests send many refused requests). */
    clientLimits?: ClientLimits;
    /**
     * Browser origins the media service lets upload (tus, cross-origin). The list is read on each
     * request, so a browser test may add its web server's origin once that listens.
     */
    uploadOrigins?: string[];
    /** How long the other subgraphs may use an org's place for reads (ms; default 30 s). */
    orgDirectoryTtlMs?: number;
  } = {},
): Promise<RunningPlatform> {
  const keys = await generateSigningKeys();
  const databases = testDatabases();
  const edge = {
    ...(options.edge ? { edge: options.edge } : {}),
    ...(options.errorLog ? { errorLog: options.errorLog } : {}),
  };
  const common = { port: 0, publicKeyPem: keys.publicKeyPem, migrate: true, ...edge };
  // The directory (organizations) first: the others ask it where orgs sit in the tree (policy checks).
  const orgsMailer = memoryMailer();
  const activitiesMailer = memoryMailer();
  const orgs = await organizations.start({
    ...common,
    mailer: orgsMailer,
    database: await databases.locationFor(directorySubgraph),
    privateKeyPem: keys.privateKeyPem,
    accessTokenTtlSeconds: 900,
  });
  // Then activities: media and evaluations ask it about the activities their inputs name. Activities
  // asks media to attach the files it names, at an address known once media listens.
  let mediaUrl = "";
  const directoryTtl = options.orgDirectoryTtlMs ? { directoryTtlMs: options.orgDirectoryTtlMs } : {};
  const acts = await activities.start({
    ...common,
    ...directoryTtl,
    organizationsUrl: orgs.url,
    mailer: activitiesMailer,
    media: () => mediaUrl,
    database: await databases.locationFor("activities"),
  });
  const consumer = { ...common, ...directoryTtl, organizationsUrl: orgs.url, activitiesUrl: acts.url };
  const [med, evals] = await Promise.all([
    databases.locationFor("media").then((database) =>
      media.start({
        ...consumer,
        database,
        ...(options.uploadOrigins ? { files: { uploadOrigins: options.uploadOrigins } } : {}),
      }),
    ),
    databases.locationFor("evaluations").then((database) => evaluations.start({ ...consumer, database })),
  ]);
  mediaUrl = med.url;
  const services: Services = { organizations: orgs, activities: acts, media: med, evaluations: evals };
  await Promise.all(
    subgraphNames.map((name) => (modules[name].seed as (prisma: unknown) => Promise<void>)(services[name].prisma)),
  );
  const subgraphUrls = Object.fromEntries(subgraphNames.map((name) => [name, services[name].url])) as Record<
    SubgraphName,
    string
  >;
  const gateway = await startGateway({
    port: 0,
    subgraphUrls,
    corsOrigins: "*",
    ...edge,
    ...(options.clientLimits ? { clientLimits: options.clientLimits } : {}),
  });
  const running = subgraphNames.map((name) => services[name]);
  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    statementCount: () => running.reduce((sum, service) => sum + service.statementCount(), 0),
    signer: await testTokenSigner(keys.privateKeyPem, async (userId) => {
      const user = await orgs.prisma.user.findUnique({ where: { id: userId }, select: { rightsVersion: true } });
      return user?.rightsVersion ?? null;
    }),
    databaseKind: databases.kind,
    services,
    outbox: { organizations: orgsMailer.sent, activities: activitiesMailer.sent },
    async close() {
      await gateway.close();
      await Promise.all(running.map((service) => service.close()));
      await databases.dropAll();
    },
  };
}
