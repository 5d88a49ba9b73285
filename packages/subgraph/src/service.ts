import { createTokenVerifier } from "@kepu/auth";
import { applyMigrationsToFreshDatabase, type DatabaseLocation, type OpenDatabase } from "@kepu/db";
import { type EdgeOptions, type ErrorLogger, edgeOptionsFromEnv, type RunningServer } from "@kepu/server";
import type { GraphQLSchema } from "graphql";
import { startSubgraphServer } from "./subgraph-server.js";

/** What every subgraph needs to start; organizations adds its signing key. */
export interface ServiceConfig {
  database: DatabaseLocation;
  port: number;
  host?: string;
  /** The organizations service's token key: subgraphs verify tokens with it. */
  publicKeyPem: string;
  /** Apply the migrations to an empty throw-away database first (tests). */
  freshDatabase?: boolean;
  /** Production masking and the request time limit; default: parsed once from the environment. */
  edge?: EdgeOptions;
  /** Where internal errors are logged in full (default: JSON lines on stderr). */
  errorLog?: ErrorLogger;
}

export interface RunningService<Db> extends RunningServer {
  prisma: Db;
  /** SQL statements this service has sent to its database (query-count tests and benchmarks). */
  statementCount(): number;
}

interface PrismaLike {
  $disconnect(): Promise<void>;
  $executeRawUnsafe(sql: string): Promise<number>;
}

/** Starts one subgraph: its database (migrated first when fresh), its schema, HTTP with /health. */
export async function startService<Db extends PrismaLike, Extra extends object>(options: {
  name: string;
  schema: GraphQLSchema;
  migrationsDir: string;
  connect: (location: DatabaseLocation) => { prisma: Db; database: OpenDatabase };
  config: ServiceConfig;
  /** What this service adds to every resolver's context; a function when it needs the database. */
  extra: Extra | ((prisma: Db) => Extra);
  maxBodyBytes?: number;
}): Promise<RunningService<Db>> {
  const { config } = options;
  const { prisma, database } = options.connect(config.database);
  if (config.freshDatabase) await applyMigrationsToFreshDatabase(database, options.migrationsDir);
  const server = await startSubgraphServer({
    name: options.name,
    schema: options.schema,
    db: prisma,
    extra: typeof options.extra === "function" ? options.extra(prisma) : options.extra,
    verifier: await createTokenVerifier(config.publicKeyPem),
    port: config.port,
    edge: config.edge ?? edgeOptionsFromEnv(),
    ...(config.errorLog ? { errorLog: config.errorLog } : {}),
    ...(config.host ? { host: config.host } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ready: async () => {
      await prisma.$executeRawUnsafe("SELECT 1");
    },
  });
  return {
    ...server,
    prisma,
    statementCount: () => database.statementCount(),
    async close() {
      await server.close();
      await prisma.$disconnect();
      await database.close();
    },
  };
}
