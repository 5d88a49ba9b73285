-- Hashtags of an edition (issue 8 §2): every science work of the campaign carries them. The 2024
-- notices (seeds/000 §三(三)3 and seeds/002 §4, 「千万IP创科普」) name #千万IP创科普#; regional editions inherit it.
ALTER TABLE "Campaign" ADD COLUMN "hashtags" TEXT[] NOT NULL DEFAULT '{}';
UPDATE "Campaign" SET "hashtags" = ARRAY['#千万IP创科普#'] WHERE "year" = 2024 AND "parentId" IS NULL;
