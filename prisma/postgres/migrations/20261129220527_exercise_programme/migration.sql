-- CreateTable
CREATE TABLE "ExerciseSetting" (
    "deploymentId" TEXT NOT NULL,
    "intervalDays" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExerciseSetting_pkey" PRIMARY KEY ("deploymentId")
);

-- AddForeignKey
ALTER TABLE "ExerciseSetting" ADD CONSTRAINT "ExerciseSetting_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
