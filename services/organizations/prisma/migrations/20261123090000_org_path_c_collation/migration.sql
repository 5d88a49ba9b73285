-- Materialized paths compare byte by byte: with COLLATE "C" one plain b-tree index serves both the
-- subtree prefix scan (LIKE '/a/b/%') and ORDER BY path, whatever the database's own collation.
-- (Prisma's schema language cannot declare a column collation; it does not diff it either.)
DROP INDEX "Org_path_prefix_idx";
ALTER TABLE "Org" ALTER COLUMN "path" SET DATA TYPE TEXT COLLATE "C";
CREATE INDEX "Org_path_idx" ON "Org"("path");
