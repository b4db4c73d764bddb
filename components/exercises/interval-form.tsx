"use client";

import { setExerciseIntervalAction } from "@/lib/server-actions/exercises";
import { useFormAction } from "@/components/forms/use-form-action";
import { EditFieldset } from "@/components/auth/read-only";

/** The programme's interval: every runbook exercised within this many days. */
export function IntervalForm({
  deploymentId,
  intervalDays,
  min,
  max,
}: {
  deploymentId: string;
  intervalDays: number;
  min: number;
  max: number;
}) {
  const { state, pending, formRef, onSubmit, action } = useFormAction(setExerciseIntervalAction);
  const err = state.fieldErrors?.intervalDays;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <EditFieldset>
        <input type="hidden" name="deploymentId" value={deploymentId} />
        <div>
          <label htmlFor="interval-days" className="label">
            Exercise every runbook within (days)
          </label>
          <input
            id="interval-days"
            name="intervalDays"
            inputMode="numeric"
            defaultValue={intervalDays}
            min={min}
            max={max}
            className="input w-28"
            aria-invalid={!!err}
            aria-describedby={err ? "interval-err" : undefined}
          />
        </div>
        <button className="btn" disabled={pending}>
          Save
        </button>
        {err ? (
          <p id="interval-err" className="field-error w-full">
            {err.join("; ")}
          </p>
        ) : state.message ? (
          <p className={`w-full text-sm ${state.ok ? "text-emerald-800" : "text-red-800"}`} role="status">
            {state.message}
          </p>
        ) : null}
      </EditFieldset>
    </form>
  );
}
