"use client";

import { saveAssumptionsAction } from "@/lib/server-actions/assumptions";
import { useFormAction } from "@/components/forms/use-form-action";
import { EditFieldset } from "@/components/auth/read-only";
import type { AssumptionRow } from "@/lib/engine/assumptions";

/** Every estimation assumption with its default, its source, and this deployment's own value. */
export function AssumptionsForm({
  deploymentId,
  revision,
  rows,
  overrides,
}: {
  deploymentId: string;
  revision: number;
  rows: readonly AssumptionRow[];
  overrides: Record<string, number>;
}) {
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveAssumptionsAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="card p-0">
      <EditFieldset>
        <input type="hidden" name="deploymentId" value={deploymentId} />
        <input type="hidden" name="expectedRevision" value={revision} />
        {state.message ? (
          <p
            className={`m-4 rounded border p-3 text-sm ${state.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}
            role="status"
          >
            {state.message}
            {state.stale ? (
              <>
                {" "}
                <a href={`/deployments/${deploymentId}/assumptions`} className="font-medium underline">
                  Reload
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col" className="text-right">
                Default
              </th>
              <th scope="col">This deployment</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const errors = state.fieldErrors?.[row.key];
              return (
                <tr key={row.key}>
                  <td>
                    <label htmlFor={`a-${row.key}`} className="font-medium">
                      {row.label}
                    </label>
                    <div className="text-xs text-slate-500">{row.unit}</div>
                  </td>
                  <td className="text-right tabular-nums">{row.value}</td>
                  <td>
                    <input
                      id={`a-${row.key}`}
                      name={row.key}
                      inputMode="decimal"
                      defaultValue={overrides[row.key] ?? ""}
                      placeholder={String(row.value)}
                      className="input w-28"
                      aria-invalid={!!errors}
                      aria-describedby={errors ? `a-${row.key}-err` : undefined}
                    />
                    {errors ? (
                      <p id={`a-${row.key}-err`} className="field-error">
                        {errors.join("; ")}
                      </p>
                    ) : null}
                  </td>
                  <td className="max-w-md text-xs text-slate-600">
                    {row.assumption ? (
                      <span className="mr-1 rounded bg-amber-100 px-1 font-semibold text-amber-900">assumption</span>
                    ) : null}
                    {row.source}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="flex gap-2 p-4">
          <button className="btn btn-primary" disabled={pending}>
            {pending ? "Saving…" : "Save assumptions"}
          </button>
          <span className="self-center text-sm text-slate-600">Leave a value blank to use the default.</span>
        </div>
      </EditFieldset>
    </form>
  );
}
