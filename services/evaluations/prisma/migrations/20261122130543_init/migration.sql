-- CreateEnum
CREATE TYPE "NominationKind" AS ENUM ('UNIT', 'ACTIVITY');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ENDORSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RecommenderKind" AS ENUM ('PREFECTURAL_ASSOCIATION', 'MEMBER_UNIT', 'PROVINCIAL_SOCIETY');

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "kind" "NominationKind" NOT NULL,
    "recommenderOrgId" TEXT NOT NULL,
    "recommenderKind" "RecommenderKind",
    "reviewingOrgId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "activityId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sessionsCount" INTEGER NOT NULL,
    "peopleServed" INTEGER NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "status" "NominationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaRule" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "recommenderKind" "RecommenderKind" NOT NULL,
    "maxUnits" INTEGER NOT NULL,
    "maxActivities" INTEGER NOT NULL,

    CONSTRAINT "QuotaRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Nomination_campaignId_recommenderOrgId_kind_idx" ON "Nomination"("campaignId", "recommenderOrgId", "kind");

-- CreateIndex
CREATE INDEX "Nomination_activityId_idx" ON "Nomination"("activityId");

-- CreateIndex
CREATE INDEX "Nomination_reviewingOrgId_idx" ON "Nomination"("reviewingOrgId");

-- CreateIndex
CREATE INDEX "Nomination_recommenderOrgId_idx" ON "Nomination"("recommenderOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "QuotaRule_campaignId_recommenderKind_key" ON "QuotaRule"("campaignId", "recommenderKind");
