"use client";
// "Start a run" on a runbook page: an incident, or an exercise of a chosen type.
import { useActionState, useState } from "react";
import { startRunAction } from "@/lib/server-actions/runs";
import { initialFormState } from "@/lib/actions/form-state";
import { EXERCISE_TYPES } from "@/lib/view/run-snapshot";

export function StartRunForm({ deploymentId, scenarioId }: { deploymentId: string; scenarioId: string }) {
  const [state, action, pending] = useActionState(startRunAction, initialFormState);
  const [kind, setKind] = useState("exercise");
  return (
    <form action={action} className="space-y-2 text-sm">
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <fieldset className="space-y-1">
        <legend className="label">This run is</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="incident" checked={kind === "incident"} onChange={() => setKind("incident")} /> a real
          incident
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="exercise" checked={kind === "exercise"} onChange={() => setKind("exercise")} /> an exercise
        </label>
      </fieldset>
      {kind === "exercise" ? (
        <label className="block">
          <span className="label">Exercise type</span>
          <select name="exerciseType" className="input w-full" defaultValue="walkthrough" aria-describedby="exercise-type-error">
            {EXERCISE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {state.fieldErrors?.exerciseType || state.fieldErrors?.kind || state.message ? (
        <p id="exercise-type-error" role="alert" className="text-red-700">
          {[state.message, ...(state.fieldErrors?.kind ?? []), ...(state.fieldErrors?.exerciseType ?? [])].filter(Boolean).join(" ")}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        Start a run
      </button>
    </form>
  );
}
