import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { describeLocation, migrateDatabase, openDatabase } from "./adapter.js";

describe("embedded database", () => {
  it("applies migrations in order and counts the statements Prisma would send", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kepu-migrations-"));
    for (const [name, sql] of [
      ["20240102_second", `INSERT INTO "T" (id) VALUES ('b');`],
      ["20240101_first", `CREATE TABLE "T" (id text primary key); INSERT INTO "T" (id) VALUES ('a');`],
    ]) {
      mkdirSync(path.join(dir, name as string));
      writeFileSync(path.join(dir, name as string, "migration.sql"), sql as string);
    }
    const db = openDatabase({ dataDir: "memory://" });
    expect(await migrateDatabase(db, dir)).toEqual({
      applied: ["20240101_first", "20240102_second"],
      alreadyApplied: 0,
    });
    const adapter = await db.adapter.connect();
    const before = db.statementCount();
    const result = await adapter.queryRaw({ sql: `SELECT id FROM "T" ORDER BY id`, args: [], argTypes: [] });
    expect(result.rows).toEqual([["a"], ["b"]]);
    expect(db.statementCount() - before).toBe(1);
    await db.close();
  });

  it("runs every session in UTC, so a database whose default zone is Asia/Shanghai still reads instants right", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "kepu-tz-"));
    // A database set up elsewhere, defaulting to Beijing time (what initdb gives on a Chinese host).
    const setup = new PGlite(dataDir);
    await setup.exec(`CREATE TABLE "T" (at timestamptz(3), day date)`);
    await setup.exec(`INSERT INTO "T" VALUES ('2024-09-15T09:00:00+08:00', '2024-09-15')`);
    await setup.close();
    appendFileSync(path.join(dataDir, "postgresql.conf"), "\ntimezone = 'Asia/Shanghai'\n");
    const plain = new PGlite(dataDir);
    expect((await plain.query<{ zone: string }>(`SELECT current_setting('TimeZone') AS zone`)).rows).toEqual([
      { zone: "Asia/Shanghai" },
    ]);
    await plain.close();

    const db = openDatabase({ dataDir });
    const adapter = await db.adapter.connect();
    const zone = await adapter.queryRaw({ sql: `SELECT current_setting('TimeZone')`, args: [], argTypes: [] });
    expect(zone.rows).toEqual([["UTC"]]);
    // The adapter hands Prisma the wall-clock text without its offset, and Prisma reads it as UTC:
    // under the Shanghai session this was "2024-09-15 09:00:00", eight hours off.
    const rows = await adapter.queryRaw({ sql: `SELECT at, day FROM "T"`, args: [], argTypes: [] });
    expect(rows.rows).toEqual([["2024-09-15 01:00:00", "2024-09-15"]]);
    await db.close();
  });

  it("describes where data lives without leaking credentials", () => {
    expect(describeLocation({ databaseUrl: "postgresql://u:secret@db:5432/acts", dataDir: "x" })).toBe(
      "postgresql://db:5432/acts",
    );
    expect(describeLocation({ dataDir: ".data/media" })).toBe("pglite:.data/media");
  });
});
