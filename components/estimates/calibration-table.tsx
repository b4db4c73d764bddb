"use client";

import { acceptCalibrationAction } from "@/lib/server-actions/drills";
import { useFormAction } from "@/components/forms/use-form-action";
import { EditFieldset } from "@/components/auth/read-only";
import type { AssumptionCalibration } from "@/lib/view/calibration";
import type { WorstCaseEffect } from "@/lib/view/calibration-effects";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";

const unitShort = (unit: AssumptionCalibration["unit"]) => (unit === "minutes" ? "min" : "GB/h");
const hours = (h: number | null) => (h === null ? "—" : `${h} h`);

/** What accepting one proposal does to every ranked workload's worst case. */
function Effects({ effects }: { effects: WorstCaseEffect[] }) {
  const moved = effects.filter((e) => e.fromHours !== e.toHours);
  return (
    <details className="mt-1 text-xs" data-testid="calibration-effects">
      <summary className="cursor-pointer">
        Effect on every workload&apos;s worst case ({moved.length} of {effects.length} change)
      </summary>
      <ul className="mt-1">
        {effects.map((e) => (
          <li key={e.workload}>
            {WORKLOAD_LABELS[e.workload]}: {hours(e.fromHours)} → {hours(e.toHours)} (target {e.targetHours} h)
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Before/after per measured assumption, with the runs and drills each value came from and what it would
 * do to every workload's worst case; nothing is ticked until the planner ticks it.
 */
export function CalibrationTable({
  deploymentId,
  revision,
  rows,
  effects,
}: {
  deploymentId: string;
  revision: number;
  rows: AssumptionCalibration[];
  effects: Record<string, WorstCaseEffect[]>;
}) {
  const { state, pending, formRef, onSubmit, action } = useFormAction(acceptCalibrationAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-3 space-y-3">
      <EditFieldset>
        <input type="hidden" name="deploymentId" value={deploymentId} />
        <input type="hidden" name="revision" value={revision} />
        {state.message ? (
          <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" role="status">
            {state.message}
            {state.fieldErrors ? ` ${Object.values(state.fieldErrors).flat().join("; ")}` : null}
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="table" data-testid="calibration-table">
            <thead>
              <tr>
                <th scope="col">Accept</th>
                <th scope="col">Assumption</th>
                <th scope="col" className="text-right">
                  Now
                </th>
                <th scope="col" className="text-right">
                  Measured
                </th>
                <th scope="col" className="text-right">
                  Proposed
                </th>
                <th scope="col">Measured by (actual ÷ estimate, value it points to, weight) and its effect</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const same = r.proposed === r.current;
                return (
                  <tr key={r.key} data-assumption={r.key}>
                    <td>
                      <input
                        type="checkbox"
                        name="accept"
                        value={r.key}
                        defaultChecked={false}
                        disabled={same}
                        aria-label={`Accept ${r.label}: ${r.current} to ${r.proposed}`}
                      />
                    </td>
                    <th scope="row" className="font-normal">
                      {r.label}
                      <span className="block text-xs text-slate-500">
                        {r.key} · {r.steps} timed step{r.steps === 1 ? "" : "s"} from {r.sources.length} source
                        {r.sources.length === 1 ? "" : "s"}
                      </span>
                    </th>
                    <td className="text-right tabular-nums">
                      {r.current} {unitShort(r.unit)}
                    </td>
                    <td className="text-right tabular-nums">
                      {r.measured} {unitShort(r.unit)}
                    </td>
                    <td className={`text-right font-semibold tabular-nums ${same ? "text-slate-500" : ""}`}>
                      {same ? "no change" : `${r.proposed} ${unitShort(r.unit)}`}
                      {same ? null : (
                        <span className="block text-xs font-normal text-slate-500">{Math.round(r.pull * 100)} % of the way</span>
                      )}
                    </td>
                    <td className="text-sm">
                      <ul>
                        {r.sources.map((s) => (
                          <li key={`${s.kind}:${s.id}`}>
                            {s.label}: {s.steps} step{s.steps === 1 ? "" : "s"}, ×{s.ratio} → {s.implied} {unitShort(r.unit)}, weight{" "}
                            {Math.round(s.share * 100)} %
                          </li>
                        ))}
                      </ul>
                      {effects[r.key] ? <Effects effects={effects[r.key]} /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button className="btn btn-primary" disabled={pending || rows.every((r) => r.proposed === r.current)}>
          Accept the ticked values
        </button>
      </EditFieldset>
    </form>
  );
}
