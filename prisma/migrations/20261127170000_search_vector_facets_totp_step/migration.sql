-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpLastStep" INTEGER;

-- CreateTable
CREATE TABLE "PublishedFacetValue" (
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedFacetValue_pkey" PRIMARY KEY ("kind","value")
);

-- The values already published, for the search form's selects.
INSERT INTO "PublishedFacetValue" ("kind", "value")
SELECT DISTINCT 'specialty', "reviewerSpecialty" FROM "PublishedDecision" WHERE "status" = 'PUBLISHED'
UNION SELECT DISTINCT 'category', c FROM "PublishedDecision", unnest("categories") AS c WHERE "status" = 'PUBLISHED'
UNION SELECT DISTINCT 'subcategory', s FROM "PublishedDecision", unnest("subcategories") AS s WHERE "status" = 'PUBLISHED';

-- The redacted text's search vector, stored once instead of parsed again by every ranking
-- (not expressible in schema.prisma; tests/integration/migrations.test.ts knows this column
-- and its index). The full-text index moves from the expression to the column.
DROP INDEX "PublishedDecision_search_idx";
ALTER TABLE "PublishedDecision" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "redactedText")) STORED;
CREATE INDEX "PublishedDecision_search_idx" ON "PublishedDecision" USING GIN ("searchVector");
