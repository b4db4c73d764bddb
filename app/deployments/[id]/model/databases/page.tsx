import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { databaseList, deploymentHead } from "@/lib/db/model-queries";
import { serverFqdnsWithRole } from "@/lib/db/server-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelSection } from "@/components/model/section";
import { AddDatabaseForm, DatabaseList } from "@/components/model/databases";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: databases" };

export default async function DatabasesPage({ params }: PageProps<"/deployments/[id]/model/databases">) {
  await requireRole("viewer");
  const { id } = await params;
  const [head, databases, hosts] = await Promise.all([
    deploymentHead(prisma, id),
    databaseList(prisma, id),
    serverFqdnsWithRole(prisma, id, ["back-end-sql", "standard-edition", "archiving", "monitoring"]),
  ]);
  if (!head) notFound();
  const target = { deploymentId: id, version: head.version };
  return (
    <>
      <PageHeader
        title="Databases"
        description="Database sizes feed the backup time, storage and restore time estimates. RTC is backed up with SQL Server tools (D1); RTCConfig and RTCDyn are not (D2, D3); LCSLog, RTCCDR and QoEMetrics are (D4)."
      />
      <div className="space-y-6">
        <ModelSection id="databases-h" title="Databases">
          {databases.length === 0 ? (
            <EmptyState headingLevel={3} title="No databases listed">
              Optional, but without sizes the plan cannot estimate backup and restore times. Add them below.
            </EmptyState>
          ) : (
            <DatabaseList databases={databases} hosts={hosts} {...target} />
          )}
        </ModelSection>
        <ModelSection id="add-database-h" title="Add a database">
          <AddDatabaseForm hosts={hosts} {...target} />
        </ModelSection>
      </div>
    </>
  );
}
