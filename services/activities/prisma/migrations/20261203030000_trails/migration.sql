-- 联动打卡 (issue 9 §5): check-in trails, their stops, people's check-ins, progress and code attempts.
CREATE TYPE "TrailStatus" AS ENUM ('DRAFT', 'PUBLISHED');

CREATE TABLE "Trail" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "hostOrgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "TrailStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Trail_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrailStop" (
    "id" TEXT NOT NULL,
    "trailId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "activityId" TEXT,
    "title" TEXT,
    "venue" TEXT,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrailStop_pkey" PRIMARY KEY ("id"),
    -- An activity's stop or a named venue, never neither.
    CONSTRAINT "TrailStop_activity_or_venue_check" CHECK ("activityId" IS NOT NULL OR "title" IS NOT NULL)
);

CREATE TABLE "TrailCheckIn" (
    "id" TEXT NOT NULL,
    "trailId" TEXT NOT NULL,
    "stopId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrailCheckIn_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrailProgress" (
    "trailId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "checkIns" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrailProgress_pkey" PRIMARY KEY ("trailId", "userId")
);

CREATE TABLE "TrailCodeAttempt" (
    "stopId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrailCodeAttempt_pkey" PRIMARY KEY ("stopId", "userId")
);

CREATE INDEX "Trail_campaignId_status_idx" ON "Trail"("campaignId", "status");
CREATE INDEX "Trail_editionId_status_idx" ON "Trail"("editionId", "status");
CREATE INDEX "Trail_hostOrgId_idx" ON "Trail"("hostOrgId");
CREATE INDEX "TrailStop_trailId_position_idx" ON "TrailStop"("trailId", "position");
CREATE INDEX "TrailStop_activityId_idx" ON "TrailStop"("activityId");
CREATE UNIQUE INDEX "TrailCheckIn_stopId_userId_key" ON "TrailCheckIn"("stopId", "userId");
CREATE INDEX "TrailCheckIn_trailId_userId_idx" ON "TrailCheckIn"("trailId", "userId");
CREATE INDEX "TrailProgress_userId_idx" ON "TrailProgress"("userId");

ALTER TABLE "TrailStop" ADD CONSTRAINT "TrailStop_trailId_fkey" FOREIGN KEY ("trailId") REFERENCES "Trail"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrailStop" ADD CONSTRAINT "TrailStop_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrailCheckIn" ADD CONSTRAINT "TrailCheckIn_trailId_fkey" FOREIGN KEY ("trailId") REFERENCES "Trail"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrailCheckIn" ADD CONSTRAINT "TrailCheckIn_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TrailStop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrailProgress" ADD CONSTRAINT "TrailProgress_trailId_fkey" FOREIGN KEY ("trailId") REFERENCES "Trail"("id") ON DELETE CASCADE ON UPDATE CASCADE;
