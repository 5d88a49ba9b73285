-- Results and figures (issue 9 §6): what a finished activity reports (photos, news links, a summary
-- beside the existing sessionsCount / peopleServed), when, and the host's place in the org tree for
-- figures rolled up a subtree (GIN on hostPath), plus the clock's index (status, endsAt).
ALTER TABLE "Activity" ADD COLUMN "resultPhotoAssetIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Activity" ADD COLUMN "newsLinks" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Activity" ADD COLUMN "resultSummary" TEXT;
ALTER TABLE "Activity" ADD COLUMN "reportedAt" TIMESTAMPTZ(3);
ALTER TABLE "Activity" ADD COLUMN "resultsUpdatedAt" TIMESTAMPTZ(3);
ALTER TABLE "Activity" ADD COLUMN "hostPath" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE INDEX "Activity_status_endsAt_idx" ON "Activity"("status", "endsAt");
CREATE INDEX "Activity_hostPath_idx" ON "Activity" USING GIN ("hostPath");

-- Reported figures are whole and not negative.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_results_check"
    CHECK (("sessionsCount" IS NULL OR "sessionsCount" >= 0) AND ("peopleServed" IS NULL OR "peopleServed" >= 0));
