-- The platform's one text rule (@kepu/text normalizeText) in SQL, for rows stored before it: NFKC,
-- invisible characters removed, whitespace runs collapsed to one space, trimmed. The application
-- normalizes every name before storing it; this function brings older rows to the same form (and a
-- test keeps it in step with the TypeScript rule).
CREATE FUNCTION kepu_normalize_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT btrim(
    regexp_replace(
      regexp_replace(
        normalize(value, NFKC),
        '[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]',
        '', 'g'),
      '[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+',
      ' ', 'g'),
    ' ')
$$;

-- Same-name siblings are refused on the normalized name: 「测试站（一）」 and 「测试站(一)」 are one
-- name. Existing twins that only now compare equal keep their id as a suffix, for an admin to rename
-- (the index is rebuilt after the update so the order of the updates cannot trip it).
DROP INDEX "Org_parentId_name_key";

WITH normalized AS (
  SELECT "id", kepu_normalize_text("name") AS "name",
         row_number() OVER (
           PARTITION BY "parentId", kepu_normalize_text("name")
           ORDER BY ("name" = kepu_normalize_text("name")) DESC, "createdAt", "id"
         ) AS "rank"
  FROM "Org"
)
UPDATE "Org" AS o
SET "name" = CASE WHEN n."rank" = 1 THEN n."name" ELSE n."name" || ' (重名 ' || o."id" || ')' END
FROM normalized AS n
WHERE o."id" = n."id"
  AND o."name" IS DISTINCT FROM (CASE WHEN n."rank" = 1 THEN n."name" ELSE n."name" || ' (重名 ' || o."id" || ')' END);

CREATE UNIQUE INDEX "Org_parentId_name_key" ON "Org"("parentId", "name");

UPDATE "Org" SET "shortName" = NULLIF(kepu_normalize_text("shortName"), '')
WHERE "shortName" IS DISTINCT FROM NULLIF(kepu_normalize_text("shortName"), '');

UPDATE "User" SET "displayName" = kepu_normalize_text("displayName")
WHERE "displayName" <> kepu_normalize_text("displayName");

-- E-mail addresses are looked up normalized and lower-cased. Of accounts whose addresses only now
-- compare equal, one (an already normalized one first) takes the normalized form; the others are left
-- as they are (two accounts cannot be merged here).
WITH normalized AS (
  SELECT "id", lower(kepu_normalize_text("email")) AS "email",
         row_number() OVER (
           PARTITION BY lower(kepu_normalize_text("email"))
           ORDER BY ("email" = lower(kepu_normalize_text("email"))) DESC, "createdAt", "id"
         ) AS "rank"
  FROM "User"
)
UPDATE "User" AS u SET "email" = n."email"
FROM normalized AS n
WHERE u."id" = n."id" AND n."rank" = 1 AND u."email" <> n."email";

UPDATE "Invitation" SET "email" = lower(kepu_normalize_text("email"))
WHERE "email" <> lower(kepu_normalize_text("email"));
