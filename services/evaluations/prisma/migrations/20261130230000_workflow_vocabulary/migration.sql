-- One workflow vocabulary (issue 7 §8): the receiving unit's positive decision is APPROVED (was
-- ENDORSED); its note, who decided and when, as for activities and works.
ALTER TYPE "NominationStatus" RENAME VALUE 'ENDORSED' TO 'APPROVED';
ALTER TABLE "Nomination" ADD COLUMN "reviewNote" TEXT,
ADD COLUMN "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN "reviewedById" TEXT;
