-- CreateIndex
CREATE INDEX "Assignment_status_endedAt_idx" ON "Assignment"("status", "endedAt");

-- CreateIndex
CREATE INDEX "Assignment_assignedAt_idx" ON "Assignment"("assignedAt");

