-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "availabilityImpact" TEXT;

-- AlterTable
ALTER TABLE "WorkloadPriority" ADD COLUMN     "mtdHours" DOUBLE PRECISION,
ADD COLUMN     "wrtHours" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "alternate" TEXT,
    "office" TEXT,
    "mobile" TEXT,
    "email" TEXT,
    "calls" TEXT,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "supplies" TEXT NOT NULL,
    "phone" TEXT,
    "contract" TEXT,
    "responseHours" DOUBLE PRECISION,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_deploymentId_name_key" ON "Contact"("deploymentId", "name");

-- CreateIndex
CREATE INDEX "Vendor_deploymentId_idx" ON "Vendor"("deploymentId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
