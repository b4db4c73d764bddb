-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "forest" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "edgeTopology" TEXT,
    "adBackedUp" BOOLEAN NOT NULL,
    "dnsBackedUp" BOOLEAN NOT NULL,
    "reverseProxyFqdn" TEXT,
    "reverseProxyBackedUp" BOOLEAN,
    "certificatesBackedUp" BOOLEAN,
    "regulated" BOOLEAN NOT NULL,
    "monthlyBudgetUsd" DOUBLE PRECISION,
    "databaseFrequencyHours" DOUBLE PRECISION NOT NULL,
    "settingsFrequencyHours" DOUBLE PRECISION NOT NULL,
    "fileShareFrequencyHours" DOUBLE PRECISION NOT NULL,
    "windowStartHour" INTEGER NOT NULL,
    "retentionCopies" INTEGER NOT NULL,
    "backupLocation" TEXT NOT NULL,
    "offsiteCopy" BOOLEAN NOT NULL,
    "encrypted" BOOLEAN NOT NULL,
    "bandwidthMbps" DOUBLE PRECISION NOT NULL,
    "restoreTested" BOOLEAN NOT NULL,
    "logsSeparateFromData" BOOLEAN NOT NULL,
    "vendorHardwareSlaHours" DOUBLE PRECISION NOT NULL,
    "adminsAvailable" INTEGER NOT NULL,
    "staffTrained" BOOLEAN NOT NULL,
    "mediaAvailable" BOOLEAN NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pool" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "backEnd" TEXT,

    CONSTRAINT "Pool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Server" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "fqdn" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "pool" TEXT,
    "roles" TEXT NOT NULL,
    "spareHardware" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Server_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatabaseItem" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "server" TEXT NOT NULL,
    "sizeGb" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "DatabaseItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileShare" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "sizeGb" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "FileShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkloadPriority" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "workload" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "rtoHours" DOUBLE PRECISION NOT NULL,
    "rpoHours" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "WorkloadPriority_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Site_deploymentId_name_key" ON "Site"("deploymentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Pool_deploymentId_name_key" ON "Pool"("deploymentId", "name");

-- CreateIndex
CREATE INDEX "Server_deploymentId_position_idx" ON "Server"("deploymentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Server_deploymentId_fqdn_key" ON "Server"("deploymentId", "fqdn");

-- CreateIndex
CREATE UNIQUE INDEX "WorkloadPriority_deploymentId_workload_key" ON "WorkloadPriority"("deploymentId", "workload");

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pool" ADD CONSTRAINT "Pool_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Server" ADD CONSTRAINT "Server_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatabaseItem" ADD CONSTRAINT "DatabaseItem_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileShare" ADD CONSTRAINT "FileShare_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkloadPriority" ADD CONSTRAINT "WorkloadPriority_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
