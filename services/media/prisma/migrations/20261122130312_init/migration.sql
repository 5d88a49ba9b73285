-- CreateEnum
CREATE TYPE "WorkKind" AS ENUM ('SHORT_VIDEO', 'ARTICLE', 'IMAGE_SET', 'LIVESTREAM', 'VR');

-- CreateEnum
CREATE TYPE "WorkStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "Work" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "WorkKind" NOT NULL,
    "authorName" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "ownerOrgId" TEXT NOT NULL,
    "activityId" TEXT,
    "campaignId" TEXT NOT NULL,
    "status" "WorkStatus" NOT NULL DEFAULT 'PENDING',
    "reviewReason" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Work_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Work_activityId_idx" ON "Work"("activityId");

-- CreateIndex
CREATE INDEX "Work_ownerOrgId_idx" ON "Work"("ownerOrgId");

-- CreateIndex
CREATE INDEX "Work_campaignId_publishedAt_idx" ON "Work"("campaignId", "publishedAt");

-- CreateIndex
CREATE INDEX "Work_status_idx" ON "Work"("status");
