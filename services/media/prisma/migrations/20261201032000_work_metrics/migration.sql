-- Reach of works (issue 8 §4): each posting's figures per Shanghai day; the latest one counts.
CREATE TABLE "WorkMetricSnapshot" (
  "id" TEXT NOT NULL,
  "postingId" TEXT NOT NULL,
  "takenOn" DATE NOT NULL,
  "views" INTEGER NOT NULL,
  "likes" INTEGER NOT NULL,
  "shares" INTEGER NOT NULL,
  "comments" INTEGER NOT NULL,
  "recordedById" TEXT NOT NULL,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "WorkMetricSnapshot_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "WorkMetricSnapshot_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "WorkPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "WorkMetricSnapshot_figures_check" CHECK ("views" >= 0 AND "likes" >= 0 AND "shares" >= 0 AND "comments" >= 0)
);
CREATE UNIQUE INDEX "WorkMetricSnapshot_postingId_takenOn_key" ON "WorkMetricSnapshot"("postingId", "takenOn");
