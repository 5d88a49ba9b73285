-- The text rule (@kepu/text normalizeText) also removes characters that draw as a blank but are not
-- spaces: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the braille blank (U+2800) and the
-- variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF). A name made only of them is empty, and so
-- refused as blank. The SQL twin of 20261130190000_normalize_text follows (a test keeps the two in step).
CREATE OR REPLACE FUNCTION kepu_normalize_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT btrim(
    regexp_replace(
      regexp_replace(
        normalize(value, NFKC),
        '[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\U000E0100-\U000E01EF]',
        '', 'g'),
      '[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+',
      ' ', 'g'),
    ' ')
$$;

-- Rows stored before: a name that still has content after the rule and is not a sibling's takes the
-- normalized form; one that would be blank or a twin is left as it is, for an admin to rename.
UPDATE "Org" AS o
SET "name" = kepu_normalize_text(o."name")
WHERE o."name" <> kepu_normalize_text(o."name")
  AND kepu_normalize_text(o."name") <> ''
  AND NOT EXISTS (
    SELECT 1 FROM "Org" AS s
    WHERE s."parentId" IS NOT DISTINCT FROM o."parentId" AND s."id" <> o."id"
      AND (s."name" = kepu_normalize_text(o."name") OR kepu_normalize_text(s."name") = kepu_normalize_text(o."name"))
  );

UPDATE "Org" SET "shortName" = NULLIF(kepu_normalize_text("shortName"), '')
WHERE "shortName" IS DISTINCT FROM NULLIF(kepu_normalize_text("shortName"), '');

UPDATE "User" SET "displayName" = kepu_normalize_text("displayName")
WHERE "displayName" <> kepu_normalize_text("displayName") AND kepu_normalize_text("displayName") <> '';
