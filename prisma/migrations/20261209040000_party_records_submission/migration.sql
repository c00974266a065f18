-- CreateEnum
CREATE TYPE "PartyUploadStatus" AS ENUM ('UPLOADING', 'STORED', 'REFUSED', 'EXPIRED');

-- AlterTable
ALTER TABLE "RecordsRequest" ADD COLUMN     "declaredCompleteAt" TIMESTAMP(3),
ADD COLUMN     "declaredCompleteByPartyId" UUID,
ADD COLUMN     "declaredDocumentCount" INTEGER;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "submittedByPartyId" UUID,
ADD COLUMN     "submittedLate" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PartyUpload" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "ip" TEXT,
    "fileName" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "kind" "DocumentKind",
    "documentDate" DATE,
    "author" TEXT,
    "status" "PartyUploadStatus" NOT NULL DEFAULT 'UPLOADING',
    "refusal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "documentId" UUID,

    CONSTRAINT "PartyUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartyUpload_documentId_key" ON "PartyUpload"("documentId");

-- CreateIndex
CREATE INDEX "PartyUpload_partyId_createdAt_idx" ON "PartyUpload"("partyId", "createdAt");

-- CreateIndex
CREATE INDEX "PartyUpload_sessionId_createdAt_idx" ON "PartyUpload"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "PartyUpload_ip_createdAt_idx" ON "PartyUpload"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "PartyUpload_status_expiresAt_idx" ON "PartyUpload"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Document_caseId_sha256_idx" ON "Document"("caseId", "sha256");

-- CreateIndex
CREATE INDEX "Document_submittedByPartyId_idx" ON "Document"("submittedByPartyId");

-- AddForeignKey
ALTER TABLE "RecordsRequest" ADD CONSTRAINT "RecordsRequest_declaredCompleteByPartyId_fkey" FOREIGN KEY ("declaredCompleteByPartyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyUpload" ADD CONSTRAINT "PartyUpload_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyUpload" ADD CONSTRAINT "PartyUpload_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyUpload" ADD CONSTRAINT "PartyUpload_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_submittedByPartyId_fkey" FOREIGN KEY ("submittedByPartyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

