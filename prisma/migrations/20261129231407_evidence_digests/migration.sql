-- AlterTable
ALTER TABLE "EvidenceUpload" ADD COLUMN "digest" TEXT;
