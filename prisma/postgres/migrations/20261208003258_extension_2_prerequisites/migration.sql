-- AlterTable
ALTER TABLE "Server" ADD COLUMN     "os" TEXT,
ADD COLUMN     "sqlEdition" TEXT,
ADD COLUMN     "sqlServicePack" INTEGER,
ADD COLUMN     "sqlVersion" TEXT;

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DnsRecord" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "port" INTEGER,
    "external" BOOLEAN,

    CONSTRAINT "DnsRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Certificate_deploymentId_position_idx" ON "Certificate"("deploymentId", "position");

-- CreateIndex
CREATE INDEX "DnsRecord_deploymentId_position_idx" ON "DnsRecord"("deploymentId", "position");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DnsRecord" ADD CONSTRAINT "DnsRecord_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
