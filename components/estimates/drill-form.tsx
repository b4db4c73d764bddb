"use client";

import { recordDrillAction } from "@/lib/server-actions/drills";
import { useFormAction } from "@/components/forms/use-form-action";
import { EditFieldset } from "@/components/auth/read-only";

interface StepRow {
  order: number;
  title: string;
  minutes: number;
  waiting: boolean;
  /** The label of the assumption the step's minutes come from, if any. */
  calibrates?: string;
}

/** Record a drill of one scenario: the minutes each step really took (blank: not timed). */
export function DrillForm({
  deploymentId,
  scenarioId,
  steps,
  today,
}: {
  deploymentId: string;
  scenarioId: string;
  steps: StepRow[];
  today: string;
}) {
  const { state, pending, formRef, onSubmit, action } = useFormAction(recordDrillAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-4">
      <EditFieldset>
        <input type="hidden" name="deploymentId" value={deploymentId} />
        <input type="hidden" name="scenarioId" value={scenarioId} />
        {state.message ? (
          <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" role="status">
            {state.message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <div>
            <label htmlFor="drill-date" className="label">
              Date of the drill
            </label>
            <input
              id="drill-date"
              name="performedOn"
              type="date"
              defaultValue={today}
              className="input"
              aria-invalid={!!state.fieldErrors?.performedOn}
            />
            {state.fieldErrors?.performedOn ? <p className="field-error">{state.fieldErrors.performedOn.join("; ")}</p> : null}
          </div>
          <div className="min-w-72 flex-1">
            <label htmlFor="drill-notes" className="label">
              Notes
            </label>
            <input
              id="drill-notes"
              name="notes"
              className="input"
              maxLength={4000}
              placeholder="What went well, what slowed the team down"
            />
          </div>
        </div>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col" className="text-right">
                Estimate
              </th>
              <th scope="col">Actual minutes</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => {
              const err = state.fieldErrors?.[`step-${s.order}`];
              return (
                <tr key={s.order}>
                  <td>
                    <label htmlFor={`drill-step-${s.order}`}>
                      {s.order}. {s.title}
                    </label>
                    <span className="block text-xs text-slate-500">
                      {s.calibrates ? `Calibrates: ${s.calibrates}` : "Fixed time: calibrates no assumption"}
                    </span>
                  </td>
                  <td className="text-right tabular-nums">{s.minutes} min</td>
                  <td>
                    <input
                      id={`drill-step-${s.order}`}
                      name={`step-${s.order}`}
                      inputMode="numeric"
                      className="input w-28"
                      aria-invalid={!!err}
                    />
                    {err ? <p className="field-error">{err.join("; ")}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button className="btn btn-primary" disabled={pending}>
          {pending ? "Recording…" : "Record the drill"}
        </button>
      </EditFieldset>
    </form>
  );
}
