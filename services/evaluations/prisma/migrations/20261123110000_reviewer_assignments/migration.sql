-- CreateTable
CREATE TABLE "Assignment" (
    "nominationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("nominationId","reviewerId")
);

-- CreateIndex
CREATE INDEX "Assignment_reviewerId_idx" ON "Assignment"("reviewerId");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

