-- AlterTable
ALTER TABLE "EstimationAssumptions" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "assumptionsJson" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "assumptionsVersion" INTEGER NOT NULL DEFAULT 0;
