-- CreateTable
CREATE TABLE "RestoreRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "exerciseType" TEXT,
    "startedBy" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedBy" TEXT,
    "finishedAt" DATETIME,
    "snapshot" TEXT NOT NULL,
    "pathId" TEXT NOT NULL DEFAULT 'main',
    "pathChosenBy" TEXT,
    "pathChosenAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "RestoreRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RunStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "stepOrder" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "startedBy" TEXT,
    "startedAt" DATETIME,
    "doneBy" TEXT,
    "doneAt" DATETIME,
    "skippedBy" TEXT,
    "skippedAt" DATETIME,
    "skipReason" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "noteBy" TEXT,
    "noteAt" DATETIME,
    CONSTRAINT "RunStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RestoreRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RestoreRun_deploymentId_startedAt_idx" ON "RestoreRun"("deploymentId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RunStep_runId_pathId_stepOrder_key" ON "RunStep"("runId", "pathId", "stepOrder");
