-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "availabilityImpact" TEXT;

-- AlterTable
ALTER TABLE "WorkloadPriority" ADD COLUMN "mtdHours" REAL;
ALTER TABLE "WorkloadPriority" ADD COLUMN "wrtHours" REAL;

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "alternate" TEXT,
    "office" TEXT,
    "mobile" TEXT,
    "email" TEXT,
    "calls" TEXT,
    CONSTRAINT "Contact_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "supplies" TEXT NOT NULL,
    "phone" TEXT,
    "contract" TEXT,
    "responseHours" REAL,
    CONSTRAINT "Vendor_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_deploymentId_name_key" ON "Contact"("deploymentId", "name");

-- CreateIndex
CREATE INDEX "Vendor_deploymentId_idx" ON "Vendor"("deploymentId");
