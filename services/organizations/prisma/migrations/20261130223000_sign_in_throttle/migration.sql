-- Counters and tokens under concurrency (issue 7 §4).

-- Failed sign-ins are counted per normalized e-mail address, registered or not, so lockout never
-- tells whether an account exists; each attempt is counted (and the lock it earns set) in one
-- atomic statement before its password is checked (src/sign-in-throttle.ts).
CREATE TABLE "SignInThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("email")
);

CREATE INDEX "SignInThrottle_lastAttemptAt_idx" ON "SignInThrottle"("lastAttemptAt");

INSERT INTO "SignInThrottle" ("email", "failures", "lockedUntil", "lastAttemptAt")
SELECT "email", "failedSignIns", "lockedUntil", CURRENT_TIMESTAMP FROM "User"
WHERE "failedSignIns" > 0 OR "lockedUntil" IS NOT NULL;

ALTER TABLE "User" DROP COLUMN "failedSignIns", DROP COLUMN "lockedUntil";

-- A rotation is no longer a revocation: within a short grace window a concurrent refresh with the
-- rotated token gets the same successor. Tokens rotated before this migration count as rotated (so
-- presenting one again still ends its sign-in), not as revoked.
ALTER TABLE "RefreshToken" ADD COLUMN "rotatedAt" TIMESTAMPTZ(3);
UPDATE "RefreshToken" SET "rotatedAt" = "revokedAt", "revokedAt" = NULL
WHERE "replacedById" IS NOT NULL AND "revokedAt" IS NOT NULL;
