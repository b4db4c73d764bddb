"use client";
// Accept a gap as a known risk (reason and review date), or withdraw the acceptance.
import { useActionState, useId } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { acceptGapAction, reopenGapAction } from "@/lib/server-actions/gaps";

export function AcceptGapForm({
  deploymentId,
  gapId,
  defaultReviewOn,
  disabled,
}: {
  deploymentId: string;
  gapId: string;
  defaultReviewOn: string;
  disabled?: boolean;
}) {
  const [state, action, pending] = useActionState(acceptGapAction, initialFormState);
  const id = useId();
  const err = (f: string) => state.fieldErrors?.[f]?.join("; ");
  return (
    <details className="no-print mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">Accept this risk…</summary>
      <form action={action} className="mt-2 grid gap-2 sm:grid-cols-[1fr_auto_auto] sm:items-end" aria-label={`Accept gap ${gapId}`}>
        <input type="hidden" name="deploymentId" value={deploymentId} />
        <input type="hidden" name="gapId" value={gapId} />
        <fieldset disabled={disabled || pending} className="contents">
          <div>
            <label htmlFor={`${id}-reason`} className="label">
              Why it is accepted
            </label>
            <input
              id={`${id}-reason`}
              name="reason"
              className="input w-full"
              required
              minLength={10}
              maxLength={2000}
              aria-invalid={!!err("reason")}
              aria-describedby={err("reason") ? `${id}-reason-err` : undefined}
            />
            {err("reason") ? (
              <p id={`${id}-reason-err`} className="text-xs text-red-800">
                {err("reason")}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor={`${id}-review`} className="label">
              Review on
            </label>
            <input
              id={`${id}-review`}
              name="reviewOn"
              type="date"
              className="input"
              required
              defaultValue={defaultReviewOn}
              aria-invalid={!!err("reviewOn")}
              aria-describedby={err("reviewOn") ? `${id}-review-err` : undefined}
            />
            {err("reviewOn") ? (
              <p id={`${id}-review-err`} className="text-xs text-red-800">
                {err("reviewOn")}
              </p>
            ) : null}
          </div>
          <button className="btn">{pending ? "Accepting…" : "Accept"}</button>
        </fieldset>
        {state.message ? (
          <p role={state.ok ? "status" : "alert"} className={`sm:col-span-3 text-xs ${state.ok ? "text-emerald-800" : "text-red-800"}`}>
            {state.message} {err("gapId") ?? ""}
          </p>
        ) : null}
      </form>
    </details>
  );
}

export function ReopenGapButton({ deploymentId, gapId, disabled }: { deploymentId: string; gapId: string; disabled?: boolean }) {
  const [state, action, pending] = useActionState(reopenGapAction, initialFormState);
  return (
    <form action={action} className="no-print inline">
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <input type="hidden" name="gapId" value={gapId} />
      <button className="btn" disabled={disabled || pending}>
        {pending ? "Reopening…" : "Reopen"}
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-xs text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
