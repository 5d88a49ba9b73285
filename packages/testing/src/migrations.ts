import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A temporary migrations folder holding only the migrations of `migrationsDir` that sort before
 * `name` (`<timestamp>_<name>` folders): a database migrated from it is one written before `name`,
 * for tests of what `name` does to existing rows.
 */
export function migrationsBefore(migrationsDir: string, name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kepu-migrations-before-"));
  for (const entry of readdirSync(migrationsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name >= name) continue;
    mkdirSync(path.join(dir, entry.name));
    writeFileSync(
      path.join(dir, entry.name, "migration.sql"),
      readFileSync(path.join(migrationsDir, entry.name, "migration.sql")),
    );
  }
  return dir;
}
