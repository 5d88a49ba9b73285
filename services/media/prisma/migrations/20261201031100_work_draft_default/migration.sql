-- A new work starts as a draft (its own migration: a value added to an enum cannot be used in the
-- transaction that added it).
ALTER TABLE "Work" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
