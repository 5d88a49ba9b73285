import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTokenVerifier } from "@kepu/auth";
import { applyMigrationsToFreshDatabase, type DatabaseLocation } from "@kepu/db";
import type { RunningServer } from "@kepu/server";
import { startSubgraphServer } from "@kepu/subgraph";
import { connect, type Db } from "./db.js";
import { schema } from "./schema/index.js";

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma/migrations");

export interface EvaluationsConfig {
  database: DatabaseLocation;
  port: number;
  host?: string;
  /** The organizations service's token key: this service verifies tokens, never signs them. */
  publicKeyPem: string;
  /** Apply the migrations to an empty throw-away database first (tests). */
  freshDatabase?: boolean;
}

export interface RunningService extends RunningServer {
  prisma: Db;
  /** SQL statements this service has sent to its database (query-count tests and benchmarks). */
  statementCount(): number;
}

/** Starts the evaluations subgraph: database, schema, HTTP. */
export async function start(config: EvaluationsConfig): Promise<RunningService> {
  const { prisma, database } = connect(config.database);
  if (config.freshDatabase) await applyMigrationsToFreshDatabase(database, migrationsDir);
  const server = await startSubgraphServer({
    name: "evaluations",
    schema,
    db: prisma,
    extra: {},
    verifier: await createTokenVerifier(config.publicKeyPem),
    port: config.port,
    ...(config.host ? { host: config.host } : {}),
    ready: async () => {
      await prisma.$queryRaw`SELECT 1`;
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
