"use client";
// "Try it" on a recommendation: makes the what-if variant and opens the comparison (the action redirects).
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { tryRecommendationAction } from "@/lib/server-actions/what-if";

export function TryItButton({
  deploymentId,
  recommendationId,
  title,
  disabled,
}: {
  deploymentId: string;
  recommendationId: string;
  title: string;
  disabled?: boolean;
}) {
  const [state, action, pending] = useActionState(tryRecommendationAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <button
        className="btn"
        disabled={disabled || pending}
        aria-label={`Try it: ${title}`}
        title={disabled ? "Planners can try a change" : "Make a what-if copy with this change and compare"}
      >
        {pending ? "Making the variant…" : "Try it"}
      </button>
      {state.message && !state.ok ? (
        <p role="alert" className="mt-1 text-xs text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
