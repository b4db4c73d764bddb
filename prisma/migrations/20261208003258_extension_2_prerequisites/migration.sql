-- AlterTable
ALTER TABLE "Server" ADD COLUMN "os" TEXT;
ALTER TABLE "Server" ADD COLUMN "sqlEdition" TEXT;
ALTER TABLE "Server" ADD COLUMN "sqlServicePack" INTEGER;
ALTER TABLE "Server" ADD COLUMN "sqlVersion" TEXT;

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "server" TEXT NOT NULL,
    "use" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "san" TEXT,
    "issuer" TEXT NOT NULL,
    "expires" TEXT NOT NULL,
    "thumbprint" TEXT,
    "keyBackup" TEXT,
    CONSTRAINT "Certificate_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DnsRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "port" INTEGER,
    "external" BOOLEAN,
    CONSTRAINT "DnsRecord_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Certificate_deploymentId_position_idx" ON "Certificate"("deploymentId", "position");

-- CreateIndex
CREATE INDEX "DnsRecord_deploymentId_position_idx" ON "DnsRecord"("deploymentId", "position");
