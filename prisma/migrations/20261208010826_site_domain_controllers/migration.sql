-- AlterTable
ALTER TABLE "Site" ADD COLUMN "domainControllers" BOOLEAN;
