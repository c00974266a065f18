-- The administrators' publication list, newest first, with and without a status filter.
-- CreateIndex
CREATE INDEX "PublishedDecision_status_createdAt_idx" ON "PublishedDecision"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PublishedDecision_createdAt_idx" ON "PublishedDecision"("createdAt");

