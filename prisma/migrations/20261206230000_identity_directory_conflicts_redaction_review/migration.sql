-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('CLAIMS_ADMINISTRATOR', 'INSURER', 'TPA', 'EMPLOYER', 'UR_ORGANIZATION', 'MEDICAL_GROUP', 'FACILITY', 'MANUFACTURER', 'LAW_FIRM', 'OTHER');

-- CreateEnum
CREATE TYPE "ConflictResolution" AS ENUM ('CONFIRMED', 'DISMISSED');

-- AlterEnum
ALTER TYPE "LicenseStatus" ADD VALUE 'SURRENDERED';

-- AlterEnum
ALTER TYPE "PublicationStatus" ADD VALUE 'NEEDS_REVIEW' AFTER 'PUBLISHED';

-- AlterTable
ALTER TABLE "Affiliation" ADD COLUMN     "organizationId" UUID;

-- AlterTable
ALTER TABLE "Party" ADD COLUMN     "directoryOrganizationId" UUID;

-- AlterTable
ALTER TABLE "PublishedDecision" ADD COLUMN     "reviewEdits" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" UUID;

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "identifier" TEXT,
    "parentId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDecision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "pairKey" TEXT NOT NULL,
    "affiliationName" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "partyLabel" TEXT NOT NULL,
    "resolution" "ConflictResolution" NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "ConflictDecision_reviewerId_idx" ON "ConflictDecision"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDecision_caseId_reviewerId_pairKey_key" ON "ConflictDecision"("caseId", "reviewerId", "pairKey");

-- CreateIndex
CREATE INDEX "Affiliation_organizationId_idx" ON "Affiliation"("organizationId");

-- CreateIndex
CREATE INDEX "Party_directoryOrganizationId_idx" ON "Party"("directoryOrganizationId");

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDecision" ADD CONSTRAINT "ConflictDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDecision" ADD CONSTRAINT "ConflictDecision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_directoryOrganizationId_fkey" FOREIGN KEY ("directoryOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

