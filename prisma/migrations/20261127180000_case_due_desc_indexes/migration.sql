-- Case lists sorted by due date going down, with the undated cases last as going up
-- (ORDER BY "dueAt" DESC NULLS LAST, "caseNumber" DESC): with and without a status filter.
-- Prisma's schema cannot say NULLS LAST, so these live in the migration only
-- (tests/integration/migrations.test.ts lists them).
CREATE INDEX "Case_status_dueAt_desc_idx" ON "Case"("status", "dueAt" DESC NULLS LAST, "caseNumber" DESC);
CREATE INDEX "Case_dueAt_desc_idx" ON "Case"("dueAt" DESC NULLS LAST, "caseNumber" DESC);
