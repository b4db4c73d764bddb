-- CreateTable
CREATE TABLE "ChecklistTick" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "tickedBy" TEXT NOT NULL,
    "tickedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ChecklistTick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Drill" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "performedOn" TIMESTAMP(3) NOT NULL,
    "stepMinutes" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "recordedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Drill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EstimationAssumptions" (
    "deploymentId" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EstimationAssumptions_pkey" PRIMARY KEY ("deploymentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTick_deploymentId_itemId_key" ON "ChecklistTick"("deploymentId", "itemId");

-- CreateIndex
CREATE INDEX "Drill_deploymentId_scenarioId_idx" ON "Drill"("deploymentId", "scenarioId");

-- AddForeignKey
ALTER TABLE "ChecklistTick" ADD CONSTRAINT "ChecklistTick_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstimationAssumptions" ADD CONSTRAINT "EstimationAssumptions_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
