-- The resource library (issue 8 §5): a campaign's downloadable kits, files uploaded as RESOURCE_FILE.
ALTER TYPE "AssetPurpose" ADD VALUE 'RESOURCE_FILE';

CREATE TYPE "ResourceKind" AS ENUM ('SHORT_VIDEO', 'EXHIBITION_PANEL', 'GRAPHIC', 'LOGO', 'PROMOTION_KIT', 'OTHER');

CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "ownerOrgId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "usageRules" TEXT NOT NULL DEFAULT '',
    "fileAssetIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Resource_campaignId_position_idx" ON "Resource"("campaignId", "position");
