"use client";
import { useId } from "react";
import { removeDatabaseAction, saveDatabaseAction } from "@/lib/server-actions/model";
import type { DatabaseEntry } from "@/lib/formats/deployment";
import { DATABASE_NAMES } from "@/lib/formats/enums";
import { DeploymentTarget, NumberField, SelectField, options, type Option } from "./fields";
import { FormSummary } from "./form-summary";
import { DATABASE_LABELS } from "../../lib/view/labels";
import { RemoveControl } from "./remove-control";
import { SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const NAME_OPTIONS = options(DATABASE_NAMES, DATABASE_LABELS);

interface Target {
  deploymentId: string;
  version: number;
}

function serverOptions(hosts: readonly string[], current?: string): Option[] {
  const fqdns = current && !hosts.includes(current) ? [current, ...hosts] : hosts;
  return fqdns.map((f) => ({ value: f, label: f }));
}

export function DatabaseList({ databases, hosts, ...target }: Target & { databases: readonly DatabaseEntry[]; hosts: readonly string[] }) {
  return (
    <div>
      <div
        aria-hidden
        className="hidden grid-cols-[16rem_18rem_9rem] gap-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase md:grid"
      >
        <span>Database</span>
        <span>Server</span>
        <span>Size</span>
      </div>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {databases.map((b, i) => (
          <DatabaseRow key={`${i}:${b.name}@${b.server}`} index={i} database={b} hosts={hosts} {...target} />
        ))}
      </ul>
    </div>
  );
}

function DatabaseRow({
  index,
  database,
  hosts,
  deploymentId,
  version,
}: Target & { index: number; database: DatabaseEntry; hosts: readonly string[] }) {
  const id = useId();
  const { state, pending, onSubmit, action } = useFormAction(saveDatabaseAction);
  const what = `database ${database.name} on ${database.server}`;
  return (
    <li>
      <div role="group" aria-label={`Database ${database.name} on ${database.server}`} className="flex flex-wrap items-start gap-2 py-2.5">
        <form action={action} onSubmit={onSubmit} noValidate className="flex flex-1 flex-wrap items-start gap-2">
          <DeploymentTarget deploymentId={deploymentId} version={version} />
          <input type="hidden" name="index" value={index} />
          <SelectField
            id={`${id}-name`}
            name="name"
            label={`Name of ${what}`}
            hideLabel
            className="w-full md:w-64"
            options={NAME_OPTIONS}
            defaultValue={database.name}
            errors={errorsOf(state, "name")}
          />
          <SelectField
            id={`${id}-server`}
            name="server"
            label={`Server of ${what}`}
            hideLabel
            mono
            className="w-full md:w-72"
            options={serverOptions(hosts, database.server)}
            defaultValue={database.server}
            errors={errorsOf(state, "server")}
          />
          <NumberField
            id={`${id}-size`}
            name="sizeGb"
            label={`Size of ${what}`}
            hideLabel
            unit="GB"
            min={0}
            className="w-full md:w-36"
            defaultValue={database.sizeGb}
            errors={errorsOf(state, "sizeGb")}
          />
          <button type="submit" className="btn" disabled={pending}>
            {pending ? "Saving…" : "Save"}
            <span className="sr-only"> {what}</span>
          </button>
        </form>
        <RemoveControl action={removeDatabaseAction} deploymentId={deploymentId} version={version} fields={{ index }} what={what} />
        <FormSummary state={state} className="basis-full" />
      </div>
    </li>
  );
}

export function AddDatabaseForm({ hosts, deploymentId, version }: Target & { hosts: readonly string[] }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveDatabaseAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <div className="flex flex-wrap items-start gap-3">
        <SelectField
          id={`${id}-name`}
          name="name"
          label="Database"
          className="w-full md:w-64"
          options={NAME_OPTIONS}
          errors={errorsOf(state, "name")}
        />
        <SelectField
          id={`${id}-server`}
          name="server"
          label="Server"
          mono
          className="w-full md:w-72"
          options={[{ value: "", label: "Choose a server…" }, ...serverOptions(hosts)]}
          errors={errorsOf(state, "server")}
          help="Servers with role Back-end SQL Server, Standard Edition, Archiving or Monitoring."
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
          <SubmitButton pending={pending}>Add database</SubmitButton>
        </div>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}
