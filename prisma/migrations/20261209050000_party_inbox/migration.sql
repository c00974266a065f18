-- AlterTable
ALTER TABLE "PartyAccessCode" ADD COLUMN     "sealedCode" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InformationRequest" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "sentById" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "answerText" TEXT,

    CONSTRAINT "InformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationRequestFile" (
    "documentId" UUID NOT NULL,
    "requestId" UUID NOT NULL,

    CONSTRAINT "InformationRequestFile_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "PartyInboxOpened" (
    "partyId" UUID NOT NULL,
    "itemKey" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyInboxOpened_pkey" PRIMARY KEY ("partyId","itemKey")
);

-- CreateIndex
CREATE INDEX "InformationRequest_caseId_sentAt_idx" ON "InformationRequest"("caseId", "sentAt");

-- CreateIndex
CREATE INDEX "InformationRequest_partyId_sentAt_idx" ON "InformationRequest"("partyId", "sentAt");

-- CreateIndex
CREATE INDEX "InformationRequest_answeredAt_dueAt_idx" ON "InformationRequest"("answeredAt", "dueAt");

-- CreateIndex
CREATE INDEX "InformationRequestFile_requestId_idx" ON "InformationRequestFile"("requestId");

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequestFile" ADD CONSTRAINT "InformationRequestFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequestFile" ADD CONSTRAINT "InformationRequestFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyInboxOpened" ADD CONSTRAINT "PartyInboxOpened_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

