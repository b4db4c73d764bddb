import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { coverageOf } from "@/lib/engine/coverage";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/server";
import { overviewScenarioChoices } from "@/lib/view/scenario-choices";
import { rtoChartData } from "@/lib/view/overview";
import { BackupWindowSection, RpoSummarySection, RtoSection, StorageCost, SummaryCards, TopGaps } from "@/components/overview/sections";
import { allows } from "@/lib/auth/roles";
import { VerdictSection } from "@/components/assessment/verdict";
import { verdictViewOf } from "@/lib/view/verdict";
import { rpoSummaryOf } from "@/lib/view/rpo-summary";
import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { planVersionStatus } from "@/lib/db/version-store";
import { whatIfOf } from "@/lib/db/what-if-store";
import { WhatIfControls } from "@/components/what-if/what-if-controls";

export const metadata: Metadata = { title: "Overview" };

export default async function DeploymentOverviewPage({ params, searchParams }: PageProps<"/deployments/[id]">) {
  const user = await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  // With backup evidence, stale or failed backups count in the verdict (B10).
  const planned = (await loadPlanWithEvidence(id))?.planned;
  if (!planned) notFound();
  const { plan, stored } = planned;
  const d = stored.deployment;
  const critical = plan.gaps.filter((g) => g.severity === "critical").length;
  const missing = plan.scenarios.filter((s) => s.workloads.some((w) => w.meets === false)).length;
  const chosen = typeof sp.scenario === "string" ? plan.scenarios.find((s) => s.id === sp.scenario) : undefined;
  const choices = overviewScenarioChoices(plan.scenarios, 80, chosen?.id);
  const assumptionsVersion = planned.assumptionsVersion ?? 0;
  // Every number below comes from this plan version (deployment version + assumptions version).
  const [version, whatIf] = await Promise.all([planVersionStatus(prisma, id, stored.version, assumptionsVersion), whatIfOf(prisma, id)]);

  return (
    <>
      <PageHeader
        title={d.name}
        description={`Forest ${d.forest} · ${d.sites.length} sites · ${d.pools.length} pools · ${d.servers.length} servers · version ${stored.version}`}
        actions={
          <>
            <a className="btn" href={`/api/deployments/${id}?download=1`}>
              Export deployment
            </a>
            <a className="btn" href={`/api/deployments/${id}/plan?download=1`}>
              Export plan (JSON)
            </a>
          </>
        }
      />
      <p className="mb-3 text-sm text-slate-700" data-testid="plan-version">
        Plan version {version.number} (deployment version {stored.version}, assumptions version {assumptionsVersion}):{" "}
        {version.approved ? `approved by ${version.approved.approvedBy}` : "draft, not approved"} (
        <Link className="link" href={`/deployments/${id}/versions`}>
          versions
        </Link>
        ).
      </p>
      {whatIf ? (
        <section className="card mb-6 border-2 border-brand-100" aria-labelledby="what-if-h" data-testid="what-if-banner">
          <h2 id="what-if-h" className="font-semibold">
            A what-if: {whatIf.title}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            This is a copy of a deployment with one change, listed under it.{" "}
            <Link className="link" href={`/compare?a=${whatIf.baselineId}&b=${id}`}>
              Compare it with its baseline
            </Link>
            , then apply it to the baseline or discard it.
          </p>
          <div className="mt-2">
            <WhatIfControls whatIfId={id} title={whatIf.title} disabled={!allows(user.role, "planner")} />
          </div>
        </section>
      ) : null}
      <VerdictSection view={verdictViewOf(plan, d)} deploymentId={id} canTry={allows(user.role, "planner")} />
      <SummaryCards coverage={coverageOf(plan)} critical={critical} plan={plan} missing={missing} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <RtoSection id={id} plan={plan} chosen={chosen} choices={choices} rtoData={rtoChartData(plan, d, chosen)} />
        <TopGaps
          id={id}
          gaps={plan.gaps}
          recommendations={new Map((plan.assessment.recommendations ?? []).map((r) => [r.id, r.title]))}
          canTry={allows(user.role, "planner")}
        />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <BackupWindowSection backupWindow={plan.backupWindow} />
        <StorageCost storage={plan.storage} />
      </div>

      <RpoSummarySection id={id} summary={rpoSummaryOf(plan.rpo, 10, plan.evidence)} />
    </>
  );
}
