import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadVersion } from "@/lib/db/version-store";
import { SCENARIO_GROUPS } from "@/lib/view/scenario-groups";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { formatHours } from "@/lib/view/durations";
import { PageHeader } from "@/components/ui/page-header";
import { formatWhen } from "@/components/audit/audit-table";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Approved plan version" };

export default async function VersionPage({ params }: PageProps<"/deployments/[id]/versions/[number]">) {
  await requireRole("viewer");
  const { id, number } = await params;
  const version = /^\d+$/.test(number) ? await loadVersion(prisma, id, Number(number)) : null;
  if (!version) notFound();
  const { plan, deployment } = version;
  const base = `/deployments/${id}/versions/${version.number}`;
  const critical = plan.gaps.filter((g) => g.severity === "critical").length;

  return (
    <>
      <PageHeader
        title={`Approved version ${version.number}`}
        description={
          <>
            The plan of <strong>{deployment.name}</strong> as approved: these runbooks stay as they were whatever changes later.{" "}
            <Link className="text-brand-700 underline" href={`/deployments/${id}/versions`}>
              All versions
            </Link>
          </>
        }
      />
      <section className="card mb-6" aria-labelledby="approval-h">
        <h2 id="approval-h" className="font-semibold">
          Approval
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Approved</dt>
          <dd>
            <time dateTime={version.approvedAt.toISOString()}>{formatWhen(version.approvedAt)}</time> by {version.approvedBy}
          </dd>
          <dt className="text-slate-600">Note</dt>
          <dd>{version.note}</dd>
          <dt className="text-slate-600">Deployment version</dt>
          <dd>{version.deploymentVersion}</dd>
          <dt className="text-slate-600">Assumptions version</dt>
          <dd>
            {version.assumptionsVersion}
            {Object.keys(version.assumptions).length
              ? ` (own values: ${Object.entries(version.assumptions)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(", ")})`
              : " (the defaults)"}
          </dd>
          <dt className="text-slate-600">Servers</dt>
          <dd>{deployment.servers.length}</dd>
          <dt className="text-slate-600">Gaps</dt>
          <dd>
            {plan.gaps.length} ({critical} critical)
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="runbooks-h">
        <h2 id="runbooks-h" className="font-semibold">
          Runbooks of this version
        </h2>
        {SCENARIO_GROUPS.map((g) => {
          const inGroup = plan.scenarios.filter((s) => s.loss.kind === g.kind);
          if (!inGroup.length) return null;
          return (
            <div key={g.kind} className="mt-3">
              <h3 className="text-sm font-semibold text-slate-800">{g.title}</h3>
              <ul className="mt-1 space-y-0.5 text-sm" data-testid="version-scenarios">
                {inGroup.map((s) => (
                  <li key={s.id} className="flex justify-between gap-4 border-b border-slate-100">
                    <Link className="text-brand-700 hover:underline" href={`${base}/runbooks/${encodeURIComponent(s.id)}/print`}>
                      {scenarioTitle(s)}
                    </Link>
                    <span className="tabular-nums text-slate-600">{formatHours(s.rtoHours)}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </>
  );
}
