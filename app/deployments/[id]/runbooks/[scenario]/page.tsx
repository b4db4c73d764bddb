import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { scenarioFromParam, scenarioHref } from "@/lib/view/urls";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { PageHeader } from "@/components/ui/page-header";
import { StepList } from "@/components/runbook/step-list";
import { MeetsBadge } from "@/components/plan/severity-badge";
import { RuleIds } from "@/components/plan/rule-ids";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { StartRunForm } from "@/components/runs/start-run-form";

export async function generateMetadata({ params }: PageProps<"/deployments/[id]/runbooks/[scenario]">): Promise<Metadata> {
  const { scenario } = await params;
  return { title: `Runbook ${scenarioFromParam(scenario)}` };
}

export default async function RunbookPage({ params }: PageProps<"/deployments/[id]/runbooks/[scenario]">) {
  const user = await requireRole("viewer");
  const { id, scenario: param } = await params;
  const planned = await loadPlan(id);
  const scenario = planned?.plan.scenarios.find((s) => s.id === scenarioFromParam(param));
  if (!planned || !scenario) notFound();
  return (
    <>
      <PageHeader
        title={scenarioTitle(scenario)}
        description={
          <>
            Restore {scenario.restoreLevels.join(", ")} settings (rule S7). Everything is back after an estimated{" "}
            <strong>{scenario.rtoHours} h</strong> with {planned.stored.deployment.recovery.adminsAvailable} administrator
            {planned.stored.deployment.recovery.adminsAvailable === 1 ? "" : "s"}.
          </>
        }
        actions={
          <>
            <Link className="btn" href={scenarioHref(id, scenario.id, "/print")}>
              Printable runbook
            </Link>
            <a className="btn" href={scenarioHref(id, scenario.id, "/pdf")}>
              Download PDF
            </a>
            <a className="btn" href={scenarioHref(id, scenario.id, "/markdown")}>
              Download Markdown
            </a>
            <Link className="btn" href={`/deployments/${id}/timeline?scenario=${encodeURIComponent(scenario.id)}`}>
              Timeline
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div>
          {planned.plan.restoreBriefing.length ? (
            <section
              className="mb-4 rounded-lg border-2 border-slate-800 p-4 text-sm"
              aria-labelledby="opening-h"
              data-testid="runbook-opening"
            >
              <h2 id="opening-h" className="font-semibold">
                Before you start
              </h2>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {planned.plan.restoreBriefing.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {scenario.notes?.length ? (
            <ul className="mb-4 list-disc space-y-1 rounded-lg border border-sky-200 bg-sky-50 p-4 pl-8 text-sm text-sky-950">
              {scenario.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
          <h2 className="mb-2 text-lg font-semibold">{scenario.path ?? "Restore steps"}</h2>
          <StepList steps={scenario.steps} />
          {scenario.failback ? (
            <section className="mt-8" aria-labelledby="failback-h">
              <h2 id="failback-h" className="text-lg font-semibold">
                {scenario.failback.title} <span className="text-sm font-normal text-slate-600">({scenario.failback.rtoHours} h)</span>
              </h2>
              <p className="mb-2 text-sm text-slate-700">When: {scenario.failback.when}</p>
              <StepList steps={scenario.failback.steps} />
            </section>
          ) : null}
          {scenario.alternatives?.map((alt) => (
            <section key={alt.id} className="mt-8" aria-labelledby={`alt-${alt.id}`}>
              <h2 id={`alt-${alt.id}`} className="text-lg font-semibold">
                Alternative: {alt.title} <span className="text-sm font-normal text-slate-600">({alt.rtoHours} h)</span>
              </h2>
              <p className="mb-2 text-sm text-slate-700">When: {alt.when}</p>
              <StepList steps={alt.steps} />
            </section>
          ))}
        </div>
        <aside className="space-y-4">
          {allows(user.role, "planner") ? (
            <section className="card" aria-labelledby="run-h">
              <h2 id="run-h" className="font-semibold">
                Work this runbook
              </h2>
              <p className="mb-2 mt-1 text-sm text-slate-600">Start a run to work the steps together and record who did what and when.</p>
              <StartRunForm deploymentId={id} scenarioId={scenario.id} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="wl-h">
            <h2 id="wl-h" className="font-semibold">
              Workloads back after
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              {scenario.workloads.map((w) => (
                <li key={w.workload} className="flex items-center justify-between gap-2">
                  <span>
                    {WORKLOAD_LABELS[w.workload]}
                    <span className="block text-xs text-slate-600">
                      {w.impact === "reduced-capacity"
                        ? `stays up on the surviving servers; full capacity after ${w.rtoHours} h`
                        : `back after ${w.rtoHours} h`}
                      {w.targetHours !== null ? ` · target ${w.targetHours} h` : ""}
                    </span>
                  </span>
                  <MeetsBadge meets={w.meets} />
                </li>
              ))}
            </ul>
          </section>
          {scenario.rules?.length ? (
            <section className="card">
              <h2 className="font-semibold">Rules behind this runbook</h2>
              <div className="mt-2">
                <RuleIds rules={scenario.rules} />
              </div>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
