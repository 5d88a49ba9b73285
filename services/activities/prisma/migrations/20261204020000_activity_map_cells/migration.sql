-- Map clusters pre-aggregated per zoom (issue 9 §4; docs/decisions.md "the map reads cells kept by the
-- database"). Over all of China at zoom 4 the live query grouped every public activity into grid cells
-- (linear in the table: 314 ms at 200,000 rows); this table holds those cells for zooms 0–12, so a
-- viewport reads at most a few thousand rows of it, whatever the number of activities.
--
-- A cell is the grid of src/domain/map-grid.ts: 8 screen pixels at the zoom, 11.25 / 2^zoom degrees
-- (exact in binary floating point, so the database and TypeScript compute the same cell), x =
-- floor(longitude / size), y = floor(latitude / size). It holds how many public activities with a
-- point lie in it and the sums of their coordinates in units of 1e-7 degree (integers: adding and
-- removing never drifts; the mean point is sum / count). A cell whose activities all left keeps a row
-- with count 0 (read as absent).

-- Whether a row counts on the public map: the public predicate of discovery (src/discovery/sql.ts
-- publicPredicate, the same statuses as the partial index Activity_public_startsAt_idx) and a point.
CREATE FUNCTION activity_on_public_map(listed boolean, status "ActivityStatus", latitude float8, longitude float8)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT listed AND status IN ('PUBLISHED', 'FINISHED', 'REPORTED', 'SUBMITTED', 'REJECTED')
    AND latitude IS NOT NULL AND longitude IS NOT NULL
$$;

CREATE TABLE "ActivityMapCell" (
    "zoom" SMALLINT NOT NULL,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "latitudeSum" BIGINT NOT NULL,
    "longitudeSum" BIGINT NOT NULL,
    -- The activity when the cell holds exactly one (the map links its mark to it), else null.
    "activityId" TEXT,
    -- No CHECK on count: PostgreSQL checks the proposed row of an upsert (a removal, -1) before it
    -- finds the conflicting cell it updates.
    CONSTRAINT "ActivityMapCell_pkey" PRIMARY KEY ("zoom", "x", "y")
);

-- Cells left with one activity whose id is not known yet (normally none; see below).
CREATE INDEX "ActivityMapCell_unknown_single_idx" ON "ActivityMapCell"("zoom", "x", "y")
    WHERE "count" = 1 AND "activityId" IS NULL;

-- Adds activities to the cells of every pre-aggregated zoom (weight 1) or takes them away (weight
-- -1), in one statement in key order (concurrent writers lock cells in the same order). Moves whose
-- weights cancel within a cell change nothing. A cell's lone activity is known when it arrives in an
-- empty cell; otherwise (a cell of two loses one, or its one moves within it) it is looked up among
-- the cell's public activities afterwards (the partial index finds those cells).
CREATE FUNCTION activity_map_cells_add(ids text[], latitudes float8[], longitudes float8[], weights integer[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ActivityMapCell" AS c ("zoom", "x", "y", "count", "latitudeSum", "longitudeSum", "activityId")
  SELECT z.zoom, floor(p.lng / (11.25::float8 / (1 << z.zoom)))::int, floor(p.lat / (11.25::float8 / (1 << z.zoom)))::int,
         sum(p.w)::int, sum(p.w * round(p.lat * 1e7)::bigint), sum(p.w * round(p.lng * 1e7)::bigint),
         CASE WHEN sum(p.w) = 1 AND count(*) = 1 THEN min(p.id) END
  FROM unnest(ids, latitudes, longitudes, weights) AS p(id, lat, lng, w)
  CROSS JOIN generate_series(0, 12) AS z(zoom)
  GROUP BY 1, 2, 3
  HAVING sum(p.w) <> 0 OR sum(p.w * round(p.lat * 1e7)::bigint) <> 0 OR sum(p.w * round(p.lng * 1e7)::bigint) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("zoom", "x", "y") DO UPDATE SET
    "count" = c."count" + EXCLUDED."count",
    "latitudeSum" = c."latitudeSum" + EXCLUDED."latitudeSum",
    "longitudeSum" = c."longitudeSum" + EXCLUDED."longitudeSum",
    "activityId" = CASE
      WHEN c."count" + EXCLUDED."count" <> 1 THEN NULL
      WHEN c."count" = 0 THEN EXCLUDED."activityId"
      ELSE NULL
    END;
  UPDATE "ActivityMapCell" AS c SET "activityId" = (
    SELECT min(a."id") FROM "Activity" a
    WHERE activity_on_public_map(a."listed", a."status", a."latitude", a."longitude")
      AND a."latitude" >= c."y" * (11.25::float8 / (1 << c."zoom")) - 1e-9
      AND a."latitude" <= (c."y" + 1) * (11.25::float8 / (1 << c."zoom")) + 1e-9
      AND a."longitude" >= c."x" * (11.25::float8 / (1 << c."zoom")) - 1e-9
      AND a."longitude" <= (c."x" + 1) * (11.25::float8 / (1 << c."zoom")) + 1e-9
      AND floor(a."latitude" / (11.25::float8 / (1 << c."zoom")))::int = c."y"
      AND floor(a."longitude" / (11.25::float8 / (1 << c."zoom")))::int = c."x")
  WHERE c."count" = 1 AND c."activityId" IS NULL;
$$;

-- Kept right in the writing transaction by the database, for every writer (mutations, the clock,
-- imports, seeds, bulk loads): once per statement, from the rows it changed (transition tables), so a
-- bulk insert of 50,000 rows costs one grouped upsert. An update moves only rows whose public
-- visibility or point changed (publish, approve, unpublish, withdraw, cancel, move).
CREATE FUNCTION activity_map_cells_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  lats float8[];
  lngs float8[];
  ws integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."id"), array_agg(n."latitude"), array_agg(n."longitude"), array_agg(1) INTO ids, lats, lngs, ws
    FROM new_rows n WHERE activity_on_public_map(n."listed", n."status", n."latitude", n."longitude");
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."id"), array_agg(o."latitude"), array_agg(o."longitude"), array_agg(-1) INTO ids, lats, lngs, ws
    FROM old_rows o WHERE activity_on_public_map(o."listed", o."status", o."latitude", o."longitude");
  ELSE
    SELECT array_agg(d.id), array_agg(d.lat), array_agg(d.lng), array_agg(d.w) INTO ids, lats, lngs, ws FROM (
      SELECT o."id" AS id, o."latitude" AS lat, o."longitude" AS lng, -1 AS w
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE activity_on_public_map(o."listed", o."status", o."latitude", o."longitude")
        AND NOT (activity_on_public_map(n."listed", n."status", n."latitude", n."longitude")
                 AND n."latitude" = o."latitude" AND n."longitude" = o."longitude")
      UNION ALL
      SELECT n."id", n."latitude", n."longitude", 1
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE activity_on_public_map(n."listed", n."status", n."latitude", n."longitude")
        AND NOT (activity_on_public_map(o."listed", o."status", o."latitude", o."longitude")
                 AND n."latitude" = o."latitude" AND n."longitude" = o."longitude")
    ) d;
  END IF;
  IF lats IS NOT NULL THEN
    PERFORM activity_map_cells_add(ids, lats, lngs, ws);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Activity_map_cells_insert" AFTER INSERT ON "Activity"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_map_cells_on_write();
CREATE TRIGGER "Activity_map_cells_update" AFTER UPDATE ON "Activity"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_map_cells_on_write();
CREATE TRIGGER "Activity_map_cells_delete" AFTER DELETE ON "Activity"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_map_cells_on_write();

-- The activities already public.
SELECT activity_map_cells_add(array_agg("id"), array_agg("latitude"), array_agg("longitude"), array_agg(1))
FROM "Activity" WHERE activity_on_public_map("listed", "status", "latitude", "longitude")
HAVING count(*) > 0;

-- The public list's index also carries the columns the common filters test, so a filtered page in
-- programme order is an index-only scan that never fetches a row it then drops (a province, a kind
-- and a form: 1 ms instead of 100 ms cold at 200,000 rows). Same name, same predicate as before.
DROP INDEX "Activity_public_startsAt_idx";
CREATE INDEX "Activity_public_startsAt_idx" ON "Activity"("startsAt", "id")
    INCLUDE ("regionCode", "categoryKind", "categoryId", "campaignId", "editionId", "forms", "mode")
    WHERE "listed" AND "status" IN ('PUBLISHED', 'FINISHED', 'REPORTED', 'SUBMITTED', 'REJECTED');
