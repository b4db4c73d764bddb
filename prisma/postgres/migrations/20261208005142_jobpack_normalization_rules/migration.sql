-- AlterTable
ALTER TABLE "FileShare" ADD COLUMN     "normalizationRules" BOOLEAN;
