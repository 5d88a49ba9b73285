-- A video's or audio's length in seconds, read by ffprobe when the upload finishes (issue 8 §1).
ALTER TABLE "Asset" ADD COLUMN "durationSeconds" DOUBLE PRECISION;
