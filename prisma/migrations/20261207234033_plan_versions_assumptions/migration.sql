-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EstimationAssumptions" (
    "deploymentId" TEXT NOT NULL PRIMARY KEY,
    "values" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "EstimationAssumptions_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EstimationAssumptions" ("deploymentId", "updatedAt", "values") SELECT "deploymentId", "updatedAt", "values" FROM "EstimationAssumptions";
DROP TABLE "EstimationAssumptions";
ALTER TABLE "new_EstimationAssumptions" RENAME TO "EstimationAssumptions";
CREATE TABLE "new_PlanVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "deploymentVersion" INTEGER NOT NULL,
    "approvedBy" TEXT NOT NULL,
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL,
    "deploymentJson" TEXT NOT NULL,
    "planJson" TEXT NOT NULL,
    "assumptionsVersion" INTEGER NOT NULL DEFAULT 0,
    "assumptionsJson" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "PlanVersion_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlanVersion" ("approvedAt", "approvedBy", "deploymentId", "deploymentJson", "deploymentVersion", "id", "note", "number", "planJson") SELECT "approvedAt", "approvedBy", "deploymentId", "deploymentJson", "deploymentVersion", "id", "note", "number", "planJson" FROM "PlanVersion";
DROP TABLE "PlanVersion";
ALTER TABLE "new_PlanVersion" RENAME TO "PlanVersion";
CREATE UNIQUE INDEX "PlanVersion_deploymentId_number_key" ON "PlanVersion"("deploymentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
