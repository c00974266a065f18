-- The case queue sorted by due date in either direction, with or without a status filter,
-- read in index order (ties by case number).
-- DropIndex
DROP INDEX "Case_status_dueAt_idx";

-- CreateIndex
CREATE INDEX "Case_status_dueAt_caseNumber_idx" ON "Case"("status", "dueAt", "caseNumber");

-- CreateIndex
CREATE INDEX "Case_dueAt_caseNumber_idx" ON "Case"("dueAt", "caseNumber");

