"use client";
import { useId } from "react";
import { removeSiteAction, saveSiteAction } from "@/lib/server-actions/model";
import type { Site } from "@/lib/formats/deployment";
import { SITE_KINDS } from "@/lib/formats/enums";
import { CheckboxField, DeploymentTarget, SelectField, TextField, options } from "./fields";
import { holdsDomainControllers } from "@/lib/formats/domain-controllers";
import { FormSummary } from "./form-summary";
import { SITE_KIND_LABELS } from "../../lib/view/labels";
import { RemoveControl } from "./remove-control";
import { SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const KIND_OPTIONS = options(SITE_KINDS, SITE_KIND_LABELS);

interface Target {
  deploymentId: string;
  version: number;
}

export function SiteList({
  sites,
  usage,
  ...target
}: Target & { sites: readonly Site[]; usage: Record<string, { pools: number; servers: number }> }) {
  return (
    <div>
      <div
        aria-hidden
        className="hidden grid-cols-[16rem_15rem_1fr] gap-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase md:grid"
      >
        <span>Name</span>
        <span>Kind</span>
        <span>Used by</span>
      </div>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {sites.map((site) => (
          <SiteRow key={site.name} site={site} usage={usage[site.name] ?? { pools: 0, servers: 0 }} {...target} />
        ))}
      </ul>
    </div>
  );
}

function SiteRow({ site, usage, deploymentId, version }: Target & { site: Site; usage: { pools: number; servers: number } }) {
  const id = useId();
  const { state, pending, onSubmit, action } = useFormAction(saveSiteAction);
  return (
    <li>
      <div role="group" aria-label={`Site ${site.name}`} className="flex flex-wrap items-start gap-2 py-2.5">
        <form action={action} onSubmit={onSubmit} noValidate className="flex flex-1 flex-wrap items-start gap-2">
          <DeploymentTarget deploymentId={deploymentId} version={version} />
          <input type="hidden" name="original" value={site.name} />
          <TextField
            id={`${id}-name`}
            name="name"
            label={`Name of site ${site.name}`}
            hideLabel
            className="w-full md:w-64"
            defaultValue={site.name}
            errors={errorsOf(state, "name")}
          />
          <SelectField
            id={`${id}-kind`}
            name="kind"
            label={`Kind of site ${site.name}`}
            hideLabel
            className="w-full md:w-60"
            options={KIND_OPTIONS}
            defaultValue={site.kind}
            errors={errorsOf(state, "kind")}
          />
          <input type="hidden" name="domainControllersShown" value="1" />
          {site.domainControllers !== undefined && <input type="hidden" name="domainControllersGiven" value="1" />}
          <CheckboxField
            id={`${id}-dcs`}
            name="domainControllers"
            label="Domain controllers"
            help="Holds domain controllers of the forest"
            className="py-1.5"
            defaultChecked={holdsDomainControllers(site)}
            errors={errorsOf(state, "domainControllers")}
          />
          <p className="min-w-32 flex-1 py-1.5 text-sm text-slate-600">
            {usage.pools === 0 && usage.servers === 0
              ? "Not used yet"
              : `${usage.pools} ${usage.pools === 1 ? "pool" : "pools"}, ${usage.servers} ${usage.servers === 1 ? "server" : "servers"}`}
          </p>
          <button type="submit" className="btn" disabled={pending}>
            {pending ? "Saving…" : "Save"}
            <span className="sr-only"> site {site.name}</span>
          </button>
        </form>
        <RemoveControl
          action={removeSiteAction}
          deploymentId={deploymentId}
          version={version}
          fields={{ name: site.name }}
          what={`site ${site.name}`}
        />
        <FormSummary state={state} className="basis-full" />
      </div>
    </li>
  );
}

export function AddSiteForm({ deploymentId, version }: Target) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveSiteAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Site name"
          required
          className="w-full md:w-64"
          errors={errorsOf(state, "name")}
          placeholder="e.g. Dublin"
        />
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label="Site kind"
          className="w-full md:w-60"
          options={KIND_OPTIONS}
          defaultValue="remote"
          errors={errorsOf(state, "kind")}
        />
        <SubmitButton pending={pending}>Add site</SubmitButton>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}
