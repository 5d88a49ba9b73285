import { randomBytes } from "node:crypto";
import type { DatabaseLocation } from "@kepu/db";
import pg from "pg";

/**
 * Throw-away databases for one test run. By default each service gets an in-memory PGlite; with
 * KEPU_TEST_POSTGRES_URL (a server URL whose user may CREATE DATABASE) each gets a fresh database on
 * that real PostgreSQL server, dropped again on close.
 */
export interface TestDatabases {
  locationFor(service: string): Promise<DatabaseLocation>;
  dropAll(): Promise<void>;
  kind: "pglite" | "postgresql";
}

export function testDatabases(postgresUrl = process.env.KEPU_TEST_POSTGRES_URL): TestDatabases {
  if (!postgresUrl) {
    return { kind: "pglite", locationFor: async () => ({ dataDir: "memory://" }), dropAll: async () => {} };
  }
  const run = randomBytes(4).toString("hex");
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    kind: "postgresql",
    async locationFor(service) {
      const name = `kepu_test_${service}_${run}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}"`));
      created.push(name);
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      return { databaseUrl: url.toString(), dataDir: "memory://" };
    },
    async dropAll() {
      await admin(async (client) => {
        for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
