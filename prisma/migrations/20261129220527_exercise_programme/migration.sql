-- CreateTable
CREATE TABLE "ExerciseSetting" (
    "deploymentId" TEXT NOT NULL PRIMARY KEY,
    "intervalDays" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExerciseSetting_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
