import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * One SQL session: the same connection for every call, so an advisory lock and a transaction hold
 * across them. `script` runs several statements at once (the simple query protocol); `query` one
 * statement with `$1 …` parameters.
 */
export interface SqlSession {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  script(sql: string): Promise<void>;
}

/** A migration as Prisma writes it: `<migrationsDir>/<timestamp>_<name>/migration.sql`. */
export interface MigrationFile {
  name: string;
  sql: string;
}

/** What `migrate` did: the migrations it applied now, oldest first, and how many were there before. */
export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/** A refusal: the database and the migration files disagree in a way no migration can mend. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * The key of the PostgreSQL advisory lock held while migrating: Prisma Migrate's own (see the schema
 * engine's postgres connector), so this runner and a `prisma migrate` never run at once either.
 */
export const migrationLockKey = 72707369;

/** The SQL of every migration Prisma wrote, oldest first (by folder name, which starts with a timestamp). */
export function readMigrations(migrationsDir: string): MigrationFile[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") }));
}

/**
 * Prisma's checksum of a migration script: SHA-256 of the file, hex. Prisma accepts a file whose line
 * endings changed (a checkout on Windows), so both forms are tried when comparing.
 */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

function checksumMatches(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => migrationChecksum(variant) === checksum);
}

/** Prisma Migrate's bookkeeping table, as its PostgreSQL connector creates it. */
const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/**
 * Brings a database to the newest migration, the one way every database is migrated (`pnpm start`,
 * a deployment's migrate Job, the test harness). Works on an empty database, an up-to-date one and
 * one some migrations behind; on PGlite and PostgreSQL alike.
 *
 * - Records each migration in Prisma's `_prisma_migrations` table with Prisma's checksum, so
 *   `prisma migrate status`/`diff`/`dev` read the same history.
 * - Applies each pending migration and its record in one transaction: all of it or nothing.
 * - Holds Prisma Migrate's advisory lock throughout, so two starts (or two replicas' Jobs) take
 *   turns; waits up to `lockTimeoutMs` (default 10 minutes) for another run to finish.
 * - Refuses (MigrationError, nothing applied) when an applied migration's file has changed, when the
 *   database holds a migration this code does not have, or when a migration failed half-way under
 *   another tool (a row without `finished_at`).
 */
export async function migrate(
  session: SqlSession,
  migrations: readonly MigrationFile[],
  options: { lockTimeoutMs?: number; log?: (line: string) => void } = {},
): Promise<MigrationReport> {
  await lock(session, options.lockTimeoutMs ?? 600_000);
  try {
    await session.script(createMigrationsTable);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const applied = new Map(
      rows.filter((row) => row.rolled_back_at === null && row.finished_at !== null).map((r) => [r.migration_name, r]),
    );
    const known = new Set(migrations.map((migration) => migration.name));
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} was started and never finished (by another tool); repair the database, then mark it with \`prisma migrate resolve\``,
      );
    }
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `the database has migrations this code does not know (${unknown.join(", ")}): it was migrated by a newer version`,
      );
    }
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row && !checksumMatches(migration.sql, row.checksum)) {
        throw new MigrationError(
          `migration ${migration.name} was changed after it was applied; restore the file and write a new migration for the change`,
        );
      }
    }
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      options.log?.(`applying ${migration.name}`);
      await session.script("BEGIN");
      try {
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [randomUUID(), migrationChecksum(migration.sql), migration.name],
        );
        await session.script(migration.sql);
        await session.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE migration_name = $1 AND finished_at IS NULL`,
          [migration.name],
        );
        await session.script("COMMIT");
      } catch (error) {
        await session.script("ROLLBACK").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${reason}`);
      }
    }
    return { applied: pending.map((migration) => migration.name), alreadyApplied: applied.size };
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]).catch(() => {});
  }
}

async function lock(session: SqlSession, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await session.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      migrationLockKey,
    ]);
    if (row?.locked) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        `another migration has held the lock for over ${Math.round(timeoutMs / 1000)} s (pg_advisory_lock ${migrationLockKey}); is one still running?`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
