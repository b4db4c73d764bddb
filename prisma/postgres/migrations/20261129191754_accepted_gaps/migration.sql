-- CreateTable
CREATE TABLE "AcceptedGap" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "gapId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewOn" TIMESTAMP(3) NOT NULL,
    "acceptedBy" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcceptedGap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AcceptedGap_deploymentId_gapId_key" ON "AcceptedGap"("deploymentId", "gapId");

-- AddForeignKey
ALTER TABLE "AcceptedGap" ADD CONSTRAINT "AcceptedGap_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
