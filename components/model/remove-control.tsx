"use client";
// Removing something takes two steps: "Remove" opens a confirmation in the page (no browser
// dialog), "Confirm remove" submits. A refusal (still in use, consistency rules) is shown below.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormSummary } from "./form-summary";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { DeploymentTarget } from "./fields";
import { useReadOnly } from "@/components/auth/read-only";

export function RemoveControl({
  action,
  deploymentId,
  version,
  fields,
  what,
  question,
  children,
}: {
  action: FormAction;
  deploymentId: string;
  version: number;
  /** Hidden inputs that name the thing to remove. */
  fields: Record<string, string | number>;
  /** Spoken after "Remove" / "Confirm remove", e.g. "site Redmond". */
  what: string;
  /** The confirmation question; defaults to "Remove <what>?". */
  question?: ReactNode;
  /** Extra inputs of the confirmation (e.g. "Also remove its servers"). */
  children?: ReactNode;
}) {
  const readOnly = useReadOnly();
  const [confirming, setConfirming] = useState(false);
  const { state, pending, onSubmit, action: formAction } = useFormAction(action);
  // Keyboard users land back on "Remove" when they cancel.
  const removeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      removeButton.current?.focus();
    }
  }, [confirming]);
  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  if (readOnly) return null;
  return (
    <form action={formAction} onSubmit={onSubmit} className="contents" noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirming ? (
        <div
          className="basis-full rounded-md border border-red-200 bg-red-50/60 px-3 py-2"
          onKeyDown={(e) => {
            if (e.key === "Escape") cancel();
          }}
        >
          <p className="text-sm font-medium text-red-900">{question ?? `Remove ${what}?`}</p>
          {children ? <div className="mt-2">{children}</div> : null}
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" className="btn btn-danger" disabled={pending} autoFocus>
              {pending ? "Removing…" : "Confirm remove"}
              <span className="sr-only"> {what}</span>
            </button>
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
          </div>
          <FormSummary state={state} className="mt-2" />
        </div>
      ) : (
        <button ref={removeButton} type="button" className="btn text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)}>
          Remove<span className="sr-only"> {what}</span>
        </button>
      )}
    </form>
  );
}
