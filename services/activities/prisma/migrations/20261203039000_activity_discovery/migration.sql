-- Discovery for the public (issue 9 §4).
--
-- Chinese full-text search: the search terms of a text are the bigrams of each run of Han characters
-- plus the run's last character alone (so a one-character query still finds it by prefix), and each
-- run of Latin letters and digits, lower-cased. 「青少年机器人编程体验营」 gives 青少 少年 年机 机器 器人
-- 人编 编程 程体 体验 验营 营, so 编程, 机器人 (机器 & 器人) and 科普 are found without a word list.
-- The same rule is written in TypeScript for the query side (src/domain/search-terms.ts); a test
-- checks both give the same terms. The lexemes go into the tsvector as they are (array_to_tsvector:
-- no text-search parser, so the server's locale cannot drop Han characters), and the query side casts
-- its terms to tsquery the same way.
CREATE FUNCTION activity_search_terms(doc text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(term), '{}'::text[]) FROM (
    SELECT CASE WHEN i = char_length(r.run) THEN substr(r.run, i, 1) ELSE substr(r.run, i, 2) END AS term
      FROM regexp_matches(doc, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') AS m(parts)
      CROSS JOIN LATERAL (SELECT m.parts[1] AS run) AS r
      CROSS JOIN LATERAL generate_series(1, char_length(r.run)) AS i
    UNION ALL
    SELECT lower(w.parts[1]) FROM regexp_matches(doc, '[A-Za-z0-9]+', 'g') AS w(parts)
  ) AS terms
$$;

-- Derived by the database from the approved content on every write (create, edit in place, the
-- approval of an edit, import, seed, bulk loads): no writer can forget it. A pending edit lives in
-- "pendingEdit" and is not searchable until approved, as the public reads the approved row.
ALTER TABLE "Activity" ADD COLUMN "searchText" tsvector GENERATED ALWAYS AS (
  array_to_tsvector(activity_search_terms(
    "title" || ' ' || "summary" || ' ' || coalesce("programme", '') || ' ' || coalesce("venue", '') || ' ' ||
    coalesce("address", '')
  ))
) STORED;

CREATE INDEX "Activity_searchText_idx" ON "Activity" USING GIN ("searchText");

-- Near me, the service circle and the map: a bounding box on the b-tree, then haversine.
CREATE INDEX "Activity_latitude_longitude_idx" ON "Activity"("latitude", "longitude");

-- A province includes its cities and counties: a range of codes on the b-tree.
CREATE INDEX "Activity_regionCode_idx" ON "Activity"("regionCode");

-- The public lists in programme order: a partial index holding only what the public may list,
-- with the predicate written as discovery's SQL writes it (src/discovery/sql.ts publicPredicate).
CREATE INDEX "Activity_public_startsAt_idx" ON "Activity"("startsAt", "id")
    WHERE "listed" AND "status" IN ('PUBLISHED', 'FINISHED', 'REPORTED', 'SUBMITTED', 'REJECTED');
