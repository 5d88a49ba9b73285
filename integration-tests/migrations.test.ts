/**
 * The one migration runner (`@kepu/db` migrate), on embedded PGlite and, with
 * KEPU_TEST_POSTGRES_URL, on a real PostgreSQL server: an empty database, an up-to-date one, one a
 * migration behind, a changed migration refused, a failing one rolled back, and runs at the same time.
 * It works on every service's real migrations, as `pnpm start` and a deployment run them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  MigrationError,
  type MigrationFile,
  migrate,
  migrationChecksum,
  migrationLockKey,
  type OpenDatabase,
  openDatabase,
  readMigrations,
} from "@kepu/db";
import { testDatabases } from "@kepu/testing";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const services = ["organizations", "activities", "media", "evaluations"];
const migrationsOf = (service: string) => readMigrations(path.join(root, "services", service, "prisma/migrations"));
const organizations = migrationsOf("organizations");

const postgres = testDatabases();
const opened: OpenDatabase[] = [];
let databaseCount = 0;
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  await postgres.dropAll();
});

/** A fresh empty database of the kind under test; `again()` opens a second session to the same one. */
async function freshDatabase(kind: "pglite" | "postgresql"): Promise<{ db: OpenDatabase; again(): OpenDatabase }> {
  const location =
    kind === "pglite" ? { dataDir: "memory://" } : await postgres.locationFor(`migrations_${++databaseCount}`);
  const db = openDatabase(location);
  opened.push(db);
  return {
    db,
    again() {
      if (kind === "pglite") return db; // one embedded database is one session
      const other = openDatabase(location);
      opened.push(other);
      return other;
    },
  };
}

const run = (db: OpenDatabase, migrations: readonly MigrationFile[], lockTimeoutMs?: number) =>
  db.session((session) => migrate(session, migrations, lockTimeoutMs ? { lockTimeoutMs } : {}));

const history = (db: OpenDatabase) =>
  db.session((session) =>
    session.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    ),
  );

const tableExists = async (db: OpenDatabase, table: string) =>
  (
    await db.session((session) =>
      session.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [`"${table}"`]),
    )
  )[0]?.found != null;

const kinds = ["pglite", ...(postgres.kind === "postgresql" ? (["postgresql"] as const) : [])] as const;

describe.each(kinds)("migrations on %s", (kind) => {
  it("migrates an empty database for every service and records each migration as Prisma would", async () => {
    // Every service's own tests migrate embedded databases already; one is enough here for PGlite.
    for (const service of kind === "pglite" ? ["organizations"] : services) {
      const { db } = await freshDatabase(kind);
      const migrations = migrationsOf(service);
      expect(await run(db, migrations)).toEqual({ applied: migrations.map((m) => m.name), alreadyApplied: 0 });
      expect(await history(db)).toEqual(
        migrations.map((m) => ({ migration_name: m.name, checksum: migrationChecksum(m.sql), applied_steps_count: 1 })),
      );
    }
  });

  it("leaves an up-to-date database alone, and applies only what a database one migration behind lacks", async () => {
    const { db } = await freshDatabase(kind);
    const behind = organizations.slice(0, -1);
    await run(db, behind);
    expect(await tableExists(db, "Org")).toBe(true);
    const last = organizations.at(-1) as MigrationFile;
    expect(await run(db, organizations)).toEqual({ applied: [last.name], alreadyApplied: behind.length });
    expect(await run(db, organizations)).toEqual({ applied: [], alreadyApplied: organizations.length });
    expect((await history(db)).map((row) => row.migration_name)).toEqual(organizations.map((m) => m.name));
  });

  it("carries works and nominations into the one workflow vocabulary, their notes kept", async () => {
    const upTo = (service: string) => {
      const all = migrationsOf(service);
      return { before: all.filter((m) => m.name < "20261130230000"), all };
    };
    const media = upTo("media");
    const { db: mediaDb } = await freshDatabase(kind);
    await run(mediaDb, media.before);
    await mediaDb.session((session) =>
      session.query(
        `INSERT INTO "Work" ("id", "title", "kind", "authorName", "platform", "url", "ownerOrgId", "campaignId",
           "status", "reviewReason", "publishedAt", "updatedAt")
         SELECT v.id, '作品', 'ARTICLE', '作者', '抖音', 'https://example.org/' || v.id, 'org-a', 'cmp-a',
           v.status::"WorkStatus", v.reason, now(), now()
         FROM (VALUES ('w-pending', 'PENDING', NULL), ('w-approved', 'APPROVED', NULL), ('w-rejected', 'REJECTED', '含未经核实的说法'))
           AS v(id, status, reason)`,
      ),
    );
    await run(mediaDb, media.all);
    expect(
      await mediaDb.session((session) =>
        session.query<{ id: string; status: string; reviewNote: string | null }>(
          `SELECT "id", "status"::text AS "status", "reviewNote" FROM "Work" ORDER BY "id"`,
        ),
      ),
    ).toEqual([
      { id: "w-approved", status: "PUBLISHED", reviewNote: null },
      { id: "w-pending", status: "SUBMITTED", reviewNote: null },
      { id: "w-rejected", status: "REJECTED", reviewNote: "含未经核实的说法" },
    ]);

    const evaluations = upTo("evaluations");
    const { db: evaluationsDb } = await freshDatabase(kind);
    await run(evaluationsDb, evaluations.before);
    await evaluationsDb.session((session) =>
      session.query(
        `INSERT INTO "Nomination" ("id", "campaignId", "kind", "recommenderOrgId", "reviewingOrgId", "orgId", "title",
           "description", "sessionsCount", "peopleServed", "contactName", "contactPhone", "status", "updatedAt")
         VALUES ('n-endorsed', 'cmp-a', 'UNIT', 'org-a', 'org-b', 'org-a', '单位', '事迹', 1, 1, '联系人', '13800000000',
           'ENDORSED', now())`,
      ),
    );
    await run(evaluationsDb, evaluations.all);
    expect(
      await evaluationsDb.session((session) =>
        session.query<{ status: string }>(`SELECT "status"::text AS "status" FROM "Nomination"`),
      ),
    ).toEqual([{ status: "APPROVED" }]);
  });

  it("carries activities into campaign categories and lists what was published (issue 9)", async () => {
    const all = migrationsOf("activities");
    const { db } = await freshDatabase(kind);
    await run(
      db,
      all.filter((m) => m.name < "20261202010000"),
    );
    await db.session((session) =>
      session.query(
        `INSERT INTO "Activity" ("id", "campaignId", "editionId", "hostOrgId", "title", "summary", "category", "forms",
           "mode", "topics", "audiences", "startsAt", "endsAt", "status", "reviewedAt", "updatedAt")
         SELECT v.id, v.campaign, 'cmp-e', 'org-a', '活动', '简介', v.category::"ActivityCategory", ARRAY['LECTURE']::"ActivityForm"[],
           'OFFLINE', ARRAY[]::text[], ARRAY[]::"Audience"[], now(), now() + interval '1 hour', v.status::"ActivityStatus",
           '2024-08-30T02:00:00Z', now()
         FROM (VALUES ('a-key', 'cmp-e', 'KEY', 'PUBLISHED'), ('a-key-regional', 'cmp-e-r', 'KEY', 'DRAFT'),
           ('a-joint', 'cmp-e', 'JOINT_ACTION', 'SUBMITTED')) AS v(id, campaign, category, status)`,
      ),
    );
    await run(db, all);
    const rows = await db.session((session) =>
      session.query<{
        id: string;
        categoryId: string;
        categoryKind: string;
        listed: boolean;
        published: string | null;
      }>(
        `SELECT a."id", a."categoryId", a."categoryKind"::text AS "categoryKind", a."listed",
           to_char(a."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS "published"
         FROM "Activity" a JOIN "ActivityCategory" c ON c."id" = a."categoryId" AND c."campaignId" = 'cmp-e'
         ORDER BY a."id"`,
      ),
    );
    expect(rows).toEqual([
      {
        id: "a-joint",
        categoryId: "cat-cmp-e-JOINT_ACTION",
        categoryKind: "JOINT_ACTION",
        listed: false,
        published: null,
      },
      { id: "a-key", categoryId: "cat-cmp-e-KEY", categoryKind: "KEY", listed: true, published: "2024-08-30T02:00" },
      { id: "a-key-regional", categoryId: "cat-cmp-e-KEY", categoryKind: "KEY", listed: false, published: null },
    ]);
  });

  it("refuses a migration changed after it was applied, and applies nothing then", async () => {
    const { db } = await freshDatabase(kind);
    await run(db, organizations.slice(0, 2));
    const changed = organizations.map((m, index) => (index === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(run(db, changed)).rejects.toThrow(
      new MigrationError(
        `migration ${organizations[1]?.name} was changed after it was applied; restore the file and write a new migration for the change`,
      ),
    );
    expect(await history(db)).toHaveLength(2);
    // The same file checked out with Windows line endings is no change.
    const crlf = organizations.map((m) => ({ ...m, sql: m.sql.replace(/\n/g, "\r\n") }));
    expect((await run(db, crlf)).applied).toHaveLength(organizations.length - 2);
  });

  it("refuses a database migrated by newer code", async () => {
    const { db } = await freshDatabase(kind);
    await run(db, organizations);
    await expect(run(db, organizations.slice(0, -1))).rejects.toThrow(/does not know/);
  });

  it("rolls back a failing migration with its record, names it, and applies it once it is mended", async () => {
    const { db } = await freshDatabase(kind);
    const broken = [
      ...organizations,
      { name: "20991231000000_broken", sql: `CREATE TABLE "Half" (id text);\nSELECT no_such_function();` },
    ];
    await expect(run(db, broken)).rejects.toThrow(
      /migration 20991231000000_broken failed and was rolled back: .*no_such_function/,
    );
    expect(await tableExists(db, "Half")).toBe(false);
    expect(await history(db)).toHaveLength(organizations.length);
    const mended = [...organizations, { name: "20991231000000_broken", sql: `CREATE TABLE "Half" (id text);` }];
    expect((await run(db, mended)).applied).toEqual(["20991231000000_broken"]);
    expect(await tableExists(db, "Half")).toBe(true);
  });

  it("lets two runs started at once take turns: each migration applied once", async () => {
    const { db, again } = await freshDatabase(kind);
    const reports = await Promise.all([run(db, organizations), run(again(), organizations)]);
    expect(reports.flatMap((report) => report.applied).sort()).toEqual(organizations.map((m) => m.name));
    expect(await history(db)).toHaveLength(organizations.length);
  });

  it.runIf(kind === "postgresql")("gives up with a clear error while another run holds the lock", async () => {
    const { db, again } = await freshDatabase(kind);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.session(async (session) => {
      await session.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
      locked();
      await held;
      await session.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]);
    });
    await isLocked;
    await expect(run(again(), organizations, 500)).rejects.toThrow(/another migration has held the lock/);
    release();
    await holder;
    expect((await run(again(), organizations)).applied).toHaveLength(organizations.length);
  });
});
