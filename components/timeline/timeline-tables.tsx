import type { Scenario } from "@/lib/formats/plan";
import { WORKLOAD_LABELS } from "@/lib/view/labels";
import { formatMinutes, formatScheduleMinutes } from "@/lib/view/durations";
import type { GanttBar } from "@/lib/view/timeline";
import { TABLE_LIMIT } from "@/lib/view/timeline-page";
import { MeetsBadge } from "@/components/plan/severity-badge";

export function WorkloadsBackTable({ workloads }: { workloads: Scenario["workloads"] }) {
  return (
    <section aria-labelledby="workloads-h" className="card mb-6 p-0">
      <h2 id="workloads-h" className="border-b border-slate-200 px-4 py-2 font-semibold">
        Workloads back
      </h2>
      <table className="table" data-testid="workload-markers">
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col" className="text-right">
              Back after
            </th>
            <th scope="col" className="text-right">
              Target
            </th>
            <th scope="col">Against target</th>
          </tr>
        </thead>
        <tbody>
          {workloads.map((w) => (
            <tr key={w.workload}>
              <td>
                {WORKLOAD_LABELS[w.workload]}
                {w.impact === "reduced-capacity" ? (
                  <span className="block text-xs text-slate-600">stays up on the surviving servers meanwhile; full capacity then</span>
                ) : null}
              </td>
              <td className="text-right tabular-nums">{w.rtoHours} h</td>
              <td className="text-right tabular-nums">{w.targetHours === null ? "—" : `${w.targetHours} h`}</td>
              <td>
                <MeetsBadge meets={w.meets} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ScheduleTable({ rows, total }: { rows: readonly GanttBar[]; total: number }) {
  return (
    <section aria-labelledby="steps-h" className="card p-0">
      <h2 id="steps-h" className="border-b border-slate-200 px-4 py-2 font-semibold">
        Schedule{" "}
        {total > TABLE_LIMIT ? (
          <span className="text-sm font-normal text-slate-600">
            (the {rows.length} critical steps of {total}; the runbook lists them all)
          </span>
        ) : null}
      </h2>
      <div className="overflow-x-auto">
        <table className="table" data-testid="timeline-steps">
          <thead>
            <tr>
              <th scope="col" className="text-right">
                #
              </th>
              <th scope="col">Step</th>
              <th scope="col">Who</th>
              <th scope="col" className="text-right">
                Start
              </th>
              <th scope="col" className="text-right">
                Duration
              </th>
              <th scope="col" className="text-right">
                Finish
              </th>
              <th scope="col">Critical</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.order} data-critical={b.critical ? "true" : undefined}>
                <td className="text-right tabular-nums">{b.order}</td>
                <td>
                  {b.title}
                  {b.server ? <span className="block font-mono text-xs text-slate-600">{b.server}</span> : null}
                </td>
                <td className={`whitespace-nowrap ${b.waiting ? "italic text-slate-600" : ""}`}>{b.who}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{formatScheduleMinutes(b.start)}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{formatMinutes(b.minutes)}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{formatScheduleMinutes(b.finish)}</td>
                <td>
                  {b.critical ? <span className="font-semibold text-red-800">◆ critical</span> : <span className="text-slate-500">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
