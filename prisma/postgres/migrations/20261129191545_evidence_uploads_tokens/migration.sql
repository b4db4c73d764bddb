-- CreateTable
CREATE TABLE "EvidenceUpload" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedBy" TEXT NOT NULL,
    "tokenId" TEXT,
    "fileName" TEXT NOT NULL DEFAULT '',
    "rows" INTEGER NOT NULL,
    "goodRuns" INTEGER NOT NULL,
    "failedRuns" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "firstRunAt" TIMESTAMP(3),
    "lastRunAt" TIMESTAMP(3),
    "csvGz" BYTEA NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "EvidenceUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceToken" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,

    CONSTRAINT "EvidenceToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceUpload_deploymentId_uploadedAt_idx" ON "EvidenceUpload"("deploymentId", "uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceToken_tokenHash_key" ON "EvidenceToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EvidenceToken_deploymentId_idx" ON "EvidenceToken"("deploymentId");

-- AddForeignKey
ALTER TABLE "EvidenceUpload" ADD CONSTRAINT "EvidenceUpload_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceToken" ADD CONSTRAINT "EvidenceToken_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
