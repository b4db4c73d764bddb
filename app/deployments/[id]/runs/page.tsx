import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentNameOf } from "@/lib/db/deployment-store";
import { listRuns } from "@/lib/db/run-store";
import { runKindLabel } from "@/lib/view/run-view";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Restore runs" };

export default async function RunsPage({ params }: PageProps<"/deployments/[id]/runs">) {
  await requireRole("viewer");
  const { id } = await params;
  if ((await deploymentNameOf(prisma, id)) === null) notFound();
  const runs = await listRuns(prisma, id);
  return (
    <>
      <PageHeader
        title="Restore runs and exercises"
        description={
          <>
            Runs worked through the app, newest first. Start one from any{" "}
            <Link className="underline" href={`/deployments/${id}/runbooks`}>
              runbook
            </Link>
            . The{" "}
            <Link className="underline" href={`/deployments/${id}/exercises`}>
              exercise programme
            </Link>{" "}
            shows which runbook to exercise next.
          </>
        }
      />
      {runs.length === 0 ? (
        <EmptyState title="No runs yet">Open a runbook and start a run, as an incident or as an exercise.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {runs.map((r) => (
            <li key={r.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <Link className="font-semibold hover:underline" href={`/deployments/${id}/runs/${r.id}`}>
                  {r.title}
                </Link>
                <p className="text-xs text-slate-600">
                  {runKindLabel(r.kind, r.exerciseType)} · started {r.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC by{" "}
                  {r.startedBy.replace(/\s*<[^>]*>$/, "")} · {r.finishedAt ? "finished" : "in progress"} · {r.done} done, {r.skipped}{" "}
                  skipped of {r.total}
                </p>
              </div>
              <Link className="btn" href={`/deployments/${id}/runs/${r.id}/report`}>
                Report
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
