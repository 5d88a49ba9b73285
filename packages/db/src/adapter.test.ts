import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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

  it("describes where data lives without leaking credentials", () => {
    expect(describeLocation({ databaseUrl: "postgresql://u:secret@db:5432/acts", dataDir: "x" })).toBe(
      "postgresql://db:5432/acts",
    );
    expect(describeLocation({ dataDir: ".data/media" })).toBe("pglite:.data/media");
  });
});
