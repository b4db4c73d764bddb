"use client";
// The one live region of a form: what happened to the last save. Field errors are beside their
// fields; here go the errors that belong to no field of this form (other parts of the deployment),
// the warnings of the consistency rules, and the stale-version notice with a way to reload.
import { usePathname } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { FORM_FIELD } from "@/lib/actions/field-paths";

function ProblemList({ items, tone }: { items: string[]; tone: "error" | "warning" }) {
  if (items.length === 0) return null;
  return (
    <ul className={`mt-1.5 list-disc space-y-0.5 pl-5 ${tone === "error" ? "text-red-800" : "text-amber-900"}`}>
      {items.map((item) => (
        <li key={item} className="break-words">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function FormSummary({ state, className = "" }: { state: FormState; className?: string }) {
  const pathname = usePathname();
  const formErrors = state.fieldErrors?.[FORM_FIELD] ?? [];
  const otherErrors = state.otherErrors ?? [];
  const warnings = state.warnings ?? [];
  if (!state.message && formErrors.length + otherErrors.length + warnings.length === 0) return null;

  if (state.ok) {
    return (
      <div role="status" className={`rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ${className}`}>
        <p className="font-medium">{state.message ?? "Saved."}</p>
        {warnings.length > 0 ? (
          <>
            <p className="mt-1.5 text-amber-900">Warnings about the deployment:</p>
            <ProblemList items={warnings} tone="warning" />
          </>
        ) : null}
      </div>
    );
  }

  return (
    <div role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 ${className}`}>
      <p className="font-medium">{state.message ?? "Nothing was saved."}</p>
      {state.stale ? (
        <p className="mt-1.5">
          <a
            href={pathname}
            className="font-medium text-brand-700 underline"
            onClick={(e) => {
              e.preventDefault();
              window.location.reload();
            }}
          >
            Reload
          </a>{" "}
          to see the current version, then make your change again.
        </p>
      ) : null}
      <ProblemList items={[...formErrors, ...otherErrors]} tone="error" />
      {warnings.length > 0 ? (
        <>
          <p className="mt-1.5 text-amber-900">Warnings:</p>
          <ProblemList items={warnings} tone="warning" />
        </>
      ) : null}
    </div>
  );
}
