import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { AddWorkloadForm, PrioritiesForm } from "@/components/model/priorities";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: priorities" };

export default async function PrioritiesPage({ params }: PageProps<"/deployments/[id]/model/priorities">) {
  await requireRole("viewer");
  const { id } = await params;
  const d = await deploymentSettings(prisma, id);
  if (!d) notFound();
  const target = { deploymentId: id, version: d.version };
  return (
    <>
      <PageHeader
        title="Priorities"
        description="The business priorities behind the plan: which workloads matter most, how long each may be down and how much data it may lose, compliance and budget."
      />
      <div className="space-y-6">
        <ModelSection id="ranked-h" title="Ranked workloads">
          <PrioritiesForm priorities={d.priorities} {...target} />
        </ModelSection>
        <ModelSection id="add-workload-h" title="Rank another workload">
          <AddWorkloadForm ranked={d.priorities.workloads.map((w) => w.workload)} {...target} />
        </ModelSection>
      </div>
    </>
  );
}
