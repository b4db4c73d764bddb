import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listDrills } from "@/lib/db/drill-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { compareDrill } from "@/lib/view/drills";
import {
  calibrateAssumptions,
  calibrationInputOf,
  HALF_LIFE_DAYS,
  isCalibratable,
  runExclusion,
  SHRINKAGE_RULE,
} from "@/lib/view/calibration";
import { calibrationEffects } from "@/lib/view/calibration-effects";
import { PLAUSIBILITY_RULE, RUN_KIND_RULE } from "@/lib/view/run-measurement";
import { ASSUMPTION_TABLE } from "@/lib/engine/assumptions";
import { listFinishedRuns, listRuns } from "@/lib/db/run-store";
import { assumptionsRevision } from "@/lib/db/assumptions-store";
import { CalibrationTable } from "@/components/estimates/calibration-table";
import { scenarioHref } from "@/lib/view/urls";
import { SCENARIO_GROUPS } from "@/lib/view/scenario-groups";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DrillForm } from "@/components/estimates/drill-form";
import { deleteDrillAction } from "@/lib/server-actions/drills";
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
  const [runs, finished, revision] = await Promise.all([
    listRuns(prisma, id),
    listFinishedRuns(prisma, id),
    assumptionsRevision(prisma, id),
  ]);
  const input = calibrationInputOf(finished, drills, plan.scenarios, plan.assumptions);
  const calibration = calibrateAssumptions(input.measurements, plan.assumptions, new Date());
  // Each proposal's effect on every ranked workload's worst case, planned again before anyone accepts it.
  const effects = Object.fromEntries(
    calibrationEffects(planned.stored.deployment, planned.assumptionOverrides, calibration, plan.assessment.worst),
  );
  const labels = new Map<string, string>(ASSUMPTION_TABLE.map((r) => [r.key, r.label]));
  const excluded = [
    ...runs
      .filter((r) => !r.finishedAt)
      .map((r) => ({ label: `${r.title}, ${r.startedAt.toISOString().slice(0, 10)}`, why: "not finished" })),
    ...finished.flatMap((r) => {
      const why = runExclusion(r);
      return why ? [{ label: `${r.snapshot.title}, ${r.startedAt.toISOString().slice(0, 10)}`, why }] : [];
    }),
  ];

  return (
    <>
      <PageHeader
        title="Disaster-recovery drills"
        description="Run a runbook as a drill, time each step, and record it here (best practice B7). Each drill is compared with the estimate, and the recorded drills can calibrate the time assumptions."
      />
      <section className="card mb-6" aria-labelledby="record-h">
        <h2 id="record-h" className="font-semibold">
          Record a drill
        </h2>
        <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="drill-scenario" className="label">
              Scenario drilled
            </label>
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
              steps={chosen.steps.map((s) => ({
                order: s.order,
                title: s.title,
                minutes: s.minutes,
                waiting: !!s.waiting,
                calibrates: isCalibratable(s.assumption) ? labels.get(s.assumption) : undefined,
              }))}
            />
          </div>
        ) : null}
      </section>

      <section className="card mb-6" aria-labelledby="recorded-h">
        <h2 id="recorded-h" className="font-semibold">
          Recorded drills
        </h2>
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
                <th scope="col" className="text-right">
                  Estimated (timed steps)
                </th>
                <th scope="col" className="text-right">
                  Actual
                </th>
                <th scope="col" className="text-right">
                  Actual ÷ estimate
                </th>
                <th scope="col">Notes</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
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
                  <td
                    className={`text-right font-semibold tabular-nums ${comparison?.ratio && comparison.ratio > 1 ? "text-red-700" : "text-emerald-700"}`}
                  >
                    {comparison?.ratio ?? "—"}
                  </td>
                  <td className="text-sm">
                    {drill.notes}
                    {drill.recordedBy ? <span className="block text-xs text-slate-500">by {drill.recordedBy}</span> : null}
                  </td>
                  <td>
                    <form action={deleteDrillAction}>
                      <input type="hidden" name="deploymentId" value={id} />
                      <input type="hidden" name="id" value={drill.id} />
                      <button className="btn" aria-label={`Delete the drill of ${drill.performedOn.toISOString().slice(0, 10)}`}>
                        Delete
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="cal-h" data-testid="calibration">
        <h2 id="cal-h" className="font-semibold">
          Calibrate the assumptions
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Every runbook step names the assumption its minutes come from. Finished runs whose steps were performed and recorded drills
          calibrate only the assumptions their timed steps measured. Per source, the measured time ÷ the estimate gives the value that would
          have estimated it exactly; &ldquo;measured&rdquo; is their geometric mean, weighted by the number of timed steps and halved for
          every {HALF_LIFE_DAYS} days of age. {SHRINKAGE_RULE} Nothing is ticked: check each proposal&apos;s sources and its effect first.
        </p>
        <p className="mt-1 text-xs text-slate-600" data-testid="calibration-rules">
          {PLAUSIBILITY_RULE} {RUN_KIND_RULE}
        </p>
        {calibration.length === 0 ? (
          <EmptyState title="Nothing measured yet" headingLevel={3}>
            Finish a run of a runbook, or record a drill, with timed steps: their assumptions will show here.
          </EmptyState>
        ) : (
          <CalibrationTable deploymentId={id} revision={revision} rows={calibration} effects={effects} />
        )}
        {input.excluded.length ? (
          <div className="mt-3" data-testid="calibration-excluded">
            <h3 className="text-sm font-semibold">Timed steps left out ({input.excluded.length})</h3>
            <ul className="mt-1 text-xs text-slate-700">
              {input.excluded.slice(0, 30).map((x) => (
                <li key={`${x.source.kind}:${x.source.id}:${x.order}`}>
                  {x.source.label}, step {x.order} ({x.title}, {labels.get(x.assumption) ?? x.assumption}): {x.why}
                </li>
              ))}
              {input.excluded.length > 30 ? <li>and {input.excluded.length - 30} more</li> : null}
            </ul>
          </div>
        ) : null}
        {excluded.length ? (
          <p className="mt-2 text-xs text-slate-500">
            Not used:{" "}
            {excluded
              .slice(0, 10)
              .map((r) => `${r.label} (${r.why})`)
              .join("; ")}
            .
          </p>
        ) : null}
      </section>
    </>
  );
}
