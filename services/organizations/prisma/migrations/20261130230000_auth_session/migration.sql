-- The sign-in session is an AuthSession (issue 7 §8: "Session" is an activity's 场次). What was an
-- implicit family of refresh tokens (familyId) becomes a row of its own; ending a sign-in sets its
-- endedAt instead of revoking each token.
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every family becomes a session; a family was ended exactly when one of its tokens was revoked
-- (revocations always covered the whole family or all of a user's tokens).
INSERT INTO "AuthSession" ("id", "userId", "createdAt", "endedAt")
SELECT "familyId", min("userId"), min("createdAt"), max("revokedAt")
FROM "RefreshToken"
GROUP BY "familyId";

ALTER TABLE "RefreshToken" RENAME COLUMN "familyId" TO "authSessionId";
ALTER INDEX "RefreshToken_familyId_idx" RENAME TO "RefreshToken_authSessionId_idx";
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_authSessionId_fkey" FOREIGN KEY ("authSessionId") REFERENCES "AuthSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RefreshToken" DROP COLUMN "revokedAt";

ALTER TYPE "AuditAction" RENAME VALUE 'SESSIONS_REVOKED' TO 'AUTH_SESSIONS_ENDED';
