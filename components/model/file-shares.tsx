"use client";
import { useId } from "react";
import { removeFileShareAction, saveFileShareAction } from "@/lib/server-actions/model";
import type { FileShareEntry } from "@/lib/formats/deployment";
import { SHARE_CONTENTS } from "@/lib/formats/enums";
import { DeploymentTarget, NumberField, SelectField, TextField, options } from "./fields";
import { FormSummary } from "./form-summary";
import { SHARE_CONTENT_LABELS } from "../../lib/view/labels";
import { RemoveControl } from "./remove-control";
import { SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const CONTENT_OPTIONS = options(SHARE_CONTENTS, SHARE_CONTENT_LABELS);

interface Target {
  deploymentId: string;
  version: number;
}

export function FileShareList({ shares, ...target }: Target & { shares: readonly FileShareEntry[] }) {
  return (
    <div>
      <div
        aria-hidden
        className="hidden grid-cols-[15rem_22rem_9rem] gap-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase md:grid"
      >
        <span>Content</span>
        <span>Path</span>
        <span>Size</span>
      </div>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {shares.map((f, i) => (
          <FileShareRow key={`${i}:${f.content}:${f.path}`} index={i} share={f} {...target} />
        ))}
      </ul>
    </div>
  );
}

function FileShareRow({ index, share, deploymentId, version }: Target & { index: number; share: FileShareEntry }) {
  const id = useId();
  const { state, pending, onSubmit, action } = useFormAction(saveFileShareAction);
  const what = `file share ${share.path}`;
  return (
    <li>
      <div role="group" aria-label={`File share ${share.path}`} className="flex flex-wrap items-start gap-2 py-2.5">
        <form action={action} onSubmit={onSubmit} noValidate className="flex flex-1 flex-wrap items-start gap-2">
          <DeploymentTarget deploymentId={deploymentId} version={version} />
          <input type="hidden" name="index" value={index} />
          <SelectField
            id={`${id}-content`}
            name="content"
            label={`Content of ${what}`}
            hideLabel
            className="w-full md:w-60"
            options={CONTENT_OPTIONS}
            defaultValue={share.content}
            errors={errorsOf(state, "content")}
          />
          <TextField
            id={`${id}-path`}
            name="path"
            label={`Path of ${what}`}
            hideLabel
            mono
            className="w-full md:w-88"
            defaultValue={share.path}
            errors={errorsOf(state, "path")}
          />
          <NumberField
            id={`${id}-size`}
            name="sizeGb"
            label={`Size of ${what}`}
            hideLabel
            unit="GB"
            min={0}
            className="w-full md:w-36"
            defaultValue={share.sizeGb}
            errors={errorsOf(state, "sizeGb")}
          />
          <button type="submit" className="btn" disabled={pending}>
            {pending ? "Saving…" : "Save"}
            <span className="sr-only"> {what}</span>
          </button>
        </form>
        <RemoveControl action={removeFileShareAction} deploymentId={deploymentId} version={version} fields={{ index }} what={what} />
        <FormSummary state={state} className="basis-full" />
      </div>
    </li>
  );
}

export function AddFileShareForm({ deploymentId, version }: Target) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveFileShareAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <div className="flex flex-wrap items-start gap-3">
        <SelectField
          id={`${id}-content`}
          name="content"
          label="Content"
          className="w-full md:w-60"
          options={CONTENT_OPTIONS}
          errors={errorsOf(state, "content")}
        />
        <TextField
          id={`${id}-path`}
          name="path"
          label="Path"
          mono
          className="w-full md:w-88"
          placeholder="\\fs01\ocs\meetings"
          errors={errorsOf(state, "path")}
          help="A UNC share (Enterprise) or local folder (Standard Edition)."
        />
        <NumberField
          id={`${id}-size`}
          name="sizeGb"
          label="Size"
          unit="GB"
          min={0}
          className="w-full md:w-36"
          errors={errorsOf(state, "sizeGb")}
        />
        <div className="pt-6">
          <SubmitButton pending={pending}>Add file share</SubmitButton>
        </div>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}
