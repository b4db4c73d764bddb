import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { BackupForm } from "@/components/model/backup-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: backup practice" };

export default async function BackupPracticePage({ params }: PageProps<"/deployments/[id]/model/backup">) {
  await requireRole("viewer");
  const { id } = await params;
  const d = await deploymentSettings(prisma, id);
  if (!d) notFound();
  return (
    <>
      <PageHeader
        title="Backup practice"
        description="How the deployment is backed up today, or how you propose to. The plan's estimates and coverage gaps are worked out from these values."
      />
      <ModelSection id="backup-h" title="Current or proposed practice">
        <BackupForm deploymentId={id} version={d.version} backup={d.backup} />
      </ModelSection>
    </>
  );
}
