// What happened to the last submission of an account form: a status when it worked, an alert when not.
import type { FormState } from "@/lib/actions/form-state";

export function FormOutcome({ state, boxed = false }: { state: FormState; boxed?: boolean }) {
  if (!state.message) return null;
  const tone = state.ok ? "text-emerald-800" : "text-red-800";
  const box = boxed ? ` rounded-md border px-3 py-2 ${state.ok ? "border-emerald-200 bg-emerald-50" : "border-red-200 bg-red-50"}` : "";
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${tone}${box}`}>
      {state.message}
    </p>
  );
}
