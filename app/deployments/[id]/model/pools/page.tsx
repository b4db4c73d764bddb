import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead, poolList, siteList } from "@/lib/db/model-queries";
import { serverFqdnsWithRole } from "@/lib/db/server-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelSection } from "@/components/model/section";
import { AddPoolForm, PoolList } from "@/components/model/pools";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: pools" };

export default async function PoolsPage({ params }: PageProps<"/deployments/[id]/model/pools">) {
  await requireRole("viewer");
  const { id } = await params;
  const [head, pools, sites, backEnds] = await Promise.all([
    deploymentHead(prisma, id),
    poolList(prisma, id),
    siteList(prisma, id),
    serverFqdnsWithRole(prisma, id, ["back-end-sql"]),
  ]);
  if (!head) notFound();
  const target = { deploymentId: id, version: head.version };
  const siteNames = sites.map((s) => s.name);
  return (
    <>
      <PageHeader
        title="Pools"
        description="Standard Edition servers and Enterprise pools. Global and pool settings are exported once per pool, from its Standard Edition server or one front end (S2)."
      />
      <div className="space-y-6">
        <ModelSection
          id="pools-h"
          title="Pools"
          description="Renaming a pool renames it in its servers; moving it to another site moves its servers along. The back end of an Enterprise pool is a server with role Back-end SQL Server."
        >
          {pools.length === 0 ? (
            <EmptyState headingLevel={3} title="No pools yet">
              Add the first pool below.
            </EmptyState>
          ) : (
            <PoolList pools={pools} sites={siteNames} backEnds={backEnds} {...target} />
          )}
        </ModelSection>
        <ModelSection
          id="add-pool-h"
          title="Add a pool"
          description="A pool is never empty, so it is added together with the servers it needs."
        >
          <AddPoolForm sites={siteNames} backEnds={backEnds} {...target} />
        </ModelSection>
      </div>
    </>
  );
}
