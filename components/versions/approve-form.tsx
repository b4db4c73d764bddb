"use client";

import { approveVersionAction } from "@/lib/server-actions/versions";
import { useFormAction } from "@/components/forms/use-form-action";

/** Approve the current plan: the signed-in planner approves, with a required note. */
export function ApproveForm({
  deploymentId,
  version,
  assumptionsVersion,
  planVersion,
  approverName,
}: {
  deploymentId: string;
  version: number;
  assumptionsVersion: number;
  planVersion: number;
  approverName: string;
}) {
  const { state, pending, formRef, onSubmit, action } = useFormAction(approveVersionAction, { resetOnSuccess: true });
  const noteErr = state.fieldErrors?.note;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-3 space-y-3">
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="expectedAssumptionsVersion" value={assumptionsVersion} />
      {state.message ? (
        <p
          role="status"
          className={`rounded border p-3 text-sm ${state.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">
          Approved by <strong>{approverName}</strong> (you are signed in).
        </p>
        <div className="min-w-72 flex-1">
          <label htmlFor="approve-note" className="label">
            Note (required)
          </label>
          <textarea
            id="approve-note"
            name="note"
            className="input"
            rows={2}
            required
            maxLength={2000}
            placeholder="What was reviewed, by whom, why it is approved"
            aria-invalid={!!noteErr}
            aria-describedby={noteErr ? "approve-note-err" : undefined}
          />
          {noteErr ? (
            <p id="approve-note-err" className="field-error">
              {noteErr.join("; ")}
            </p>
          ) : null}
        </div>
      </div>
      <button className="btn btn-primary" disabled={pending}>
        {pending
          ? "Approving…"
          : `Approve this plan (plan version ${planVersion}: deployment version ${version}, assumptions version ${assumptionsVersion})`}
      </button>
    </form>
  );
}
