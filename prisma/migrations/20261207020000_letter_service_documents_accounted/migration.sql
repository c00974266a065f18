-- CreateEnum
CREATE TYPE "PartyServiceMethod" AS ENUM ('MAIL', 'EMAIL', 'PORTAL');
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "urDecisionReference" TEXT;
-- AlterTable
ALTER TABLE "Party" ADD COLUMN     "electronicServiceConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "serviceMethod" "PartyServiceMethod" NOT NULL DEFAULT 'MAIL';
-- AlterTable
ALTER TABLE "QaReview" ADD COLUMN     "flagsOverrideReason" TEXT;
-- AlterTable
ALTER TABLE "DeterminationDocument" ADD COLUMN     "notRelevantReason" TEXT;
-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "renditionModel" JSONB;
