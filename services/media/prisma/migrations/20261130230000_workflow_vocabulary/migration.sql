-- One workflow vocabulary (issue 7 §8): a work waiting for the check is SUBMITTED, a checked one is
-- PUBLISHED (approval makes it public), as for activities; the reviewer's note as for activities.
ALTER TYPE "WorkStatus" RENAME VALUE 'PENDING' TO 'SUBMITTED';
ALTER TYPE "WorkStatus" RENAME VALUE 'APPROVED' TO 'PUBLISHED';
ALTER TABLE "Work" ALTER COLUMN "status" SET DEFAULT 'SUBMITTED';
ALTER TABLE "Work" RENAME COLUMN "reviewReason" TO "reviewNote";
ALTER TABLE "Work" ADD COLUMN "reviewedById" TEXT,
ADD COLUMN "reviewedAt" TIMESTAMPTZ(3);
