"use client";
import { useId, useState } from "react";
import { createDeploymentAction } from "@/lib/server-actions/new-deployment";
import { POOL_KINDS, POOL_KIND_LABELS, SITE_KINDS, type PoolKind } from "@/lib/formats/enums";
import { SelectField, TextField, options } from "@/components/model/fields";
import { FormSummary } from "@/components/model/form-summary";
import { SITE_KIND_LABELS } from "@/lib/view/labels";
import { FormActions, SubmitButton } from "@/components/model/section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

function Group({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card p-0">
      <div className="border-b border-slate-200 px-5 py-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <p className="mt-0.5 text-[0.8125rem] text-slate-600">{description}</p> : null}
      </div>
      <div className="grid gap-4 px-5 py-4 md:grid-cols-2">{children}</div>
    </section>
  );
}

export function NewDeploymentForm() {
  const id = useId();
  const [poolKind, setPoolKind] = useState<PoolKind>("enterprise-consolidated");
  const { state, pending, onSubmit, action } = useFormAction(createDeploymentAction);
  const standard = poolKind === "standard";
  const e = (field: string) => errorsOf(state, field);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSummary state={state} />
      <Group title="Deployment">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Deployment name"
          required
          errors={e("name")}
          placeholder="e.g. Litware production"
        />
        <TextField
          id={`${id}-forest`}
          name="forest"
          label="Active Directory forest"
          required
          mono
          errors={e("forest")}
          placeholder="e.g. litware.com"
          help="The forest's DNS name. Global settings are kept in Active Directory (S1)."
        />
      </Group>
      <Group title="First site" description="Add more sites later in the model editor.">
        <TextField id={`${id}-site`} name="siteName" label="Site name" required errors={e("siteName")} placeholder="e.g. Redmond" />
        <SelectField
          id={`${id}-siteKind`}
          name="siteKind"
          label="Site kind"
          options={options(SITE_KINDS, SITE_KIND_LABELS)}
          defaultValue="central"
          errors={e("siteKind")}
          help="A standby site is a disaster recovery site."
        />
      </Group>
      <Group title="First pool" description="A pool is never empty: it is created with the servers it needs.">
        <TextField
          id={`${id}-pool`}
          name="poolName"
          label="Pool name"
          required
          mono
          errors={e("poolName")}
          placeholder="e.g. ocspool1"
          help="No spaces: it is used in LCSCmd's /poolname: (S2)."
        />
        <SelectField
          id={`${id}-poolKind`}
          name="poolKind"
          label="Pool kind"
          options={options(POOL_KINDS, POOL_KIND_LABELS)}
          value={poolKind}
          onChange={(ev) => setPoolKind(ev.target.value as PoolKind)}
          errors={e("poolKind")}
          help="Standard Edition: one server with its own databases. Enterprise: front ends with a back-end SQL Server."
        />
        {standard ? (
          <TextField
            key="se"
            id={`${id}-se`}
            name="seFqdn"
            label="Standard Edition server FQDN"
            required
            mono
            errors={e("seFqdn")}
            placeholder="e.g. ocsse1.litware.com"
          />
        ) : (
          <>
            <TextField
              key="fe"
              id={`${id}-fe`}
              name="frontEndFqdn"
              label="Front-end server FQDN"
              required
              mono
              errors={e("frontEndFqdn")}
              placeholder="e.g. ocsfe01.litware.com"
            />
            <TextField
              key="be"
              id={`${id}-be`}
              name="backEndFqdn"
              label="Back-end SQL Server FQDN"
              required
              mono
              errors={e("backEndFqdn")}
              placeholder="e.g. sql01.litware.com"
              help="Holds the pool's databases (RTC, RTCConfig, RTCDyn)."
            />
          </>
        )}
      </Group>
      <div className="rounded-lg border border-slate-200 bg-white px-5 py-4 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">Starting values</p>
        <p className="mt-1 text-slate-600">
          The rest starts from typical values you can change in the model editor: IM and presence ranked first (recovery within 8 hours, at
          most 24 hours of data lost); nightly full database backups, weekly settings exports and nightly file share backups from 01:00, 14
          copies kept locally, no off-site copy, not encrypted, 100 Mbit/s, restore not tested, logs and data on separate volumes; a vendor
          hardware SLA of 24 hours, one administrator, staff not trained, media at hand; Active Directory and DNS not backed up.
        </p>
      </div>
      <FormActions>
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Create deployment
        </SubmitButton>
      </FormActions>
    </form>
  );
}
