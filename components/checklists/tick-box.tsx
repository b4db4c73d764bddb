"use client";

import { useOptimistic, useTransition } from "react";
import { toggleTickAction } from "@/lib/server-actions/checklists";

/** A checklist tick that saves at once (optimistically) and survives reloads. */
export function TickBox({
  deploymentId,
  itemId,
  ticked,
  label,
  disabled = false,
}: {
  deploymentId: string;
  itemId: string;
  ticked: boolean;
  label: string;
  disabled?: boolean;
}) {
  const [optimistic, setOptimistic] = useOptimistic(ticked);
  const [pending, startTransition] = useTransition();
  return (
    <input
      type="checkbox"
      className="h-4 w-4 accent-brand-600"
      checked={optimistic}
      aria-label={label}
      aria-busy={pending}
      disabled={disabled}
      onChange={(e) => {
        const next = e.target.checked;
        const form = new FormData();
        form.set("deploymentId", deploymentId);
        form.set("itemId", itemId);
        form.set("ticked", String(next));
        startTransition(async () => {
          setOptimistic(next);
          await toggleTickAction(form);
        });
      }}
    />
  );
}
