-- CreateTable
CREATE TABLE "WhatIf" (
    "deploymentId" TEXT NOT NULL PRIMARY KEY,
    "baselineId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "baselineVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WhatIf_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WhatIf_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WhatIf_baselineId_recommendationId_key" ON "WhatIf"("baselineId", "recommendationId");
