-- 场次 (issue 9 §1): an activity has one or more sessions; Activity.startsAt/endsAt become their
-- envelope, derived by the server.
CREATE TABLE "ActivitySession" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT false,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "waitlistCount" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActivitySession_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ActivitySession_counts_check" CHECK ("confirmedCount" >= 0 AND "waitlistCount" >= 0),
    CONSTRAINT "ActivitySession_time_check" CHECK ("startsAt" < "endsAt")
);

CREATE INDEX "ActivitySession_activityId_startsAt_idx" ON "ActivitySession"("activityId", "startsAt");

ALTER TABLE "ActivitySession" ADD CONSTRAINT "ActivitySession_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing activity gets one session with its own times (no registration), so the envelope
-- holds from the start.
INSERT INTO "ActivitySession" ("id", "activityId", "startsAt", "endsAt", "updatedAt")
SELECT 'ses-' || "id", "id", "startsAt", "endsAt", CURRENT_TIMESTAMP FROM "Activity";
