-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('INTAKE', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('RECEIVED', 'NEEDS_INFORMATION', 'INELIGIBLE', 'DEFERRED', 'AWAITING_RECORDS', 'READY_FOR_ASSIGNMENT', 'ASSIGNED', 'IN_QA', 'DECIDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ReviewType" AS ENUM ('STANDARD', 'EXPEDITED', 'FORMULARY');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('EMPLOYEE', 'REPRESENTATIVE', 'REQUESTING_PHYSICIAN', 'CLAIMS_ADMINISTRATOR', 'EMPLOYER', 'UR_ORGANIZATION');

-- CreateEnum
CREATE TYPE "Decision" AS ENUM ('UPHELD', 'OVERTURNED');

-- CreateEnum
CREATE TYPE "LicenseStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "AffiliationKind" AS ENUM ('EMPLOYEE', 'EMPLOYER', 'CLAIMS_ADMINISTRATOR', 'UR_ORGANIZATION', 'PHYSICIAN', 'MEDICAL_GROUP', 'FACILITY', 'MANUFACTURER');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'REVOKED');

-- CreateEnum
CREATE TYPE "DeterminationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ISSUED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('APPLICATION', 'UR_DECISION', 'MEDICAL_REPORT', 'CORRESPONDENCE', 'NOTICE', 'DETERMINATION_LETTER', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'PARTY', 'SYSTEM', 'PUBLIC');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specialty" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Specialty_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SpecialtySimilarity" (
    "specialtyCode" TEXT NOT NULL,
    "similarCode" TEXT NOT NULL,

    CONSTRAINT "SpecialtySimilarity_pkey" PRIMARY KEY ("specialtyCode","similarCode")
);

-- CreateTable
CREATE TABLE "ReviewerProfile" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "yearsInPractice" INTEGER NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "disciplinaryHistory" BOOLEAN NOT NULL DEFAULT false,
    "maxOpenCases" INTEGER NOT NULL DEFAULT 10,

    CONSTRAINT "ReviewerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "License" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "state" CHAR(2) NOT NULL,
    "number" TEXT NOT NULL,
    "status" "LicenseStatus" NOT NULL,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "expiresOn" DATE NOT NULL,

    CONSTRAINT "License_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardCertification" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "board" TEXT NOT NULL,
    "specialtyCode" TEXT NOT NULL,
    "subspecialty" TEXT,
    "expiresOn" DATE NOT NULL,

    CONSTRAINT "BoardCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "kind" "AffiliationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "identifier" TEXT,
    "note" TEXT,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "reviewType" "ReviewType" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3),
    "dateOfInjury" DATE NOT NULL,
    "urDecisionDate" DATE NOT NULL,
    "claimNumber" TEXT NOT NULL,
    "specialtyCode" TEXT NOT NULL,
    "employeeAge" INTEGER,
    "employeeSex" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "identifier" TEXT,
    "specialty" TEXT,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyAccessCode" (
    "id" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "PartyAccessCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessAttempt" (
    "id" BIGSERIAL NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputedItem" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT,
    "subcategory" TEXT,

    CONSTRAINT "DisputedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "assignedById" UUID,
    "reason" TEXT,
    "candidates" JSONB,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Determination" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "DeterminationStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewerId" UUID NOT NULL,
    "clinicalSummary" TEXT NOT NULL DEFAULT '',
    "qualifications" TEXT,
    "amendmentReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3),
    "letterId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Determination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeterminationItem" (
    "id" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "disputedItemId" UUID NOT NULL,
    "decision" "Decision",
    "claimsAdminGuideline" TEXT NOT NULL DEFAULT '',
    "reviewerGuideline" TEXT NOT NULL DEFAULT '',
    "rationale" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DeterminationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "pageCount" INTEGER,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentContent" (
    "documentId" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "DocumentContent_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "caseId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Specialty_name_key" ON "Specialty"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewerProfile_userId_key" ON "ReviewerProfile"("userId");

-- CreateIndex
CREATE INDEX "License_reviewerId_idx" ON "License"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "License_state_number_key" ON "License"("state", "number");

-- CreateIndex
CREATE INDEX "BoardCertification_reviewerId_idx" ON "BoardCertification"("reviewerId");

-- CreateIndex
CREATE INDEX "Affiliation_reviewerId_idx" ON "Affiliation"("reviewerId");

-- CreateIndex
CREATE INDEX "Affiliation_normalizedName_idx" ON "Affiliation"("normalizedName");

-- CreateIndex
CREATE UNIQUE INDEX "Case_caseNumber_key" ON "Case"("caseNumber");

-- CreateIndex
CREATE INDEX "Case_status_dueAt_idx" ON "Case"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Case_receivedAt_idx" ON "Case"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Party_caseId_role_key" ON "Party"("caseId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAccessCode_partyId_key" ON "PartyAccessCode"("partyId");

-- CreateIndex
CREATE INDEX "AccessAttempt_ip_at_idx" ON "AccessAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "AccessAttempt_caseNumber_at_idx" ON "AccessAttempt"("caseNumber", "at");

-- CreateIndex
CREATE UNIQUE INDEX "DisputedItem_caseId_ordinal_key" ON "DisputedItem"("caseId", "ordinal");

-- CreateIndex
CREATE INDEX "Assignment_reviewerId_status_idx" ON "Assignment"("reviewerId", "status");

-- CreateIndex
CREATE INDEX "Assignment_caseId_idx" ON "Assignment"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Determination_letterId_key" ON "Determination"("letterId");

-- CreateIndex
CREATE UNIQUE INDEX "Determination_caseId_version_key" ON "Determination"("caseId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DeterminationItem_determinationId_disputedItemId_key" ON "DeterminationItem"("determinationId", "disputedItemId");

-- CreateIndex
CREATE INDEX "Document_caseId_idx" ON "Document"("caseId");

-- CreateIndex
CREATE INDEX "AuditEvent_caseId_at_idx" ON "AuditEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- AddForeignKey
ALTER TABLE "SpecialtySimilarity" ADD CONSTRAINT "SpecialtySimilarity_specialtyCode_fkey" FOREIGN KEY ("specialtyCode") REFERENCES "Specialty"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialtySimilarity" ADD CONSTRAINT "SpecialtySimilarity_similarCode_fkey" FOREIGN KEY ("similarCode") REFERENCES "Specialty"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerProfile" ADD CONSTRAINT "ReviewerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardCertification" ADD CONSTRAINT "BoardCertification_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAccessCode" ADD CONSTRAINT "PartyAccessCode_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputedItem" ADD CONSTRAINT "DisputedItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "ReviewerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeterminationItem" ADD CONSTRAINT "DeterminationItem_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeterminationItem" ADD CONSTRAINT "DeterminationItem_disputedItemId_fkey" FOREIGN KEY ("disputedItemId") REFERENCES "DisputedItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentContent" ADD CONSTRAINT "DocumentContent_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

