-- CreateEnum
CREATE TYPE "ServiceMethod" AS ENUM ('MAIL', 'ELECTRONIC', 'PERSONAL', 'FAX');

-- CreateEnum
CREATE TYPE "ArrivalChannel" AS ENUM ('MAIL', 'FAX', 'ONLINE');

-- CreateEnum
CREATE TYPE "UrDecisionKind" AS ENUM ('MEDICAL_NECESSITY_DENIAL', 'MEDICAL_NECESSITY_MODIFICATION', 'CONDITIONAL_NON_CERTIFICATION', 'OTHER');

-- CreateEnum
CREATE TYPE "EligibilityOutcome" AS ENUM ('ELIGIBLE', 'INELIGIBLE', 'DEFERRED', 'NEEDS_INFORMATION');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "arrivalChannel" "ArrivalChannel" NOT NULL DEFAULT 'ONLINE',
ADD COLUMN     "eligibilityDecidedAt" TIMESTAMP(3),
ADD COLUMN     "eligibilityDecidedById" UUID,
ADD COLUMN     "eligibilityFindings" JSONB,
ADD COLUMN     "eligibilityOutcome" "EligibilityOutcome",
ADD COLUMN     "eligibilityOverrideReason" TEXT,
ADD COLUMN     "expeditedCertified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "informationDueAt" TIMESTAMP(3),
ADD COLUMN     "liabilityDisputed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mergedIntoCaseId" UUID,
ADD COLUMN     "noticeMethod" "ServiceMethod",
ADD COLUMN     "noticeSentAt" TIMESTAMP(3),
ADD COLUMN     "recordsCompleteAt" TIMESTAMP(3),
ADD COLUMN     "recordsDueAt" TIMESTAMP(3),
ADD COLUMN     "signed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "urDecisionAttached" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "urDecisionKind" "UrDecisionKind",
ADD COLUMN     "urDecisionServedOn" DATE,
ADD COLUMN     "urServiceMethod" "ServiceMethod";

-- AlterTable
ALTER TABLE "Party" ADD COLUMN     "address" TEXT,
ADD COLUMN     "dateOfBirth" DATE,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "uploadedById" UUID;

-- CreateTable
CREATE TABLE "RecordsRequest" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "description" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3),

    CONSTRAINT "RecordsRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentCategory" (
    "id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT NOT NULL,

    CONSTRAINT "TreatmentCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "userId" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationDraft_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "RecordsRequest_dueAt_receivedAt_idx" ON "RecordsRequest"("dueAt", "receivedAt");

-- CreateIndex
CREATE INDEX "RecordsRequest_caseId_idx" ON "RecordsRequest"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "TreatmentCategory_category_subcategory_key" ON "TreatmentCategory"("category", "subcategory");

-- AddForeignKey
ALTER TABLE "RecordsRequest" ADD CONSTRAINT "RecordsRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

