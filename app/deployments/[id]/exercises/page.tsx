import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { loadExerciseInputs, programmeOf } from "@/lib/planning/load-exercises";
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS, type ProgrammeStatus } from "@/lib/view/exercise-programme";
import { scenarioHref } from "@/lib/view/urls";
import { WORKLOAD_LABELS } from "@/lib/view/labels";
import { PageHeader } from "@/components/ui/page-header";
import { IntervalForm } from "@/components/exercises/interval-form";
import { requireRole } from "@/lib/auth/server";
import { certificatesExpiringBy, certificateUseLabel } from "@/lib/view/register-page";

export const metadata: Metadata = { title: "Exercise programme" };

const STATUS: Record<ProgrammeStatus, { label: string; style: string }> = {
  never: { label: "Never exercised", style: "bg-red-50 text-red-800 border-red-300" },
  overdue: { label: "Overdue", style: "bg-amber-50 text-amber-900 border-amber-300" },
  due: { label: "Due within 30 days", style: "bg-sky-50 text-sky-900 border-sky-300" },
  current: { label: "Up to date", style: "bg-emerald-50 text-emerald-800 border-emerald-300" },
};

export default async function ExercisesPage({ params }: PageProps<"/deployments/[id]/exercises">) {
  await requireRole("viewer");
  const { id } = await params;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const inputs = await loadExerciseInputs(id);
  const { rows, intervalDays } = programmeOf(planned.plan, planned.stored.deployment, inputs, new Date());
  const counts = { never: 0, overdue: 0, due: 0, current: 0 } as Record<ProgrammeStatus, number>;
  for (const r of rows) counts[r.status]++;
  const changed = rows.filter((r) => r.changedSince === true).length;
  // Rule S9: a certificate that expires before the next exercise would fail that exercise's restore.
  const nextDue = rows[0]?.dueOn;
  const expiringBeforeNext = nextDue ? certificatesExpiringBy(planned.plan.register, nextDue) : [];

  return (
    <>
      <PageHeader
        title="Exercise programme"
        description={
          <>
            Every runbook exercised within the chosen number of days, most critical first (best practices B6 and B7). An exercise is a{" "}
            <Link className="underline" href={`/deployments/${id}/runs`}>
              run
            </Link>{" "}
            started as an exercise and finished, or a{" "}
            <Link className="underline" href={`/deployments/${id}/drills`}>
              recorded drill
            </Link>
            . Runbooks never exercised are spread over the interval, the most critical first.
          </>
        }
      />
      <section className="card mb-6" aria-labelledby="setting-h">
        <h2 id="setting-h" className="sr-only">
          Interval
        </h2>
        <IntervalForm deploymentId={id} intervalDays={intervalDays} min={MIN_INTERVAL_DAYS} max={MAX_INTERVAL_DAYS} />
        <p className="mt-2 text-sm text-slate-700" data-testid="programme-summary">
          {rows.length} runbooks: {counts.never} never exercised, {counts.overdue} overdue, {counts.due} due within 30 days,{" "}
          {counts.current} up to date
          {changed ? `; ${changed} changed since their last exercise` : ""}.
        </p>
      </section>
      {expiringBeforeNext.length > 0 ? (
        <section className="card mb-6 border-amber-300" aria-labelledby="expiring-h" data-testid="certificates-before-exercise">
          <h2 id="expiring-h" className="font-semibold">
            Certificates that expire before the next exercise ({nextDue})
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {expiringBeforeNext.map((c) => (
              <li key={`${c.server}:${c.use}:${c.subject}`}>
                {certificateUseLabel(c.use)} certificate <span className="font-mono text-xs">{c.subject}</span> on {c.server}: expire
                {c.status === "expired" ? "d" : "s"} {c.expires}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-600">
            Renew them first, or the exercise restores a certificate the role cannot use. The full list is on the{" "}
            <Link className="underline" href={`/deployments/${id}/register`}>
              register
            </Link>
            .
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="schedule-h">
        <h2 id="schedule-h" className="font-semibold">
          Schedule
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="table" data-testid="programme">
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Runbook</th>
                <th scope="col">Most critical workload</th>
                <th scope="col">Last exercise</th>
                <th scope="col">Result</th>
                <th scope="col">Runbook changed since</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.scenarioId} data-scenario={r.scenarioId}>
                  <td className="whitespace-nowrap tabular-nums">{r.dueOn}</td>
                  <th scope="row" className="font-normal">
                    <Link className="text-brand-700 hover:underline" href={scenarioHref(id, r.scenarioId)}>
                      {r.title}
                    </Link>
                  </th>
                  <td className="text-sm">
                    {r.bestRank === null ? "no ranked workload" : `rank ${r.bestRank}`}
                    {r.workloads.length ? (
                      <span className="block text-xs text-slate-500">
                        {r.workloads.map((w) => WORKLOAD_LABELS[w as keyof typeof WORKLOAD_LABELS] ?? w).join(", ")}
                      </span>
                    ) : null}
                  </td>
                  <td className="text-sm whitespace-nowrap">
                    {r.last ? (
                      <>
                        {r.last.kind === "run" ? (
                          <Link className="text-brand-700 hover:underline" href={`/deployments/${id}/runs/${r.last.id}/report`}>
                            {r.last.at.toISOString().slice(0, 10)}
                          </Link>
                        ) : (
                          r.last.at.toISOString().slice(0, 10)
                        )}
                        <span className="block text-xs text-slate-500">
                          {r.last.label}
                          {r.exercises > 1 ? ` · ${r.exercises} in all` : ""}
                        </span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="text-sm">{r.last?.result ?? "—"}</td>
                  <td className="text-sm">
                    {r.changedSince === null ? (
                      r.last ? (
                        "not known (a drill keeps no copy of the runbook)"
                      ) : (
                        "—"
                      )
                    ) : r.changedSince ? (
                      <strong>changed</strong>
                    ) : (
                      "unchanged"
                    )}
                  </td>
                  <td>
                    <span className={`rounded border px-2 py-0.5 text-xs whitespace-nowrap ${STATUS[r.status].style}`}>
                      {STATUS[r.status].label}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
