-- AlterTable
ALTER TABLE "RestoreRun" ADD COLUMN     "linkedFromRunId" TEXT;

-- CreateIndex
CREATE INDEX "RestoreRun_linkedFromRunId_idx" ON "RestoreRun"("linkedFromRunId");
