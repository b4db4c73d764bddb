-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "backupDestination" TEXT,
ADD COLUMN     "offsiteDestination" TEXT;

-- AlterTable
ALTER TABLE "Server" ADD COLUMN     "sqlInstance" TEXT;
