-- Issue 9 §1–§2: categories become campaign data, the workflow gains finished / reported / cancelled
-- with an audited history, and an activity carries co-hosts, a cover, a private contact and a
-- livestream link. New enum values are only added here (not used), so this runs in one transaction
-- on PostgreSQL 15 and PGlite (PostgreSQL 18).

-- The old enum is now the kind of a category.
ALTER TYPE "ActivityCategory" RENAME TO "ActivityCategoryKind";

ALTER TYPE "ActivityStatus" ADD VALUE 'FINISHED';
ALTER TYPE "ActivityStatus" ADD VALUE 'REPORTED';
ALTER TYPE "ActivityStatus" ADD VALUE 'CANCELLED';

CREATE TYPE "ActivityEventAction" AS ENUM ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW', 'FINISH', 'REPORT', 'CANCEL', 'IMPORT');

CREATE TABLE "ActivityCategory" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ActivityCategoryKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityCategory_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ActivityCategory_campaignId_key_key" ON "ActivityCategory"("campaignId", "key");
CREATE INDEX "ActivityCategory_campaignId_position_idx" ON "ActivityCategory"("campaignId", "position");

CREATE TABLE "ActivityEvent" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "action" "ActivityEventAction" NOT NULL,
    "fromStatus" "ActivityStatus",
    "toStatus" "ActivityStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ActivityEvent_activityId_at_idx" ON "ActivityEvent"("activityId", "at");
CREATE INDEX "ActivityEvent_actorId_action_at_idx" ON "ActivityEvent"("actorId", "action", "at");
ALTER TABLE "ActivityEvent" ADD CONSTRAINT "ActivityEvent_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing activities keep their kind; each edition gets one category per kind they used, named as
-- the kind was shown, so every row points at a category of its edition.
ALTER TABLE "Activity" RENAME COLUMN "category" TO "categoryKind";
ALTER TABLE "Activity" ADD COLUMN "categoryId" TEXT,
ADD COLUMN "coHostOrgIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "livestreamUrl" TEXT,
ADD COLUMN "coverAssetId" TEXT,
ADD COLUMN "contactName" TEXT,
ADD COLUMN "contactPhone" TEXT,
ADD COLUMN "contactEmail" TEXT,
ADD COLUMN "listed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "pendingEdit" JSONB,
ADD COLUMN "publishedAt" TIMESTAMPTZ(3),
ADD COLUMN "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN "cancelReason" TEXT;

INSERT INTO "ActivityCategory" ("id", "campaignId", "key", "kind", "nameZh", "nameEn", "position")
SELECT DISTINCT 'cat-' || "editionId" || '-' || "categoryKind"::text, "editionId", "categoryKind"::text, "categoryKind",
  CASE "categoryKind" WHEN 'KEY' THEN '重点活动' WHEN 'JOINT_ACTION' THEN '系列联合行动' WHEN 'MAIN_VENUE' THEN '主场活动' ELSE '专项行动' END,
  CASE "categoryKind" WHEN 'KEY' THEN 'Key activity' WHEN 'JOINT_ACTION' THEN 'Joint action' WHEN 'MAIN_VENUE' THEN 'Main venue' ELSE 'Special action' END,
  CASE "categoryKind" WHEN 'KEY' THEN 900 WHEN 'JOINT_ACTION' THEN 910 WHEN 'MAIN_VENUE' THEN 920 ELSE 930 END
FROM "Activity";
UPDATE "Activity" SET "categoryId" = 'cat-' || "editionId" || '-' || "categoryKind"::text;
ALTER TABLE "Activity" ALTER COLUMN "categoryId" SET NOT NULL;
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ActivityCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What was published is listed, since its approval (or creation, for seeded rows).
UPDATE "Activity" SET "listed" = true, "publishedAt" = COALESCE("reviewedAt", "createdAt") WHERE "status" = 'PUBLISHED';

CREATE INDEX "Activity_listed_status_startsAt_idx" ON "Activity"("listed", "status", "startsAt");
CREATE INDEX "Activity_categoryId_idx" ON "Activity"("categoryId");
