import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { DependenciesForm } from "@/components/model/dependencies-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: dependencies" };

export default async function DependenciesPage({ params }: PageProps<"/deployments/[id]/model/dependencies">) {
  await requireRole("viewer");
  const { id } = await params;
  const d = await deploymentSettings(prisma, id);
  if (!d) notFound();
  return (
    <>
      <PageHeader
        title="Dependencies"
        description="What OCS depends on but does not back up itself: Active Directory, DNS, reverse proxy settings and certificates are backed up outside OCS (S6)."
      />
      <ModelSection id="dependencies-h" title="Environmental dependencies">
        <DependenciesForm deploymentId={id} version={d.version} dependencies={d.dependencies} />
      </ModelSection>
    </>
  );
}
