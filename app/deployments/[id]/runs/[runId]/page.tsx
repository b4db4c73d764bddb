import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadRun } from "@/lib/db/run-store";
import { runKindLabel, runView } from "@/lib/view/run-view";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { RunBoard } from "@/components/runs/run-board";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { runEscalationSetting } from "@/lib/planning/run-escalation-setting";

export const metadata: Metadata = { title: "Restore run" };

export default async function RunPage({ params }: PageProps<"/deployments/[id]/runs/[runId]">) {
  const user = await requireRole("viewer");
  const { id, runId } = await params;
  const run = await loadRun(prisma, id, runId);
  if (!run) notFound();
  const view = runView(run);
  const escalation = await runEscalationSetting(id, run);
  return (
    <>
      <PageHeader
        title={view.title}
        description={
          <>
            {runKindLabel(view.kind, view.exerciseType)} started by {view.startedBy.replace(/\s*<[^>]*>$/, "")} at{" "}
            <LocalTime iso={view.startedAt} />. The runbook was frozen when the run started; later plan changes do not alter it.
          </>
        }
        actions={
          <>
            <Link className="btn" href={`/deployments/${id}/runs`}>
              All runs
            </Link>
            <Link className="btn" href={`/deployments/${id}/runs/${runId}/report`}>
              Report
            </Link>
          </>
        }
      />
      <RunBoard deploymentId={id} initial={view} canChange={allows(user.role, "planner")} escalation={escalation} />
    </>
  );
}
