-- CreateEnum
CREATE TYPE "AssetPurpose" AS ENUM ('WORK_VIDEO', 'WORK_IMAGE', 'WORK_AUDIO', 'WORK_COVER', 'ACTIVITY_COVER', 'RESULT_PHOTO', 'SUMMARY_FILE', 'NOMINATION_PHOTO', 'NOMINATION_VIDEO');

-- CreateEnum
CREATE TYPE "AssetStatus" AS ENUM ('UPLOADING', 'READY', 'REFUSED');

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL,
    "purpose" "AssetPurpose" NOT NULL,
    "status" "AssetStatus" NOT NULL DEFAULT 'UPLOADING',
    "ownerOrgId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "declaredBytes" INTEGER NOT NULL,
    "bytes" INTEGER,
    "mime" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "variants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "public" BOOLEAN NOT NULL DEFAULT false,
    "urlVersion" INTEGER NOT NULL DEFAULT 0,
    "uploadTokenHash" TEXT,
    "refusal" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "attachedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgStorage" (
    "orgId" TEXT NOT NULL,
    "usedBytes" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "OrgStorage_pkey" PRIMARY KEY ("orgId"),
    CONSTRAINT "OrgStorage_usedBytes_check" CHECK ("usedBytes" >= 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "Asset_uploadTokenHash_key" ON "Asset"("uploadTokenHash");

-- CreateIndex
CREATE INDEX "Asset_ownerOrgId_idx" ON "Asset"("ownerOrgId");

-- CreateIndex
CREATE INDEX "Asset_status_expiresAt_idx" ON "Asset"("status", "expiresAt");
