-- Quota categories become data of the campaign (issue 7 §1): a region defines its own categories and
-- which units fall in each (by kind, level or host role), replacing one province's fixed enum. A
-- nomination records the category the server looked up, never one the caller declared.

-- CreateTable
CREATE TABLE "QuotaCategory" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "orgKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "orgLevels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hostRoles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "maxUnits" INTEGER NOT NULL,
    "maxActivities" INTEGER NOT NULL,

    CONSTRAINT "QuotaCategory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuotaCategory_campaignId_name_key" ON "QuotaCategory"("campaignId", "name");

-- The three kinds of the old enum become categories of the campaigns that had rules for them.
INSERT INTO "QuotaCategory" ("id", "campaignId", "name", "position", "orgKinds", "orgLevels", "hostRoles", "maxUnits", "maxActivities")
SELECT "id", "campaignId",
       CASE "recommenderKind" WHEN 'MEMBER_UNIT' THEN '纲要办成员单位' WHEN 'PREFECTURAL_ASSOCIATION' THEN '市州科协' ELSE '省级学会' END,
       CASE "recommenderKind" WHEN 'MEMBER_UNIT' THEN 0 WHEN 'PREFECTURAL_ASSOCIATION' THEN 1 ELSE 2 END,
       CASE "recommenderKind" WHEN 'MEMBER_UNIT' THEN ARRAY[]::TEXT[] WHEN 'PREFECTURAL_ASSOCIATION' THEN ARRAY['ASSOCIATION'] ELSE ARRAY['SOCIETY'] END,
       CASE "recommenderKind" WHEN 'MEMBER_UNIT' THEN ARRAY[]::TEXT[] WHEN 'PREFECTURAL_ASSOCIATION' THEN ARRAY['PREFECTURAL'] ELSE ARRAY['PROVINCIAL'] END,
       CASE "recommenderKind" WHEN 'MEMBER_UNIT' THEN ARRAY['MEMBER'] ELSE ARRAY[]::TEXT[] END,
       "maxUnits", "maxActivities"
FROM "QuotaRule";

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN "quotaCategoryId" TEXT;

UPDATE "Nomination" AS n SET "quotaCategoryId" = r."id"
FROM "QuotaRule" AS r
WHERE r."campaignId" = n."campaignId" AND r."recommenderKind" = n."recommenderKind";

ALTER TABLE "Nomination" DROP COLUMN "recommenderKind";

-- DropTable
DROP TABLE "QuotaRule";

-- DropEnum
DROP TYPE "RecommenderKind";

-- CreateIndex
CREATE INDEX "Nomination_quotaCategoryId_idx" ON "Nomination"("quotaCategoryId");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_quotaCategoryId_fkey" FOREIGN KEY ("quotaCategoryId") REFERENCES "QuotaCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
