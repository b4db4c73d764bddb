-- CreateTable
CREATE TABLE "EvidenceUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedBy" TEXT NOT NULL,
    "tokenId" TEXT,
    "fileName" TEXT NOT NULL DEFAULT '',
    "rows" INTEGER NOT NULL,
    "goodRuns" INTEGER NOT NULL,
    "failedRuns" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "firstRunAt" DATETIME,
    "lastRunAt" DATETIME,
    "csvGz" BLOB NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "EvidenceUpload_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedBy" TEXT,
    CONSTRAINT "EvidenceToken_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EvidenceUpload_deploymentId_uploadedAt_idx" ON "EvidenceUpload"("deploymentId", "uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceToken_tokenHash_key" ON "EvidenceToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EvidenceToken_deploymentId_idx" ON "EvidenceToken"("deploymentId");
