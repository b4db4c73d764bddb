import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listDrills } from "@/lib/db/drill-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { calibrate, compareDrill } from "@/lib/view/drills";
import { scenarioHref } from "@/lib/view/urls";
import { SCENARIO_GROUPS } from "@/lib/view/scenario-groups";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { ASSUMPTION_TABLE } from "@/lib/engine/assumptions";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DrillForm } from "@/components/estimates/drill-form";
import { applyCalibrationAction, deleteDrillAction } from "@/lib/server-actions/drills";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Drills" };

export default async function DrillsPage({ params, searchParams }: PageProps<"/deployments/[id]/drills">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const { plan } = planned;
  const drills = await listDrills(prisma, id);
  const chosen = typeof sp.scenario === "string" ? plan.scenarios.find((s) => s.id === sp.scenario) : undefined;
  const rows = drills.map((d) => {
    const scenario = plan.scenarios.find((s) => s.id === d.scenarioId);
    return { drill: d, scenario, comparison: scenario ? compareDrill(scenario, d) : null };
  });
  const timedSteps = rows.reduce((n, r) => n + (r.comparison?.steps.filter((s) => s.actual !== null && !s.waiting).length ?? 0), 0);
  const calibration = calibrate(rows.map((r) => r.comparison?.ratio ?? null), plan.assumptions, timedSteps);
  const labels = new Map(ASSUMPTION_TABLE.map((r) => [r.key, r.label]));

  return (
    <>
      <PageHeader
        title="Disaster-recovery drills"
        description="Run a runbook as a drill, time each step, and record it here (best practice B7). Each drill is compared with the estimate, and the recorded drills can calibrate the time assumptions."
      />
      <section className="card mb-6" aria-labelledby="record-h">
        <h2 id="record-h" className="font-semibold">Record a drill</h2>
        <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="drill-scenario" className="label">Scenario drilled</label>
            <select id="drill-scenario" name="scenario" defaultValue={chosen?.id ?? ""} className="input w-96" required>
              <option value="">Choose a runbook…</option>
              {SCENARIO_GROUPS.map((g) => {
                const inGroup = plan.scenarios.filter((s) => s.loss.kind === g.kind).slice(0, 200);
                return inGroup.length ? (
                  <optgroup key={g.kind} label={g.title}>
                    {inGroup.map((s) => (
                      <option key={s.id} value={s.id}>
                        {scenarioTitle(s)}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
          </div>
          <button className="btn">Choose</button>
        </form>
        {chosen ? (
          <div className="mt-4">
            <DrillForm
              deploymentId={id}
              scenarioId={chosen.id}
              today={new Date().toISOString().slice(0, 10)}
              steps={chosen.steps.map((s) => ({ order: s.order, title: s.title, minutes: s.minutes, waiting: !!s.waiting }))}
            />
          </div>
        ) : null}
      </section>

      <section className="card mb-6" aria-labelledby="recorded-h">
        <h2 id="recorded-h" className="font-semibold">Recorded drills</h2>
        {rows.length === 0 ? (
          <EmptyState title="No drill recorded yet" headingLevel={3}>
            Choose a runbook above, run it as a drill on test servers, and record how long each step took.
          </EmptyState>
        ) : (
          <table className="table mt-2" data-testid="drills">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Scenario</th>
                <th scope="col" className="text-right">Estimated (timed steps)</th>
                <th scope="col" className="text-right">Actual</th>
                <th scope="col" className="text-right">Actual ÷ estimate</th>
                <th scope="col">Notes</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ drill, scenario, comparison }) => (
                <tr key={drill.id}>
                  <td className="whitespace-nowrap">{drill.performedOn.toISOString().slice(0, 10)}</td>
                  <td>
                    {scenario ? (
                      <Link className="text-brand-700 hover:underline" href={scenarioHref(id, scenario.id)}>
                        {scenarioTitle(scenario)}
                      </Link>
                    ) : (
                      <span className="text-slate-500">{drill.scenarioId} (no longer in the plan)</span>
                    )}
                  </td>
                  <td className="text-right tabular-nums">{comparison ? `${comparison.estimatedMinutes} min` : "—"}</td>
                  <td className="text-right tabular-nums">{comparison ? `${comparison.actualMinutes} min` : "—"}</td>
                  <td className={`text-right font-semibold tabular-nums ${comparison?.ratio && comparison.ratio > 1 ? "text-red-700" : "text-emerald-700"}`}>{comparison?.ratio ?? "—"}</td>
                  <td className="text-sm">
                    {drill.notes}
                    {drill.recordedBy ? <span className="block text-xs text-slate-500">by {drill.recordedBy}</span> : null}
                  </td>
                  <td>
                    <form action={deleteDrillAction}>
                      <input type="hidden" name="deploymentId" value={id} />
                      <input type="hidden" name="id" value={drill.id} />
                      <button className="btn" aria-label={`Delete the drill of ${drill.performedOn.toISOString().slice(0, 10)}`}>Delete</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {calibration ? (
        <section className="card" aria-labelledby="cal-h" data-testid="calibration">
          <h2 id="cal-h" className="font-semibold">Calibrate the assumptions</h2>
          <p className="mt-1 text-sm text-slate-700">
            Across {calibration.drills} drill{calibration.drills === 1 ? "" : "s"} ({calibration.timedSteps} timed hands-on steps), the work took{" "}
            <strong>{calibration.ratio}×</strong> the estimate (median). Scaling the hands-on time assumptions by that factor gives:
          </p>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {Object.entries(calibration.proposed).map(([key, value]) => (
              <li key={key} className="flex justify-between border-b border-slate-100">
                <span>{labels.get(key as never)}</span>
                <span className="tabular-nums">
                  {plan.assumptions[key as keyof typeof plan.assumptions]} → {value} min
                </span>
              </li>
            ))}
          </ul>
          <form action={applyCalibrationAction} className="mt-3">
            <input type="hidden" name="deploymentId" value={id} />
            <button className="btn btn-primary">Apply to this deployment&apos;s assumptions</button>
          </form>
        </section>
      ) : null}
    </>
  );
}
