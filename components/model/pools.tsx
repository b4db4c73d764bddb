"use client";
import { useId, useState } from "react";
import { addPoolAction, removePoolAction, savePoolAction } from "@/lib/server-actions/model";
import type { Pool } from "@/lib/formats/deployment";
import { POOL_KINDS, POOL_KIND_LABELS, type PoolKind } from "@/lib/formats/enums";
import { CheckboxField, DeploymentTarget, SelectField, TextField, options, type Option } from "./fields";
import { FormSummary } from "./form-summary";
import { RemoveControl } from "./remove-control";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const KIND_OPTIONS = options(POOL_KINDS, POOL_KIND_LABELS);

interface Target {
  deploymentId: string;
  version: number;
}

function backEndOptions(candidates: readonly string[], current?: string): Option[] {
  const fqdns = current && !candidates.includes(current) ? [current, ...candidates] : candidates;
  return [{ value: "", label: "None (Standard Edition pool)" }, ...fqdns.map((f) => ({ value: f, label: f }))];
}

export function PoolList({
  pools,
  sites,
  backEnds,
  ...target
}: Target & { pools: readonly { pool: Pool; members: number }[]; sites: readonly string[]; backEnds: readonly string[] }) {
  return (
    <div>
      <div
        aria-hidden
        className="hidden grid-cols-[9rem_14rem_8rem_1fr] gap-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase xl:grid"
      >
        <span>Name</span>
        <span>Kind</span>
        <span>Site</span>
        <span>Back-end SQL Server</span>
      </div>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {pools.map(({ pool, members }) => (
          <PoolRow key={pool.name} pool={pool} members={members} sites={sites} backEnds={backEnds} {...target} />
        ))}
      </ul>
    </div>
  );
}

function PoolRow({
  pool,
  members,
  sites,
  backEnds,
  deploymentId,
  version,
}: Target & { pool: Pool; members: number; sites: readonly string[]; backEnds: readonly string[] }) {
  const id = useId();
  const { state, pending, onSubmit, action } = useFormAction(savePoolAction);
  const siteOptions = sites.map((s) => ({ value: s, label: s }));
  return (
    <li>
      <div role="group" aria-label={`Pool ${pool.name}`} className="flex flex-wrap items-start gap-2 py-2.5">
        <form action={action} onSubmit={onSubmit} noValidate className="flex flex-1 flex-wrap items-start gap-2">
          <DeploymentTarget deploymentId={deploymentId} version={version} />
          <input type="hidden" name="original" value={pool.name} />
          <TextField
            id={`${id}-name`}
            name="name"
            label={`Name of pool ${pool.name}`}
            hideLabel
            mono
            className="w-full sm:w-36"
            defaultValue={pool.name}
            errors={errorsOf(state, "name")}
          />
          <SelectField
            id={`${id}-kind`}
            name="kind"
            label={`Kind of pool ${pool.name}`}
            hideLabel
            className="w-full sm:w-56"
            options={KIND_OPTIONS}
            defaultValue={pool.kind}
            errors={errorsOf(state, "kind")}
          />
          <SelectField
            id={`${id}-site`}
            name="site"
            label={`Site of pool ${pool.name}`}
            hideLabel
            className="w-full sm:w-32"
            options={siteOptions}
            defaultValue={pool.site}
            errors={errorsOf(state, "site")}
          />
          <SelectField
            id={`${id}-backEnd`}
            name="backEnd"
            label={`Back-end SQL Server of pool ${pool.name}`}
            hideLabel
            mono
            className="w-full sm:w-56"
            options={backEndOptions(backEnds, pool.backEnd)}
            defaultValue={pool.backEnd ?? ""}
            errors={errorsOf(state, "backEnd")}
          />
          <button type="submit" className="btn" disabled={pending}>
            {pending ? "Saving…" : "Save"}
            <span className="sr-only"> pool {pool.name}</span>
          </button>
        </form>
        <RemoveControl
          action={removePoolAction}
          deploymentId={deploymentId}
          version={version}
          fields={{ name: pool.name }}
          what={`pool ${pool.name}`}
          question={members > 0 ? `Remove pool ${pool.name}? It still has ${members} ${members === 1 ? "server" : "servers"}.` : undefined}
        >
          {members > 0 ? (
            <CheckboxField
              id={`${id}-withServers`}
              name="withServers"
              label={`Also remove its ${members} ${members === 1 ? "server" : "servers"}`}
              help="And the databases those servers hold. Without this, the pool is kept: move its servers to another pool first."
            />
          ) : null}
        </RemoveControl>
        <p className="basis-full text-[0.8125rem] text-slate-600">
          {members === 0 ? "No servers." : `${members} ${members === 1 ? "server" : "servers"} in this pool.`}
        </p>
        <FormSummary state={state} className="basis-full" />
      </div>
    </li>
  );
}

export function AddPoolForm({
  sites,
  backEnds,
  deploymentId,
  version,
}: Target & { sites: readonly string[]; backEnds: readonly string[] }) {
  const id = useId();
  const [kind, setKind] = useState<PoolKind>("enterprise-consolidated");
  const { state, pending, formRef, onSubmit, action } = useFormAction(addPoolAction, { resetOnSuccess: true });
  const standard = kind === "standard";
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} onReset={() => setKind("enterprise-consolidated")} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Pool name"
          required
          mono
          errors={errorsOf(state, "name")}
          help="No spaces: it is used in LCSCmd's /poolname: (S2)."
          placeholder="e.g. ocspool2"
        />
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label="Pool kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(e) => setKind(e.target.value as PoolKind)}
          errors={errorsOf(state, "kind")}
          help="Consolidated: conferencing and web roles run on the front ends. Expanded: each runs on its own servers (S8)."
        />
        <SelectField
          id={`${id}-site`}
          name="site"
          label="Site"
          options={sites.map((s) => ({ value: s, label: s }))}
          errors={errorsOf(state, "site")}
        />
      </div>
      <fieldset className="mt-5">
        <legend className="text-sm font-semibold text-slate-800">{standard ? "Its Standard Edition server" : "Its first servers"}</legend>
        <p className="mt-0.5 text-[0.8125rem] text-slate-600">
          {standard
            ? "A Standard Edition pool is exactly one server, which keeps the databases itself."
            : "An Enterprise pool needs at least one front end and a back-end SQL Server. Add more front ends on the Servers page."}
        </p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <TextField
            key={standard ? "se" : "fe"}
            id={`${id}-member`}
            name="memberFqdn"
            label={standard ? "Standard Edition server FQDN" : "First front-end server FQDN"}
            required
            mono
            errors={errorsOf(state, "memberFqdn")}
            placeholder={standard ? "e.g. ocsse2.litware.com" : "e.g. ocsfe05.litware.com"}
          />
          {standard ? null : (
            <TextField
              id={`${id}-backEnd`}
              name="backEnd"
              label="Back-end SQL Server FQDN"
              required
              mono
              list={`${id}-backEnds`}
              errors={errorsOf(state, "backEnd")}
              help="Choose an existing back-end SQL Server or type a new FQDN: a new one is added with role Back-end SQL Server at the pool's site."
              placeholder="e.g. sql02.litware.com"
            />
          )}
        </div>
        <datalist id={`${id}-backEnds`}>
          {backEnds.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </fieldset>
      <FormActions>
        <SubmitButton pending={pending}>Add pool</SubmitButton>
      </FormActions>
    </form>
  );
}
