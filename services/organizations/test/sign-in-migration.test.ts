import { fileURLToPath } from "node:url";
import { migrateDatabase, openDatabase } from "@kepu/db";
import { migrationsBefore } from "@kepu/testing/migrations";
import { describe, expect, it } from "vitest";

/**
 * Migrations 20261130223000_sign_in_throttle and 20261130230000_auth_session on a database written
 * before them: failure counts move from accounts to addresses; tokens rotated before count as
 * rotated (so presenting one again still ends its sign-in), not as revoked; each family of refresh
 * tokens becomes an AuthSession, ended when the family was revoked.
 */
const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));
const throttling = "20261130223000_sign_in_throttle";

describe("the sign-in throttle and AuthSession migrations", () => {
  it("moves failure counts to addresses, turns rotations into rotations and families into AuthSessions", async () => {
    const db = openDatabase({ dataDir: "memory://" });
    try {
      await migrateDatabase(db, migrationsBefore(migrationsDir, throttling));
      await db.session((session) =>
        session.script(`
          INSERT INTO "User" (id, email, "displayName", "passwordHash", "failedSignIns", "lockedUntil") VALUES
            ('u1', 'locked@example.org', '甲', 'x', 6, now() + interval '2 minutes'),
            ('u2', 'calm@example.org', '乙', 'x', 0, NULL);
          INSERT INTO "RefreshToken" (id, "userId", "tokenHash", "familyId", "expiresAt", "revokedAt", "replacedById") VALUES
            ('t1', 'u1', 'h1', 'f1', now() + interval '30 days', now() - interval '1 hour', 't2'),
            ('t2', 'u1', 'h2', 'f1', now() + interval '30 days', NULL, NULL),
            ('t3', 'u2', 'h3', 'f2', now() + interval '30 days', now() - interval '1 hour', NULL);
          INSERT INTO "AuditEvent" (id, action, "actorId", "subjectUserId") VALUES ('a1', 'SESSIONS_REVOKED', 'u2', 'u2');
        `),
      );
      await migrateDatabase(db, migrationsDir);
      const throttles = await db.session((session) =>
        session.query<{ email: string; failures: number; locked: boolean }>(
          `SELECT email, failures, "lockedUntil" > now() AS locked FROM "SignInThrottle" ORDER BY email`,
        ),
      );
      expect(throttles).toEqual([{ email: "locked@example.org", failures: 6, locked: true }]);
      const tokens = await db.session((session) =>
        session.query<{ id: string; rotated: boolean; authSessionId: string }>(
          `SELECT id, "rotatedAt" IS NOT NULL AS rotated, "authSessionId" FROM "RefreshToken" ORDER BY id`,
        ),
      );
      expect(tokens).toEqual([
        { id: "t1", rotated: true, authSessionId: "f1" },
        { id: "t2", rotated: false, authSessionId: "f1" },
        { id: "t3", rotated: false, authSessionId: "f2" },
      ]);
      const sessions = await db.session((session) =>
        session.query<{ id: string; userId: string; ended: boolean }>(
          `SELECT id, "userId", "endedAt" IS NOT NULL AS ended FROM "AuthSession" ORDER BY id`,
        ),
      );
      expect(sessions).toEqual([
        { id: "f1", userId: "u1", ended: false },
        { id: "f2", userId: "u2", ended: true },
      ]);
      const actions = await db.session((session) =>
        session.query<{ action: string }>(`SELECT action::text AS action FROM "AuditEvent" ORDER BY id`),
      );
      expect(actions).toEqual([{ action: "AUTH_SESSIONS_ENDED" }]);
    } finally {
      await db.close();
    }
  });
});
