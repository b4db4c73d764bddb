"use client";
// The People page's forms (Extension 2, rule P7): every contact (roles, alternate, numbers in and out
// of hours, whom they call) and every vendor as numbered rows of one form each, plus a blank row to add
// one. Each list is saved whole, so the call tree's names are checked together.
import { useId } from "react";
import { saveContactsAction, saveVendorsAction } from "@/lib/server-actions/people";
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, VENDOR_SUPPLIES, type Contact, type Vendor } from "@/lib/formats/extension-2-people";
import { CheckboxField, DeploymentTarget, NumberField, SelectField, TextField } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

interface Target {
  deploymentId: string;
  version: number;
}

const SUPPLY_LABELS: Record<(typeof VENDOR_SUPPLIES)[number], string> = {
  hardware: "Hardware",
  "certificate-authority": "Certificate authority",
  telephony: "Telephony",
  "microsoft-support": "Microsoft support",
  network: "Network",
  other: "Other",
};

export function ContactsForm({ contacts, deploymentId, version }: Target & { contacts: readonly Contact[] }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveContactsAction);
  const rows: (Contact | null)[] = [...contacts, null];
  const names = contacts.map((c) => c.name);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <datalist id={`${id}-names`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <div className="space-y-4">
        {rows.map((c, n) => {
          const at = `contact.${n}`;
          const who = c ? c.name : "new contact";
          return (
            <fieldset key={n} className="rounded-md border border-slate-200 p-4">
              <legend className="px-1 text-sm font-semibold text-slate-800">{c ? c.name : "Add a contact"}</legend>
              <input type="hidden" name="contact.row" value={n} />
              <div className="grid gap-3 md:grid-cols-3">
                <TextField
                  id={`${id}-${n}-name`}
                  name={`${at}.name`}
                  label="Name"
                  defaultValue={c?.name}
                  errors={errorsOf(state, `${at}.name`)}
                />
                <TextField
                  id={`${id}-${n}-alternate`}
                  name={`${at}.alternate`}
                  label="Alternate"
                  list={`${id}-names`}
                  defaultValue={c?.alternate}
                  help="The contact who stands in."
                  errors={errorsOf(state, `${at}.alternate`)}
                />
                <TextField
                  id={`${id}-${n}-email`}
                  name={`${at}.email`}
                  label="Email"
                  type="email"
                  defaultValue={c?.email}
                  errors={errorsOf(state, `${at}.email`)}
                />
                <TextField
                  id={`${id}-${n}-office`}
                  name={`${at}.office`}
                  label="Office number (in hours)"
                  defaultValue={c?.office}
                  errors={errorsOf(state, `${at}.office`)}
                />
                <TextField
                  id={`${id}-${n}-mobile`}
                  name={`${at}.mobile`}
                  label="Mobile number (out of hours)"
                  defaultValue={c?.mobile}
                  errors={errorsOf(state, `${at}.mobile`)}
                />
                <TextField
                  id={`${id}-${n}-calls`}
                  name={`${at}.calls`}
                  label="Calls, in order"
                  defaultValue={c?.calls?.join(", ")}
                  help="The contacts this person calls when told, separated by commas: the call tree."
                  errors={errorsOf(state, `${at}.calls`)}
                />
              </div>
              <fieldset className="mt-3">
                <legend className="text-sm font-medium text-slate-700">Roles of {who}</legend>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {CONTACT_ROLES.map((r) => (
                    <label key={r} className="flex items-center gap-1.5 text-sm">
                      <input type="checkbox" name={`${at}.roles`} value={r} defaultChecked={c?.roles.includes(r)} />
                      {CONTACT_ROLE_LABELS[r]}
                    </label>
                  ))}
                </div>
                {errorsOf(state, `${at}.roles`)?.map((e) => (
                  <p key={e} className="field-error">
                    {e}
                  </p>
                ))}
              </fieldset>
              {c ? (
                <div className="mt-3">
                  <CheckboxField id={`${id}-${n}-remove`} name={`${at}.remove`} label={`Remove ${c.name} when saving`} />
                </div>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      <p className="mt-2 text-[0.8125rem] text-slate-600">
        The ISCP director holds the authority to activate the plan; the call tree starts with them. Every NIST role needs an alternate, and
        everyone an out-of-hours number (P7).
      </p>
      <FormActions>
        <SubmitButton pending={pending}>Save contacts</SubmitButton>
      </FormActions>
    </form>
  );
}

export function VendorsForm({ vendors, deploymentId, version }: Target & { vendors: readonly Vendor[] }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveVendorsAction);
  const rows: (Vendor | null)[] = [...vendors, null];
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <div className="space-y-4">
        {rows.map((v, n) => {
          const at = `vendor.${n}`;
          return (
            <fieldset key={n} className="rounded-md border border-slate-200 p-4">
              <legend className="px-1 text-sm font-semibold text-slate-800">{v ? v.name : "Add a vendor"}</legend>
              <input type="hidden" name="vendor.row" value={n} />
              <div className="grid gap-3 md:grid-cols-3">
                <TextField
                  id={`${id}-${n}-name`}
                  name={`${at}.name`}
                  label="Vendor"
                  defaultValue={v?.name}
                  errors={errorsOf(state, `${at}.name`)}
                />
                <SelectField
                  id={`${id}-${n}-supplies`}
                  name={`${at}.supplies`}
                  label="Supplies"
                  defaultValue={v?.supplies ?? "hardware"}
                  options={VENDOR_SUPPLIES.map((x) => ({ value: x, label: SUPPLY_LABELS[x] }))}
                  errors={errorsOf(state, `${at}.supplies`)}
                />
                <TextField
                  id={`${id}-${n}-phone`}
                  name={`${at}.phone`}
                  label="Phone"
                  defaultValue={v?.phone}
                  errors={errorsOf(state, `${at}.phone`)}
                />
                <TextField
                  id={`${id}-${n}-contract`}
                  name={`${at}.contract`}
                  label="Contract number"
                  defaultValue={v?.contract}
                  errors={errorsOf(state, `${at}.contract`)}
                />
                <NumberField
                  id={`${id}-${n}-response`}
                  name={`${at}.responseHours`}
                  label="Response time"
                  unit="hours"
                  min={0}
                  defaultValue={v?.responseHours}
                  errors={errorsOf(state, `${at}.responseHours`)}
                />
              </div>
              {v ? (
                <div className="mt-3">
                  <CheckboxField id={`${id}-${n}-remove`} name={`${at}.remove`} label={`Remove ${v.name} when saving`} />
                </div>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      <FormActions>
        <SubmitButton pending={pending}>Save vendors</SubmitButton>
      </FormActions>
    </form>
  );
}
