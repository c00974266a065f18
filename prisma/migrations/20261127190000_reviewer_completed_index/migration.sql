-- A reviewer's completed reviews by completion time (lib/cases/list-completed-reviews.ts);
-- the prefix still serves the lookups by reviewer and status.
-- DropIndex
DROP INDEX "Assignment_reviewerId_status_idx";

-- CreateIndex
CREATE INDEX "Assignment_reviewerId_status_endedAt_idx" ON "Assignment"("reviewerId", "status", "endedAt");

