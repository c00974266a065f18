-- AlterTable
ALTER TABLE "DeterminationDocument" ADD COLUMN     "unopenedReason" TEXT;

-- CreateTable
CREATE TABLE "ReaderNote" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "pageNumber" INTEGER NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "quote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReaderNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageView" (
    "userId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "pageNumber" INTEGER NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageView_pkey" PRIMARY KEY ("userId","documentId","pageNumber")
);

-- CreateIndex
CREATE INDEX "ReaderNote_caseId_authorId_idx" ON "ReaderNote"("caseId", "authorId");

-- CreateIndex
CREATE INDEX "ReaderNote_documentId_idx" ON "ReaderNote"("documentId");

-- CreateIndex
CREATE INDEX "PageView_documentId_idx" ON "PageView"("documentId");

-- AddForeignKey
ALTER TABLE "ReaderNote" ADD CONSTRAINT "ReaderNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderNote" ADD CONSTRAINT "ReaderNote_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderNote" ADD CONSTRAINT "ReaderNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageView" ADD CONSTRAINT "PageView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageView" ADD CONSTRAINT "PageView_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

