-- The latest job of a kind (the queue page's last batch assignment run).
-- CreateIndex
CREATE INDEX "Job_kind_createdAt_idx" ON "Job"("kind", "createdAt");

