-- CreateEnum
CREATE TYPE "AssignmentMethod" AS ENUM ('MANUAL', 'AUTO', 'BATCH');

-- CreateEnum
CREATE TYPE "QaOutcome" AS ENUM ('RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "EvidenceTier" AS ENUM ('MTUS', 'NON_MTUS_GUIDELINE', 'PEER_REVIEWED', 'PROFESSIONAL_STANDARD', 'EXPERT_OPINION', 'GENERALLY_ACCEPTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PartyRole" ADD VALUE 'UR_REVIEWER';
ALTER TYPE "PartyRole" ADD VALUE 'MEDICAL_GROUP';
ALTER TYPE "PartyRole" ADD VALUE 'FACILITY';
ALTER TYPE "PartyRole" ADD VALUE 'MANUFACTURER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AssignmentStatus" ADD VALUE 'OFFERED' BEFORE 'ACTIVE';
ALTER TYPE "AssignmentStatus" ADD VALUE 'DECLINED' BEFORE 'COMPLETED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DeterminationStatus" ADD VALUE 'RETURNED' BEFORE 'ISSUED';
ALTER TYPE "DeterminationStatus" ADD VALUE 'SUPERSEDED';

-- AlterTable
ALTER TABLE "ReviewerProfile" ADD COLUMN     "maxCasesPerWeek" INTEGER NOT NULL DEFAULT 15;

-- AlterTable
ALTER TABLE "License" ADD COLUMN     "verificationSource" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedBy" TEXT;

-- AlterTable
ALTER TABLE "BoardCertification" ADD COLUMN     "verificationSource" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedBy" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "priorCaseId" UUID;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "conflictAttestedAt" TIMESTAMP(3),
ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "method" "AssignmentMethod" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "score" JSONB;

-- AlterTable
ALTER TABLE "Determination" ADD COLUMN     "amendsId" UUID,
ADD COLUMN     "approvedById" UUID,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "DeterminationItem" ADD COLUMN     "guidelineId" UUID;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "documentDate" DATE;

-- CreateTable
CREATE TABLE "ReviewerLeave" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReviewerLeave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "QaReview" (
    "id" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "readerId" UUID NOT NULL,
    "outcome" "QaOutcome" NOT NULL,
    "comments" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeterminationDocument" (
    "determinationId" UUID NOT NULL,
    "documentId" UUID NOT NULL,

    CONSTRAINT "DeterminationDocument_pkey" PRIMARY KEY ("determinationId","documentId")
);

-- CreateTable
CREATE TABLE "Guideline" (
    "id" UUID NOT NULL,
    "tier" "EvidenceTier" NOT NULL,
    "source" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT,
    "pages" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Guideline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewerLeave_reviewerId_endsOn_idx" ON "ReviewerLeave"("reviewerId", "endsOn");

-- CreateIndex
CREATE INDEX "QaReview_determinationId_at_idx" ON "QaReview"("determinationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Guideline_source_title_section_key" ON "Guideline"("source", "title", "section");

-- CreateIndex
CREATE UNIQUE INDEX "Determination_amendsId_key" ON "Determination"("amendsId");

-- CreateIndex
CREATE INDEX "Determination_status_submittedAt_idx" ON "Determination"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "ReviewerLeave" ADD CONSTRAINT "ReviewerLeave_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_priorCaseId_fkey" FOREIGN KEY ("priorCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Determination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaReview" ADD CONSTRAINT "QaReview_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeterminationDocument" ADD CONSTRAINT "DeterminationDocument_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeterminationDocument" ADD CONSTRAINT "DeterminationDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeterminationItem" ADD CONSTRAINT "DeterminationItem_guidelineId_fkey" FOREIGN KEY ("guidelineId") REFERENCES "Guideline"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The audit trail is append-only at the database level: no row of it may be changed or removed.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
