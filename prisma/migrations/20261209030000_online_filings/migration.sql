-- CreateEnum
CREATE TYPE "FilingStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Filing" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "status" "FilingStatus" NOT NULL DEFAULT 'PENDING',
    "lang" TEXT NOT NULL,
    "filerRole" TEXT NOT NULL,
    "filerName" TEXT NOT NULL,
    "filerEmail" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "signedName" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueDate" DATE,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "lateExplanation" TEXT,
    "receiptTokenHash" TEXT NOT NULL,
    "ip" TEXT,
    "caseId" UUID,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "rejectReason" TEXT,

    CONSTRAINT "Filing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilingPaper" (
    "id" UUID NOT NULL,
    "draftTokenHash" TEXT,
    "filingId" UUID,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "pageCount" INTEGER,
    "storageKey" TEXT NOT NULL,
    "documentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingPaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilingDraft" (
    "tokenHash" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "lang" TEXT NOT NULL,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FilingDraft_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "FilingAttempt" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpentChallenge" (
    "nonce" TEXT NOT NULL,
    "spentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentChallenge_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE UNIQUE INDEX "Filing_number_key" ON "Filing"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_receiptTokenHash_key" ON "Filing"("receiptTokenHash");

-- CreateIndex
CREATE INDEX "Filing_status_receivedAt_idx" ON "Filing"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Filing_receivedAt_idx" ON "Filing"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FilingPaper_documentId_key" ON "FilingPaper"("documentId");

-- CreateIndex
CREATE INDEX "FilingPaper_draftTokenHash_idx" ON "FilingPaper"("draftTokenHash");

-- CreateIndex
CREATE INDEX "FilingPaper_filingId_idx" ON "FilingPaper"("filingId");

-- CreateIndex
CREATE INDEX "FilingDraft_expiresAt_idx" ON "FilingDraft"("expiresAt");

-- CreateIndex
CREATE INDEX "FilingAttempt_kind_ip_at_idx" ON "FilingAttempt"("kind", "ip", "at");

-- CreateIndex
CREATE INDEX "SpentChallenge_expiresAt_idx" ON "SpentChallenge"("expiresAt");

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingPaper" ADD CONSTRAINT "FilingPaper_draftTokenHash_fkey" FOREIGN KEY ("draftTokenHash") REFERENCES "FilingDraft"("tokenHash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingPaper" ADD CONSTRAINT "FilingPaper_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

