import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { PageHeader } from "@/components/ui/page-header";
import {
  DatabasesSection,
  EnvironmentSection,
  FileSharesSection,
  PermissionsSection,
  PlanNotes,
  RpoTable,
  SettingsExportsSection,
} from "@/components/plan/plan-sections";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Backup plan" };

export default async function BackupPlanPage({ params }: PageProps<"/deployments/[id]/plan">) {
  await requireRole("viewer");
  const { id } = await params;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const { plan } = planned;
  return (
    <>
      <PageHeader
        title="Backup plan"
        description="What to back up, where and with which tool, and what is left out on purpose. Each line cites the planning rules it comes from."
        actions={
          <>
            <a className="btn btn-primary" href={`/api/deployments/${id}/jobs`} download data-testid="download-jobs">
              Download backup jobs (zip)
            </a>
            <a className="btn" href={`/api/deployments/${id}/plan?download=1`}>
              Export plan (JSON)
            </a>
            <a className="btn" href={`/api/deployments/${id}/plan?format=markdown&download=1`}>
              Download Markdown
            </a>
            <Link className="btn" href={`/deployments/${id}/checklists`}>
              Backup checklist
            </Link>
          </>
        }
      />

      <PlanNotes warnings={plan.warnings} />

      <SettingsExportsSection plan={plan} deploymentId={id} destination={planned.stored.deployment.backup.destination} />

      <DatabasesSection plan={plan} />

      <FileSharesSection plan={plan} />

      <EnvironmentSection plan={plan} />

      <PermissionsSection plan={plan} />

      <RpoTable rpo={plan.rpo} />
    </>
  );
}
