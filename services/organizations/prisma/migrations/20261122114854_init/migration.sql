-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('ASSOCIATION', 'SOCIETY', 'BASE', 'MUSEUM', 'DEPARTMENT', 'ENTERPRISE', 'UNIVERSITY', 'PARK', 'COORDINATION_BODY', 'OTHER');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'PREFECTURAL', 'COUNTY', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "CampaignHostRole" AS ENUM ('LEAD', 'CO_HOST', 'MEMBER', 'SPECIAL_PARTICIPANT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ORG_ADMIN', 'EDITOR', 'REVIEWER');

-- CreateTable
CREATE TABLE "Org" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrgKind" NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "regionCode" VARCHAR(6),
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Org_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "phone" TEXT,
    "email" TEXT,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "theme" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "summaryDeadline" TIMESTAMPTZ(3),
    "parentId" TEXT,
    "regionOrgId" TEXT,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignHost" (
    "campaignId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "role" "CampaignHostRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CampaignHost_pkey" PRIMARY KEY ("campaignId","orgId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "platformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "roles" "Role"[],

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","orgId")
);

-- CreateIndex
CREATE INDEX "Org_parentId_idx" ON "Org"("parentId");

-- CreateIndex
CREATE INDEX "Org_path_prefix_idx" ON "Org"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Org_regionCode_idx" ON "Org"("regionCode");

-- CreateIndex
CREATE INDEX "Contact_orgId_idx" ON "Contact"("orgId");

-- CreateIndex
CREATE INDEX "Campaign_parentId_idx" ON "Campaign"("parentId");

-- CreateIndex
CREATE INDEX "Campaign_startsOn_idx" ON "Campaign"("startsOn");

-- CreateIndex
CREATE INDEX "CampaignHost_orgId_idx" ON "CampaignHost"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_orgId_idx" ON "Membership"("orgId");

-- AddForeignKey
ALTER TABLE "Org" ADD CONSTRAINT "Org_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Org"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_regionOrgId_fkey" FOREIGN KEY ("regionOrgId") REFERENCES "Org"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignHost" ADD CONSTRAINT "CampaignHost_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignHost" ADD CONSTRAINT "CampaignHost_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE CASCADE ON UPDATE CASCADE;
