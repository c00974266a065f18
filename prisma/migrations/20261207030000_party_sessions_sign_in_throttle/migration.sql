-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastFailedSignInAt" TIMESTAMP(3);
-- CreateTable
CREATE TABLE "PartySession" (
    "id" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedReason" TEXT,
    CONSTRAINT "PartySession_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "SignInUnlock" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    CONSTRAINT "SignInUnlock_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "PartySession_partyId_endedAt_idx" ON "PartySession"("partyId", "endedAt");
-- CreateIndex
CREATE INDEX "SignInFailure_email_at_idx" ON "SignInFailure"("email", "at");
-- CreateIndex
CREATE INDEX "SignInFailure_ip_at_idx" ON "SignInFailure"("ip", "at");
-- CreateIndex
CREATE UNIQUE INDEX "SignInUnlock_tokenHash_key" ON "SignInUnlock"("tokenHash");
-- CreateIndex
CREATE INDEX "SignInUnlock_userId_idx" ON "SignInUnlock"("userId");
-- AddForeignKey
ALTER TABLE "PartySession" ADD CONSTRAINT "PartySession_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "SignInUnlock" ADD CONSTRAINT "SignInUnlock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
