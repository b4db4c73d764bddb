"use client";
import { useId } from "react";
import { saveDependenciesAction } from "@/lib/server-actions/model";
import type { Deployment } from "@/lib/formats/deployment";
import { CheckboxField, DeploymentTarget, SelectField, TextField } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const CERTIFICATE_OPTIONS = [
  { value: "", label: "Unknown (not stated)" },
  { value: "yes", label: "Yes, backed up" },
  { value: "no", label: "No" },
];

export function DependenciesForm({
  deploymentId,
  version,
  dependencies,
}: {
  deploymentId: string;
  version: number;
  dependencies: Deployment["dependencies"];
}) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveDependenciesAction);
  const certificates = dependencies.certificates === undefined ? "" : dependencies.certificates.backedUp ? "yes" : "no";
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset className="space-y-4">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Directory and name resolution</legend>
          <CheckboxField
            id={`${id}-ad`}
            name="activeDirectory"
            label="Active Directory is backed up"
            defaultChecked={dependencies.activeDirectory.backedUp}
            errors={errorsOf(state, "activeDirectory")}
            help="Global settings live in Active Directory; losing it needs global, pool and machine settings restored (S1, S7). If it is rebuilt rather than restored, user data must be exported from RTC first (D8)."
          />
          <CheckboxField
            id={`${id}-dns`}
            name="dns"
            label="DNS is backed up"
            defaultChecked={dependencies.dns.backedUp}
            errors={errorsOf(state, "dns")}
            help="Clients and servers find each other through DNS records (S6)."
          />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Reverse proxy and certificates</legend>
          <TextField
            id={`${id}-rp`}
            name="reverseProxyFqdn"
            label="Reverse proxy FQDN"
            mono
            defaultValue={dependencies.reverseProxy?.fqdn}
            placeholder="Leave empty if there is none"
            errors={errorsOf(state, "reverseProxyFqdn")}
            help="Publishes Web Components to external users. It is not an OCS server: do not list it under Servers."
          />
          <CheckboxField
            id={`${id}-rpb`}
            name="reverseProxyBackedUp"
            label="Reverse proxy settings are backed up"
            defaultChecked={dependencies.reverseProxy?.backedUp}
            errors={errorsOf(state, "reverseProxyBackedUp")}
            help="Only used when a reverse proxy FQDN is given (S6)."
          />
          <SelectField
            id={`${id}-certs`}
            name="certificates"
            label="Certificates backed up"
            options={CERTIFICATE_OPTIONS}
            defaultValue={certificates}
            errors={errorsOf(state, "certificates")}
            help="Server certificates with their private keys, needed to rebuild any OCS server (S6)."
          />
        </fieldset>
      </div>
      <FormActions>
        <SubmitButton pending={pending}>Save dependencies</SubmitButton>
      </FormActions>
    </form>
  );
}
