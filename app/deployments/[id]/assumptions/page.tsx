import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentNameOf } from "@/lib/db/deployment-store";
import { assumptionOverridesFor } from "@/lib/planning/load-plan";
import { assumptionsRevision } from "@/lib/db/assumptions-store";
import { ASSUMPTION_TABLE } from "@/lib/engine/assumptions";
import { PageHeader } from "@/components/ui/page-header";
import { AssumptionsForm } from "@/components/estimates/assumptions-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Estimation assumptions" };

export default async function AssumptionsPage({ params }: PageProps<"/deployments/[id]/assumptions">) {
  await requireRole("viewer");
  const { id } = await params;
  if ((await deploymentNameOf(prisma, id)) === null) notFound();
  const [overrides, revision] = await Promise.all([
    assumptionOverridesFor(id) as Promise<Record<string, number>>,
    assumptionsRevision(prisma, id),
  ]);
  return (
    <>
      <PageHeader
        title="Estimation assumptions"
        description="The numbers behind every recovery time, data loss and backup window estimate. Microsoft publishes no restore throughput or rebuild times for OCS 2007 R2, so most are planning assumptions: replace them with what your own test restores and drills measured."
      />
      <AssumptionsForm deploymentId={id} revision={revision} rows={ASSUMPTION_TABLE} overrides={overrides} />
    </>
  );
}
