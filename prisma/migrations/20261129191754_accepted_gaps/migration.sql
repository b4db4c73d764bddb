-- CreateTable
CREATE TABLE "AcceptedGap" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "gapId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewOn" DATETIME NOT NULL,
    "acceptedBy" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcceptedGap_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AcceptedGap_deploymentId_gapId_key" ON "AcceptedGap"("deploymentId", "gapId");
