import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { GeneralForm } from "@/components/model/general-form";
import { ModelSection } from "@/components/model/section";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: general" };

export default async function ModelGeneralPage({ params }: PageProps<"/deployments/[id]/model">) {
  await requireRole("viewer");
  const { id } = await params;
  const d = await deploymentSettings(prisma, id);
  if (!d) notFound();
  return (
    <>
      <PageHeader
        title="General"
        description="The model describes the deployment the plan is made for, one section at a time. Every save checks the whole deployment against the consistency rules of the deployment format: nothing is saved while a rule is broken."
      />
      <ModelSection id="general-h" title="Name, forest and edge" description={`Version ${d.version} of this deployment.`}>
        <GeneralForm deployment={d} />
      </ModelSection>
    </>
  );
}
