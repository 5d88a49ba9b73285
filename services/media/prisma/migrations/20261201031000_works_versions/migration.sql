-- Works as content (issue 8 §2–§4): creator, summary, body, topics, hashtags, licence and files; a
-- draft state; approved versions the public reads (an edit of a published work is checked again
-- while the public keeps the approved one); a history; postings on platforms as data.
ALTER TYPE "WorkKind" RENAME VALUE 'LIVESTREAM' TO 'LIVESTREAM_REPLAY';
ALTER TYPE "WorkKind" ADD VALUE 'AUDIO';
ALTER TYPE "WorkStatus" ADD VALUE 'DRAFT' BEFORE 'SUBMITTED';

CREATE TYPE "WorkCreatorKind" AS ENUM ('PERSON', 'ORG');
CREATE TYPE "WorkCreatorRole" AS ENUM ('RESEARCHER', 'STUDENT', 'SCIENCE_COMMUNICATOR', 'OTHER');
CREATE TYPE "WorkLicence" AS ENUM ('ALL_RIGHTS_RESERVED', 'CC_BY', 'CC_BY_SA', 'CC_BY_NC', 'CC_BY_NC_SA', 'CC_BY_NC_ND');
CREATE TYPE "WorkEventAction" AS ENUM ('CREATED', 'EDITED', 'SUBMITTED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'TAKEN_DOWN');

ALTER TABLE "Work" RENAME COLUMN "authorName" TO "creatorName";
ALTER TABLE "Work"
  ADD COLUMN "summary" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "body" TEXT,
  ADD COLUMN "creatorKind" "WorkCreatorKind" NOT NULL DEFAULT 'PERSON',
  ADD COLUMN "creatorRole" "WorkCreatorRole",
  ADD COLUMN "creatorOrgId" TEXT,
  ADD COLUMN "topics" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "hashtags" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "licence" "WorkLicence" NOT NULL DEFAULT 'ALL_RIGHTS_RESERVED',
  ADD COLUMN "coverAssetId" TEXT,
  ADD COLUMN "fileAssetIds" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "liveVersionId" TEXT,
  ADD COLUMN "createdById" TEXT;
ALTER TABLE "Work" ALTER COLUMN "publishedAt" DROP NOT NULL;
-- The old rows were links to posts: a person's or account's name, as given.
UPDATE "Work" SET "creatorRole" = 'OTHER', "createdById" = "submittedById";
-- Until a work is approved it has no publication time.
UPDATE "Work" SET "publishedAt" = NULL WHERE "status" <> 'PUBLISHED';

CREATE TABLE "WorkVersion" (
  "id" TEXT NOT NULL,
  "workId" TEXT NOT NULL,
  "live" BOOLEAN NOT NULL DEFAULT false,
  "kind" "WorkKind" NOT NULL,
  "title" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  "body" TEXT,
  "creatorKind" "WorkCreatorKind" NOT NULL,
  "creatorName" TEXT NOT NULL,
  "creatorRole" "WorkCreatorRole",
  "creatorOrgId" TEXT,
  "ownerOrgId" TEXT NOT NULL,
  "ownerPath" TEXT[],
  "campaignId" TEXT NOT NULL,
  "editionId" TEXT NOT NULL,
  "activityId" TEXT,
  "topics" TEXT[],
  "hashtags" TEXT[],
  "licence" "WorkLicence" NOT NULL,
  "coverAssetId" TEXT,
  "fileAssetIds" TEXT[],
  "publishedAt" TIMESTAMPTZ(3) NOT NULL,
  "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "approvedById" TEXT,
  CONSTRAINT "WorkVersion_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "WorkVersion_workId_fkey" FOREIGN KEY ("workId") REFERENCES "Work"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "WorkVersion_live_publishedAt_id_idx" ON "WorkVersion"("live", "publishedAt" DESC, "id");
CREATE INDEX "WorkVersion_workId_idx" ON "WorkVersion"("workId");
CREATE INDEX "WorkVersion_hashtags_idx" ON "WorkVersion" USING GIN ("hashtags");
CREATE INDEX "WorkVersion_topics_idx" ON "WorkVersion" USING GIN ("topics");
CREATE INDEX "WorkVersion_ownerPath_idx" ON "WorkVersion" USING GIN ("ownerPath");
CREATE INDEX "WorkVersion_campaignId_publishedAt_idx" ON "WorkVersion"("campaignId", "publishedAt" DESC);
CREATE INDEX "WorkVersion_editionId_publishedAt_idx" ON "WorkVersion"("editionId", "publishedAt" DESC);
CREATE INDEX "WorkVersion_activityId_idx" ON "WorkVersion"("activityId");

-- Each published work's content becomes its live version. The org tree lives in the organizations
-- service, so the owner's path starts as the owner alone; the next approval writes the full path.
-- Likewise the edition: regional editions are resolved on the next approval.
INSERT INTO "WorkVersion" ("id", "workId", "live", "kind", "title", "summary", "body", "creatorKind",
  "creatorName", "creatorRole", "creatorOrgId", "ownerOrgId", "ownerPath", "campaignId", "editionId",
  "activityId", "topics", "hashtags", "licence", "coverAssetId", "fileAssetIds", "publishedAt",
  "approvedAt", "approvedById")
SELECT 'v-' || "id", "id", true, "kind", "title", "summary", "body", "creatorKind", "creatorName",
  "creatorRole", "creatorOrgId", "ownerOrgId", ARRAY["ownerOrgId"], "campaignId", "campaignId",
  "activityId", "topics", "hashtags", "licence", "coverAssetId", "fileAssetIds", "publishedAt",
  COALESCE("reviewedAt", "publishedAt"), "reviewedById"
FROM "Work" WHERE "status" = 'PUBLISHED';
UPDATE "Work" SET "liveVersionId" = 'v-' || "id" WHERE "status" = 'PUBLISHED';
CREATE UNIQUE INDEX "Work_liveVersionId_key" ON "Work"("liveVersionId");
ALTER TABLE "Work" ADD CONSTRAINT "Work_liveVersionId_fkey" FOREIGN KEY ("liveVersionId") REFERENCES "WorkVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

DROP INDEX IF EXISTS "Work_ownerOrgId_idx";
DROP INDEX IF EXISTS "Work_status_idx";
DROP INDEX IF EXISTS "Work_campaignId_publishedAt_idx";
CREATE INDEX "Work_ownerOrgId_status_idx" ON "Work"("ownerOrgId", "status");
CREATE INDEX "Work_campaignId_idx" ON "Work"("campaignId");
CREATE INDEX "Work_status_updatedAt_idx" ON "Work"("status", "updatedAt");

CREATE TABLE "WorkEvent" (
  "id" TEXT NOT NULL,
  "workId" TEXT NOT NULL,
  "action" "WorkEventAction" NOT NULL,
  "actorId" TEXT NOT NULL,
  "actorName" TEXT NOT NULL,
  "note" TEXT,
  "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "WorkEvent_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "WorkEvent_workId_fkey" FOREIGN KEY ("workId") REFERENCES "Work"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "WorkEvent_workId_at_idx" ON "WorkEvent"("workId", "at");
CREATE INDEX "WorkEvent_action_at_idx" ON "WorkEvent"("action", "at");

CREATE TABLE "WorkPlatform" (
  "key" TEXT NOT NULL,
  "nameZh" TEXT NOT NULL,
  "nameEn" TEXT NOT NULL,
  "position" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "WorkPlatform_pkey" PRIMARY KEY ("key")
);
CREATE UNIQUE INDEX "WorkPlatform_nameZh_key" ON "WorkPlatform"("nameZh");
-- The platforms the 2024 notice names (seeds/000 §三(三)3), in its order.
INSERT INTO "WorkPlatform" ("key", "nameZh", "nameEn", "position") VALUES
  ('KEPU_CHINA', '科普中国', 'Kepu China', 1),
  ('XUEXI', '学习强国', 'Xuexi Qiangguo', 2),
  ('WEIBO', '微博', 'Weibo', 3),
  ('DOUYIN', '抖音', 'Douyin', 4),
  ('TENCENT', '腾讯', 'Tencent', 5),
  ('KUAISHOU', '快手', 'Kuaishou', 6),
  ('ZHIHU', '知乎', 'Zhihu', 7),
  ('TOUTIAO', '头条', 'Toutiao', 8),
  ('BILIBILI', 'B站', 'Bilibili', 9),
  ('BAIDU', '百度', 'Baidu', 10);

CREATE TABLE "WorkPosting" (
  "id" TEXT NOT NULL,
  "workId" TEXT NOT NULL,
  "platformKey" TEXT NOT NULL,
  "url" TEXT NOT NULL,
  "postedAt" TIMESTAMPTZ(3) NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "WorkPosting_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "WorkPosting_workId_fkey" FOREIGN KEY ("workId") REFERENCES "Work"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "WorkPosting_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "WorkPlatform"("key") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "WorkPosting_workId_url_key" ON "WorkPosting"("workId", "url");
CREATE INDEX "WorkPosting_platformKey_idx" ON "WorkPosting"("platformKey");
-- Each old work's one link becomes its posting; the time it was published there is the old publishedAt.
INSERT INTO "WorkPosting" ("id", "workId", "platformKey", "url", "postedAt")
SELECT 'p-' || w."id", w."id", p."key", w."url", COALESCE(w."publishedAt", w."createdAt")
FROM "Work" w JOIN "WorkPlatform" p ON p."nameZh" = w."platform";
ALTER TABLE "Work" DROP COLUMN "platform", DROP COLUMN "url";

ALTER TABLE "Asset" ADD COLUMN "attachedTo" TEXT;
CREATE INDEX "Asset_attachedTo_idx" ON "Asset"("attachedTo");
