-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "author" TEXT;
