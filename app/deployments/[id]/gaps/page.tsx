import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { PageHeader } from "@/components/ui/page-header";
import { RuleIds } from "@/components/plan/rule-ids";
import { SeverityBadge } from "@/components/plan/severity-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { isActiveAcceptance, listAcceptedGaps } from "@/lib/db/accepted-gap-store";
import { AcceptGapForm, ReopenGapButton } from "@/components/assessment/accept-gap-form";
import { TryItButton } from "@/components/assessment/try-it-button";

export const metadata: Metadata = { title: "Coverage gaps" };

const SEVERITIES = ["critical", "warning", "info"] as const;

export default async function GapsPage({ params, searchParams }: PageProps<"/deployments/[id]/gaps">) {
  const user = await requireRole("viewer");
  const canAccept = allows(user.role, "planner");
  const { id } = await params;
  const sp = await searchParams;
  const only = SEVERITIES.find((s) => s === sp.severity);
  // With stored evidence, the gaps include what it shows (stale, failed and missing backups), judged now.
  const planned = await loadPlanWithEvidence(id);
  if (!planned) notFound();
  const gaps = planned.plan.gaps;
  // A recovery gap's fix is a recommendation: "Try it" makes the what-if variant with it.
  const recommendations = new Map((planned.plan.assessment.recommendations ?? []).map((r) => [r.id, r.title]));
  const shown = only ? gaps.filter((g) => g.severity === only) : gaps;
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, gaps.filter((g) => g.severity === s).length]));
  const now = new Date();
  const acceptances = new Map((await listAcceptedGaps(prisma, id)).map((a) => [a.gapId, a]));
  const inNinetyDays = new Date(now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title="Coverage gaps"
        description="What is unprotected or below target in the current backup practice, most severe first, each with its fix and the rules behind it. A planner can accept a gap as a known risk until a review date: it then leaves the verdict and the score, and comes back on that date."
      />
      {planned.withEvidence ? (
        <p className="no-print mb-4 text-sm text-slate-600" data-testid="gaps-with-evidence">
          Includes what the uploaded{" "}
          <a className="text-brand-700 underline" href={`/deployments/${id}/evidence`}>
            backup evidence
          </a>{" "}
          shows as of {planned.plan.evidence?.asOf}.
        </p>
      ) : null}
      <nav aria-label="Filter by severity" className="no-print mb-4 flex flex-wrap gap-2 text-sm">
        <a className={`btn ${!only ? "btn-primary" : ""}`} href={`/deployments/${id}/gaps`} aria-current={!only ? "page" : undefined}>
          All ({gaps.length})
        </a>
        {SEVERITIES.map((s) => (
          <a
            key={s}
            className={`btn ${only === s ? "btn-primary" : ""}`}
            href={`/deployments/${id}/gaps?severity=${s}`}
            aria-current={only === s ? "page" : undefined}
          >
            {s} ({counts[s]})
          </a>
        ))}
      </nav>
      {shown.length === 0 ? (
        <EmptyState title="No gaps">Nothing at this severity: the practice covers what the rules ask for here.</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="gap-list">
          {shown.map((g) => {
            const accepted = acceptances.get(g.id);
            const active = accepted ? isActiveAcceptance(accepted, now) : false;
            return (
              <li key={g.id} className="card" data-severity={g.severity} data-gap={g.id} data-accepted={active ? "true" : undefined}>
                <div className="flex flex-wrap items-center gap-2">
                  <SeverityBadge severity={g.severity} />
                  <span className="font-mono text-xs text-slate-600">{g.subject}</span>
                  <span className="ml-auto">
                    <RuleIds rules={g.rules} />
                  </span>
                </div>
                <p className="mt-2 font-medium">{g.message}</p>
                <p className="mt-1 text-sm text-slate-700">
                  <span className="font-semibold">Fix:</span> {g.fix}
                </p>
                {g.recommendation && recommendations.has(g.recommendation) ? (
                  <div className="no-print mt-2">
                    <TryItButton
                      deploymentId={id}
                      recommendationId={g.recommendation}
                      title={recommendations.get(g.recommendation)!}
                      disabled={!canAccept}
                    />
                  </div>
                ) : null}
                {accepted ? (
                  <div
                    className={`mt-2 flex flex-wrap items-center gap-2 rounded border p-2 text-sm ${active ? "border-slate-300 bg-slate-50" : "border-amber-300 bg-amber-50"}`}
                    data-testid="acceptance"
                  >
                    <p className="flex-1">
                      {active ? "Accepted" : "Review due: accepted"} by {accepted.acceptedBy} until {day(accepted.reviewOn)}:{" "}
                      {accepted.reason}
                      {active ? " (left out of the verdict and the score)" : " (counts again)"}
                    </p>
                    <ReopenGapButton deploymentId={id} gapId={g.id} disabled={!canAccept} />
                  </div>
                ) : null}
                {!active ? <AcceptGapForm deploymentId={id} gapId={g.id} defaultReviewOn={inNinetyDays} disabled={!canAccept} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
