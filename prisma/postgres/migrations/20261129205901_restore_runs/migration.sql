-- CreateTable
CREATE TABLE "RestoreRun" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "exerciseType" TEXT,
    "startedBy" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedBy" TEXT,
    "finishedAt" TIMESTAMP(3),
    "snapshot" TEXT NOT NULL,
    "pathId" TEXT NOT NULL DEFAULT 'main',
    "pathChosenBy" TEXT,
    "pathChosenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RestoreRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunStep" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "stepOrder" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "startedBy" TEXT,
    "startedAt" TIMESTAMP(3),
    "doneBy" TEXT,
    "doneAt" TIMESTAMP(3),
    "skippedBy" TEXT,
    "skippedAt" TIMESTAMP(3),
    "skipReason" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "noteBy" TEXT,
    "noteAt" TIMESTAMP(3),

    CONSTRAINT "RunStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RestoreRun_deploymentId_startedAt_idx" ON "RestoreRun"("deploymentId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RunStep_runId_pathId_stepOrder_key" ON "RunStep"("runId", "pathId", "stepOrder");

-- AddForeignKey
ALTER TABLE "RestoreRun" ADD CONSTRAINT "RestoreRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunStep" ADD CONSTRAINT "RunStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RestoreRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
