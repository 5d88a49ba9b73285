import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type MigrationReport, migrate, readMigrations, type SqlSession } from "./migrate.js";

/**
 * Where a service keeps its data. With `databaseUrl` (production, CI's PostgreSQL run) the service
 * talks to a PostgreSQL server; without it, it runs an embedded PGlite database in `dataDir`
 * (`memory://` for throw-away test databases). One Prisma schema and one set of migrations serve both.
 */
export interface DatabaseLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export type DriverAdapterFactory = PrismaPg | PrismaPGlite;

/** The default embedded data folder of a service: `<repo>/.data/<service>`. */
export function defaultDataDir(repoRoot: string, service: string): string {
  return path.join(repoRoot, ".data", service);
}

export interface OpenDatabase {
  adapter: DriverAdapterFactory;
  /** SQL statements sent so far (tests and benchmarks assert that queries do not grow with a page). */
  statementCount(): number;
  /**
   * Runs `work` on one SQL session outside Prisma (migrations): a dedicated connection on
   * PostgreSQL, closed afterwards; the embedded database itself on PGlite (one session only).
   */
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Every session runs in UTC, whatever the server's or the database's default zone. Both adapters
 * hand Prisma a `timestamptz` as the session zone's wall-clock time labelled UTC (PGlite without an
 * offset, adapter-pg with "+00:00"): under an Asia/Shanghai session every instant came back 8 hours off. Calendar days
 * are computed in Asia/Shanghai in code (@kepu/time), never by the session zone.
 */
export const sessionTimeZone = "UTC";
const sessionOptions = `-c TimeZone=${sessionTimeZone}`;

export function openDatabase(location: DatabaseLocation): OpenDatabase {
  if (location.databaseUrl) {
    const connectionString = location.databaseUrl;
    const counter = new StatementCounter();
    return {
      // `options` is sent in the start-up packet of every pooled connection.
      adapter: counter.wrap(new PrismaPg({ connectionString, max: 10, options: sessionOptions })),
      statementCount: () => counter.count,
      async session(work) {
        const client = new pg.Client({ connectionString, options: sessionOptions });
        await client.connect();
        try {
          return await work({
            query: async (sql, params) => (await client.query(sql, params)).rows,
            script: async (sql) => {
              await client.query(sql);
            },
          });
        } finally {
          await client.end();
        }
      },
      async close() {},
    };
  }
  if (!location.dataDir.startsWith("memory://")) mkdirSync(location.dataDir, { recursive: true });
  const pglite = new PGlite(location.dataDir);
  // PGlite is one session: set its zone before anything else runs (connect waits for it).
  const ready = pglite.exec(`SET TIME ZONE '${sessionTimeZone}'`);
  const counter = new StatementCounter();
  // PGlite is one session: sessions asked for at once take turns, so their transactions never interleave.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    adapter: counter.wrap(new PrismaPGlite(pglite), ready),
    statementCount: () => counter.count,
    session(work) {
      const run = turn.then(async () => {
        await ready;
        return work({
          query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
          script: async (sql) => {
            await pglite.exec(sql);
          },
        });
      });
      turn = run.catch(() => {});
      return run;
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** The adapter alone, for prisma.config.ts (the CLI opens and closes it itself). */
export function createAdapterFactory(location: DatabaseLocation): DriverAdapterFactory {
  return openDatabase(location).adapter;
}

/**
 * Migrates a database to the newest of `migrationsDir`'s migrations (see `migrate` for what it
 * guarantees and refuses). Prints what it applies through `log`.
 */
export function migrateDatabase(
  db: OpenDatabase,
  migrationsDir: string,
  options: { log?: (line: string) => void; lockTimeoutMs?: number } = {},
): Promise<MigrationReport> {
  return db.session((session) => migrate(session, readMigrations(migrationsDir), options));
}

export function describeLocation(location: DatabaseLocation): string {
  if (location.databaseUrl) {
    const url = new URL(location.databaseUrl);
    return `postgresql://${url.host}${url.pathname}`;
  }
  return `pglite:${location.dataDir}`;
}

/**
 * Counts statements at the driver-adapter boundary, below Prisma: whatever Prisma batches or splits,
 * this is what the database actually receives.
 */
class StatementCounter {
  count = 0;

  /** `ready`: what must be done before the first connection is handed out (the session's zone). */
  wrap<Factory extends DriverAdapterFactory>(factory: Factory, ready: Promise<unknown> = Promise.resolve()): Factory {
    const countCalls = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, property, receiver) => {
          const value = Reflect.get(object, property, receiver);
          if (typeof value !== "function") return value;
          if (property === "queryRaw" || property === "executeRaw") {
            return (...args: unknown[]) => {
              this.count += 1;
              return value.apply(object, args);
            };
          }
          if (property === "startTransaction") {
            return async (...args: unknown[]) => countCalls(await value.apply(object, args));
          }
          return value.bind(object);
        },
      });
    return new Proxy(factory, {
      get: (object, property, receiver) => {
        const value = Reflect.get(object, property, receiver);
        if (property === "connect" && typeof value === "function") {
          return async (...args: unknown[]) => {
            await ready;
            return countCalls(await value.apply(object, args));
          };
        }
        return typeof value === "function" ? value.bind(object) : value;
      },
    });
  }
}
