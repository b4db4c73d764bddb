import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { RecoveryForm } from "@/components/model/recovery-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: recovery resources" };

export default async function RecoveryResourcesPage({ params }: PageProps<"/deployments/[id]/model/recovery">) {
  await requireRole("viewer");
  const { id } = await params;
  const d = await deploymentSettings(prisma, id);
  if (!d) notFound();
  return (
    <>
      <PageHeader
        title="Recovery resources"
        description="What is at hand when something has to be rebuilt: hardware, people, training and media. They drive the recovery time estimates against each workload's target."
      />
      <ModelSection id="recovery-h" title="People, hardware and media">
        <RecoveryForm deploymentId={id} version={d.version} recovery={d.recovery} />
      </ModelSection>
    </>
  );
}
