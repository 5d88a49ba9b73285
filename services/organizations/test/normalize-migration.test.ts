import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateDatabase, openDatabase } from "@kepu/db";
import { migrationsBefore } from "@kepu/testing/migrations";
import { invisibleCharacters, normalizeText } from "@kepu/text";
import { describe, expect, it } from "vitest";

/**
 * Migration 20261130190000_normalize_text: names stored before the text rule are brought to it, the
 * same-name index then compares normalized names, and its SQL rule agrees with @kepu/text.
 */
const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));
const normalizing = "20261130190000_normalize_text";

/** Rows of one statement, each as an object keyed by column. */
function rows<Row extends Record<string, unknown>>(
  db: ReturnType<typeof openDatabase>,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  return db.session((session) => session.query<Row>(sql, params));
}

/** Runs several statements at once (the simple query protocol). */
function script(db: ReturnType<typeof openDatabase>, sql: string): Promise<void> {
  return db.session((session) => session.script(sql));
}

describe("normalizing stored text", () => {
  it("normalizes existing names, keeps twins apart by id, and then refuses a twin written either way", async () => {
    const db = openDatabase({ dataDir: "memory://" });
    await migrateDatabase(db, migrationsBefore(migrationsDir, normalizing));
    await script(
      db,
      `
      INSERT INTO "Org" (id, name, kind, level, path, "updatedAt") VALUES
        ('root', '中国科协', 'ASSOCIATION', 'NATIONAL', '/root/', now());
      INSERT INTO "Org" (id, name, "shortName", kind, level, "parentId", path, "createdAt", "updatedAt") VALUES
        ('a', '沙箱同名测试站（一）', ' ＳＢ　一站 ', 'BASE', 'GRASSROOTS', 'root', '/root/a/', now() - interval '2 days', now()),
        ('b', '沙箱同名测试站(一)', NULL, 'BASE', 'GRASSROOTS', 'root', '/root/b/', now() - interval '1 day', now()),
        ('c', E'沙箱同名\\u200B测试站（一）', NULL, 'BASE', 'GRASSROOTS', 'root', '/root/c/', now(), now()),
        ('d', '  ＫＥＰＵ  实验室 ', NULL, 'BASE', 'GRASSROOTS', 'root', '/root/d/', now(), now());
      INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES
        ('u1', ' Someone@Example.ORG', '　张  三 ', 'x');
    `,
    );
    await script(db, readFileSync(path.join(migrationsDir, normalizing, "migration.sql"), "utf8"));

    const names = await rows(db, `SELECT id, name, "shortName" FROM "Org" ORDER BY id`);
    expect(names).toEqual([
      // The one already in the normalized form keeps the name; the others say they are twins.
      { id: "a", name: "沙箱同名测试站(一) (重名 a)", shortName: "SB 一站" },
      { id: "b", name: "沙箱同名测试站(一)", shortName: null },
      { id: "c", name: "沙箱同名测试站(一) (重名 c)", shortName: null },
      { id: "d", name: "KEPU 实验室", shortName: null },
      { id: "root", name: "中国科协", shortName: null },
    ]);
    expect(await rows(db, `SELECT email, "displayName" FROM "User"`)).toEqual([
      { email: "someone@example.org", displayName: "张 三" },
    ]);

    await expect(
      script(
        db,
        `INSERT INTO "Org" (id, name, kind, level, "parentId", path, "updatedAt")
         VALUES ('e', '沙箱同名测试站(一)', 'BASE', 'GRASSROOTS', 'root', '/root/e/', now())`,
      ),
    ).rejects.toThrow(/Org_parentId_name_key/);
    await db.close();
  });

  it("applies the same rule in SQL as @kepu/text does in TypeScript", async () => {
    const db = openDatabase({ dataDir: "memory://" });
    await migrateDatabase(db, migrationsDir);
    const samples = [
      "沙箱同名测试站（一）",
      "  ＫＥＰＵ　Ｌａｂ  ①号馆\t\n",
      "ﬁ ㈠ ＂引号＂ ～",
      "a\u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000b",
      "\u0085x\u000Cy\u000Bz",
      // Every character the rule removes, each between two letters.
      ...[...Array(0x10000).keys(), ...Array.from({ length: 0x100 }, (_, i) => 0xe0100 + i)]
        .filter((code) => code < 0xd800 || code > 0xdfff)
        .map((code) => String.fromCodePoint(code))
        .filter((char) => char !== "\u0000" && new RegExp(invisibleCharacters.source, "u").test(char))
        .map((char) => `甲${char}乙`),
      // Only blank-looking characters (Hangul fillers, braille blank, variation selectors) and spaces.
      "\u3164 \u2800\u115F\u1160\uFFA0\uFE0F\u{E0100}\u3000",
    ];
    const inSql = await rows<{ text: string }>(
      db,
      `SELECT kepu_normalize_text(s) AS text FROM unnest($1::text[]) WITH ORDINALITY AS t(s, n) ORDER BY n`,
      [samples],
    );
    expect(inSql.map(({ text }) => text)).toEqual(samples.map(normalizeText));
    await db.close();
  });
});
