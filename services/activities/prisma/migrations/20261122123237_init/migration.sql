-- CreateEnum
CREATE TYPE "ActivityCategory" AS ENUM ('KEY', 'JOINT_ACTION', 'MAIN_VENUE', 'SPECIAL_ACTION');

-- CreateEnum
CREATE TYPE "ActivityForm" AS ENUM ('EXHIBITION', 'LECTURE', 'EXPERIMENT', 'STUDY_TOUR', 'SCIENCE_NIGHT', 'CHECK_IN_TRAIL', 'OPEN_DAY', 'LIVESTREAM', 'ONLINE_EXHIBITION', 'COMPETITION', 'TRAINING', 'CONSULTATION', 'SALON', 'AR_VR');

-- CreateEnum
CREATE TYPE "ActivityMode" AS ENUM ('ONLINE', 'OFFLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('POLICY_MAKERS', 'STUDENTS_AND_YOUNG_RESEARCHERS', 'CHILDREN_AND_TEENAGERS', 'ELDERLY', 'FARMERS', 'WOMEN', 'GENERAL_PUBLIC');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED');

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "hostOrgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "programme" TEXT,
    "forms" "ActivityForm"[],
    "mode" "ActivityMode" NOT NULL,
    "topics" TEXT[],
    "audiences" "Audience"[],
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "regionCode" VARCHAR(6),
    "venue" TEXT,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "sessionsCount" INTEGER,
    "peopleServed" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Activity_editionId_startsAt_idx" ON "Activity"("editionId", "startsAt");

-- CreateIndex
CREATE INDEX "Activity_campaignId_startsAt_idx" ON "Activity"("campaignId", "startsAt");

-- CreateIndex
CREATE INDEX "Activity_hostOrgId_idx" ON "Activity"("hostOrgId");

-- CreateIndex
CREATE INDEX "Activity_status_idx" ON "Activity"("status");
