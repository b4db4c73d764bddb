"use client";
// A what-if's two ways out: apply it to its baseline (an audited edit, a new baseline version) or discard it.
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { applyWhatIfAction, discardWhatIfAction } from "@/lib/server-actions/what-if";

export function WhatIfControls({
  whatIfId,
  title,
  disabled,
  apply = true,
}: {
  whatIfId: string;
  title: string;
  disabled?: boolean;
  apply?: boolean;
}) {
  const [applied, applyAction, applying] = useActionState(applyWhatIfAction, initialFormState);
  const [discarded, discardAction, discarding] = useActionState(discardWhatIfAction, initialFormState);
  const message = [applied, discarded].find((s) => s.message && !s.ok)?.message;
  return (
    <div className="inline-flex flex-wrap items-center gap-2" data-testid="what-if-controls">
      {apply ? (
        <form
          action={applyAction}
          onSubmit={(e) => {
            if (!window.confirm(`Apply "${title}" to the baseline? The baseline gets a new version with this change.`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="whatIfId" value={whatIfId} />
          <button className="btn btn-primary" disabled={disabled || applying || discarding} aria-label={`Apply to the baseline: ${title}`}>
            {applying ? "Applying…" : "Apply to the baseline"}
          </button>
        </form>
      ) : null}
      <form action={discardAction}>
        <input type="hidden" name="whatIfId" value={whatIfId} />
        <button className="btn" disabled={disabled || applying || discarding} aria-label={`Discard the what-if: ${title}`}>
          {discarding ? "Discarding…" : "Discard"}
        </button>
      </form>
      {message ? (
        <p role="alert" className="text-xs text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
