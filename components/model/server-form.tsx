"use client";
import { useId, useState } from "react";
import { removeServerAction, saveServerAction } from "@/lib/server-actions/model";
import { POOL_KIND_LABELS, ROLE_LABELS, SQL_INSTANCE_ROLES, type PoolKind } from "@/lib/formats/enums";
import type { ServerRow } from "@/lib/db/server-queries";
import { CheckboxField, DeploymentTarget, FieldErrors, SelectField, TextField, describedBy } from "./fields";
import { FormSummary } from "./form-summary";
import { ROLE_GROUPS } from "../../lib/view/labels";
import { RemoveControl } from "./remove-control";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";
import { PlatformFields } from "./platform-fields";

export interface PoolChoice {
  name: string;
  kind: PoolKind;
  site: string;
}

interface Props {
  deploymentId: string;
  version: number;
  sites: readonly string[];
  pools: readonly PoolChoice[];
  /** The server being edited; absent to add one. */
  server?: ServerRow;
}

export function ServerForm({ deploymentId, version, sites, pools, server }: Props) {
  const id = useId();
  const adding = server === undefined;
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveServerAction, { resetOnSuccess: adding });
  const roleErrors = errorsOf(state, "roles");
  // The SQL instance field shows only while a role that holds OCS databases is ticked (extension 1).
  const [sqlAllowed, setSqlAllowed] = useState(() => SQL_INSTANCE_ROLES.some((r) => server?.roles.includes(r)));
  const [standardEdition, setStandardEdition] = useState(() => server?.roles.includes("standard-edition") ?? false);
  const readRoles = () => {
    const ticked = new Set(
      Array.from(formRef.current?.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked') ?? []).map((i) => i.value),
    );
    setSqlAllowed(SQL_INSTANCE_ROLES.some((r) => ticked.has(r)));
    setStandardEdition(ticked.has("standard-edition"));
  };
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      {server ? <input type="hidden" name="original" value={server.fqdn} /> : null}
      <FormSummary state={state} className="mb-4" />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          id={`${id}-fqdn`}
          name="fqdn"
          label="FQDN"
          required
          mono
          defaultValue={server?.fqdn}
          placeholder="e.g. ocsfe05.litware.com"
          errors={errorsOf(state, "fqdn")}
          help={
            adding
              ? "Fully qualified domain name; stored in lower case."
              : "Renaming updates pools that use it as back end and databases on it."
          }
        />
        <SelectField
          id={`${id}-site`}
          name="site"
          label="Site"
          options={sites.map((s) => ({ value: s, label: s }))}
          defaultValue={server?.site}
          errors={errorsOf(state, "site")}
        />
        <SelectField
          id={`${id}-pool`}
          name="pool"
          label="Pool"
          options={[
            { value: "", label: "None: not a pool member" },
            ...pools.map((p) => ({ value: p.name, label: `${p.name} (${POOL_KIND_LABELS[p.kind]}, ${p.site})` })),
          ]}
          defaultValue={server?.pool ?? ""}
          errors={errorsOf(state, "pool")}
          help="Only pool members have a pool, at the pool's site."
        />
      </div>

      <fieldset className="mt-5" onChange={readRoles} aria-describedby={describedBy(`${id}-roles`, true, roleErrors)}>
        <legend className="label">Roles</legend>
        <p id={`${id}-roles-help`} className="text-[0.8125rem] text-slate-600">
          Tick every role this computer runs. Machine settings are exported once per OCS server and cover all its roles (S3, S4).
        </p>
        <div
          className={`mt-3 grid gap-4 rounded-md border p-4 md:grid-cols-3 ${roleErrors?.length ? "border-red-300 bg-red-50/40" : "border-slate-200"}`}
        >
          {ROLE_GROUPS.map((group, g) => (
            <fieldset key={group.label} aria-describedby={`${id}-group-${g}-help`}>
              <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.label}</legend>
              <p id={`${id}-group-${g}-help`} className="mt-0.5 text-xs text-slate-600">
                {group.help}
              </p>
              <ul className="mt-2 space-y-1.5">
                {group.roles.map((role) => (
                  <li key={role} className="flex items-center gap-2">
                    <input
                      id={`${id}-role-${role}`}
                      type="checkbox"
                      name="roles"
                      value={role}
                      defaultChecked={server?.roles.includes(role)}
                      aria-invalid={roleErrors?.length ? true : undefined}
                      className="h-4 w-4 rounded border-slate-300 accent-brand-600"
                    />
                    <label htmlFor={`${id}-role-${role}`} className="text-sm text-slate-800">
                      {ROLE_LABELS[role]}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <FieldErrors id={`${id}-roles`} errors={roleErrors} />
      </fieldset>

      {sqlAllowed ? (
        <TextField
          id={`${id}-sqlInstance`}
          name="sqlInstance"
          label="SQL Server instance"
          className="mt-5 max-w-sm"
          mono
          defaultValue={server?.sqlInstance ?? ""}
          placeholder={standardEdition ? "RTC (the default here)" : "empty: the default instance"}
          errors={errorsOf(state, "sqlInstance")}
          help={
            standardEdition
              ? "The SQL Server 2005 Express instance the backup jobs connect to (sqlcmd -S server\\instance). Standard Edition setup names it RTC, from recollection: check it with sqlcmd -L (D10)."
              : "The instance holding this server's OCS databases; leave empty for the default instance. 1-16 letters, digits, _ or $ (D10)."
          }
        />
      ) : null}

      <PlatformFields id={id} platform={server?.platform} sqlAllowed={sqlAllowed} errors={(f) => errorsOf(state, f)} />

      <CheckboxField
        id={`${id}-spare`}
        name="spareHardware"
        label="Spare hardware on hand"
        className="mt-5"
        defaultChecked={server?.spareHardware}
        errors={errorsOf(state, "spareHardware")}
        help="Without a spare, rebuilding this server waits for the vendor's hardware SLA (B8, Recovery resources)."
      />

      <FormActions>
        <SubmitButton pending={pending}>{adding ? "Add server" : "Save server"}</SubmitButton>
      </FormActions>
    </form>
  );
}

export function RemoveServer({ deploymentId, version, fqdn }: { deploymentId: string; version: number; fqdn: string }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <RemoveControl action={removeServerAction} deploymentId={deploymentId} version={version} fields={{ fqdn }} what={`server ${fqdn}`} />
    </div>
  );
}
