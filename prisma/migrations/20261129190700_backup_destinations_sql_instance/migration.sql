-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "backupDestination" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "offsiteDestination" TEXT;

-- AlterTable
ALTER TABLE "Server" ADD COLUMN "sqlInstance" TEXT;
