"use client";

import { useActionState, useState } from "react";
import { deleteDeploymentAction, duplicateDeploymentAction, renameDeploymentAction } from "@/lib/server-actions/deployments";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Mode = "idle" | "rename" | "duplicate" | "delete";

/** Rename, duplicate (for what-if variants), export and delete (after a confirmation) one deployment. */
export function DeploymentActions({ id, name }: { id: string; name: string }) {
  const [mode, setMode] = useState<Mode>("idle");
  const [renameState, rename, renaming] = useActionState(async (prev: FormState, formData: FormData) => {
    const result = await renameDeploymentAction(prev, formData);
    if (result.ok) setMode("idle");
    return result;
  }, initialFormState);
  const [dupState, duplicate, duplicating] = useActionState(duplicateDeploymentAction, initialFormState);
  const [, remove, removing] = useActionState(deleteDeploymentAction, initialFormState);

  if (mode === "rename")
    return (
      <form action={rename} className="flex flex-wrap items-start gap-2">
        <input type="hidden" name="id" value={id} />
        <div>
          <label className="sr-only" htmlFor={`rename-${id}`}>
            New name for {name}
          </label>
          <input
            id={`rename-${id}`}
            name="name"
            defaultValue={name}
            className="input w-64"
            aria-invalid={!!renameState.fieldErrors?.name}
          />
          {renameState.fieldErrors?.name ? <p className="field-error">{renameState.fieldErrors.name.join("; ")}</p> : null}
        </div>
        <button className="btn btn-primary" disabled={renaming}>
          Save name
        </button>
        <button type="button" className="btn" onClick={() => setMode("idle")}>
          Cancel
        </button>
      </form>
    );
  if (mode === "duplicate")
    return (
      <form action={duplicate} className="flex flex-wrap items-start gap-2">
        <input type="hidden" name="id" value={id} />
        <div>
          <label className="sr-only" htmlFor={`dup-${id}`}>
            Name of the copy of {name}
          </label>
          <input id={`dup-${id}`} name="name" defaultValue={`${name} (what-if)`} className="input w-64" />
          {dupState.fieldErrors?.name ? <p className="field-error">{dupState.fieldErrors.name.join("; ")}</p> : null}
        </div>
        <button className="btn btn-primary" disabled={duplicating}>
          Create copy
        </button>
        <button type="button" className="btn" onClick={() => setMode("idle")}>
          Cancel
        </button>
      </form>
    );
  if (mode === "delete")
    return (
      <form action={remove} className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm deleting ${name}`}>
        <input type="hidden" name="id" value={id} />
        <span className="text-sm text-red-800">Delete “{name}” and all its data?</span>
        <button className="btn btn-danger" disabled={removing}>
          Yes, delete
        </button>
        <button type="button" className="btn" onClick={() => setMode("idle")}>
          Keep it
        </button>
      </form>
    );
  return (
    <div className="flex flex-wrap gap-1.5">
      <button type="button" className="btn" onClick={() => setMode("rename")} aria-label={`Rename ${name}`}>
        Rename
      </button>
      <button type="button" className="btn" onClick={() => setMode("duplicate")} aria-label={`Duplicate ${name}`}>
        Duplicate
      </button>
      <a className="btn" href={`/api/deployments/${id}?download=1`} aria-label={`Export ${name} as JSON`}>
        Export
      </a>
      <button type="button" className="btn" onClick={() => setMode("delete")} aria-label={`Delete ${name}`}>
        Delete
      </button>
    </div>
  );
}
