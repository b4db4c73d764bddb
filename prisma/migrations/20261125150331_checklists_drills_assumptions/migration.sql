-- CreateTable
CREATE TABLE "ChecklistTick" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "tickedBy" TEXT NOT NULL,
    "tickedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    CONSTRAINT "ChecklistTick_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Drill" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "performedOn" DATETIME NOT NULL,
    "stepMinutes" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "recordedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Drill_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EstimationAssumptions" (
    "deploymentId" TEXT NOT NULL PRIMARY KEY,
    "values" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EstimationAssumptions_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTick_deploymentId_itemId_key" ON "ChecklistTick"("deploymentId", "itemId");

-- CreateIndex
CREATE INDEX "Drill_deploymentId_scenarioId_idx" ON "Drill"("deploymentId", "scenarioId");
