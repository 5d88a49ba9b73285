-- A link invitation refuses a new account whose address is already registered, which tells whether
-- that address has an account; the refusals are counted so a pending link cannot be used to probe
-- any number of addresses (it is revoked after a few).
ALTER TABLE "Invitation" ADD COLUMN "refusedAcceptances" INTEGER NOT NULL DEFAULT 0;
