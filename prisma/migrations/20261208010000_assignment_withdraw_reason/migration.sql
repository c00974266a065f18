-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "withdrawReason" TEXT;
