-- Rights that change take effect at once (issue 7 §3): every change to a user's memberships, roles
-- or platform-admin flag bumps the user's rights version in the same transaction, here in the
-- database so that no write path (mutations, seed, cascades) can forget it. Access tokens carry the
-- version they were signed at; subgraphs refuse a mutation carried by an older one.
ALTER TABLE "User" ADD COLUMN "rightsVersion" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION "bump_rights_version_for_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."userId" = NEW."userId" AND OLD."roles" IS NOT DISTINCT FROM NEW."roles" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "User" SET "rightsVersion" = "rightsVersion" + 1 WHERE "id" = OLD."userId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR OLD."userId" <> NEW."userId") THEN
    UPDATE "User" SET "rightsVersion" = "rightsVersion" + 1 WHERE "id" = NEW."userId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Membership_bump_rights_version"
AFTER INSERT OR UPDATE OR DELETE ON "Membership"
FOR EACH ROW EXECUTE FUNCTION "bump_rights_version_for_membership"();

CREATE FUNCTION "bump_rights_version_for_platform_admin"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."platformAdmin" IS DISTINCT FROM NEW."platformAdmin" THEN
    NEW."rightsVersion" := OLD."rightsVersion" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "User_bump_rights_version"
BEFORE UPDATE OF "platformAdmin" ON "User"
FOR EACH ROW EXECUTE FUNCTION "bump_rights_version_for_platform_admin"();
