import * as activities from "@kepu/activities";
import { createTokenSigner, generateSigningKeys, type TokenSigner } from "@kepu/auth";
import * as evaluations from "@kepu/evaluations";
import { startGateway } from "@kepu/gateway";
import * as media from "@kepu/media";
import * as organizations from "@kepu/organizations";
import type { EdgeOptions, ErrorLogger } from "@kepu/server";
import { testDatabases } from "@kepu/testing";

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: { organizations: string; activities: string; media: string; evaluations: string };
  /** SQL statements sent by all four services so far. */
  statementCount(): number;
  /** Signs tokens as the organizations service would (for tests that need a particular viewer). */
  signer: TokenSigner;
  databaseKind: "pglite" | "postgresql";
  /** Each service's handle (its Prisma client …), for fixtures and benchmarks beyond the demo data. */
  services: {
    organizations: organizations.RunningService;
    activities: activities.RunningService;
    media: media.RunningService;
    evaluations: evaluations.RunningService;
  };
  close(): Promise<void>;
}

/**
 * Boots the four subgraphs and the gateway in this process, on free loopback ports, each service on
 * its own fresh database with the demo data, exactly as they run in production but for the ports.
 */
export async function startPlatform(
  options: {
    /** Production masking / the request time limit for every process (default: from the environment). */
    edge?: EdgeOptions;
    /** Receives every internal error the gateway and the subgraphs log (default: stderr). */
    errorLog?: ErrorLogger;
  } = {},
): Promise<RunningPlatform> {
  const keys = await generateSigningKeys();
  const databases = testDatabases();
  const edge = {
    ...(options.edge ? { edge: options.edge } : {}),
    ...(options.errorLog ? { errorLog: options.errorLog } : {}),
  };
  const common = { port: 0, publicKeyPem: keys.publicKeyPem, freshDatabase: true, ...edge };
  // Organizations first: the others ask it where orgs sit in the tree (policy checks).
  const orgs = await organizations.start({
    ...common,
    database: await databases.locationFor("organizations"),
    privateKeyPem: keys.privateKeyPem,
    accessTokenTtlSeconds: 900,
  });
  // Then activities: media and evaluations ask it about the activities their inputs name.
  const acts = await activities.start({
    ...common,
    organizationsUrl: orgs.url,
    database: await databases.locationFor("activities"),
  });
  const consumer = { ...common, organizationsUrl: orgs.url, activitiesUrl: acts.url };
  const [med, evals] = await Promise.all([
    databases.locationFor("media").then((database) => media.start({ ...consumer, database })),
    databases.locationFor("evaluations").then((database) => evaluations.start({ ...consumer, database })),
  ]);
  await Promise.all([
    organizations.seed(orgs.prisma),
    activities.seed(acts.prisma),
    media.seed(med.prisma),
    evaluations.seed(evals.prisma),
  ]);
  const subgraphUrls = { organizations: orgs.url, activities: acts.url, media: med.url, evaluations: evals.url };
  const gateway = await startGateway({ port: 0, subgraphUrls, corsOrigins: "*", ...edge });
  const services = [orgs, acts, med, evals];
  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    statementCount: () => services.reduce((sum, service) => sum + service.statementCount(), 0),
    signer: await createTokenSigner(keys.privateKeyPem),
    databaseKind: databases.kind,
    services: { organizations: orgs, activities: acts, media: med, evaluations: evals },
    async close() {
      await gateway.close();
      await Promise.all(services.map((service) => service.close()));
      await databases.dropAll();
    },
  };
}
