import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

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
  /** Runs raw SQL outside Prisma (used for throw-away test databases). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export function openDatabase(location: DatabaseLocation): OpenDatabase {
  if (location.databaseUrl) {
    const connectionString = location.databaseUrl;
    const counter = new StatementCounter();
    return {
      adapter: counter.wrap(new PrismaPg({ connectionString, max: 10 })),
      statementCount: () => counter.count,
      async exec(sql) {
        const client = new pg.Client({ connectionString });
        await client.connect();
        try {
          await client.query(sql);
        } finally {
          await client.end();
        }
      },
      async close() {},
    };
  }
  if (!location.dataDir.startsWith("memory://")) mkdirSync(location.dataDir, { recursive: true });
  const pglite = new PGlite(location.dataDir);
  const counter = new StatementCounter();
  return {
    adapter: counter.wrap(new PrismaPGlite(pglite)),
    statementCount: () => counter.count,
    async exec(sql) {
      await pglite.exec(sql);
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

/** The SQL of every migration Prisma wrote, oldest first. */
export function readMigrations(migrationsDir: string): { name: string; sql: string }[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") }));
}

/**
 * Brings an empty throw-away database (tests) to the current schema with the same SQL that
 * `prisma migrate deploy` applies to the real ones.
 */
export async function applyMigrationsToFreshDatabase(db: OpenDatabase, migrationsDir: string): Promise<void> {
  for (const migration of readMigrations(migrationsDir)) await db.exec(migration.sql);
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

  wrap<Factory extends DriverAdapterFactory>(factory: Factory): Factory {
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
          return async (...args: unknown[]) => countCalls(await value.apply(object, args));
        }
        return typeof value === "function" ? value.bind(object) : value;
      },
    });
  }
}
