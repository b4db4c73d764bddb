"use server";
// The People page of the model editor (Extension 2, rule P7): contacts with their call list, and
// vendors. Each list is checked with the format's own schema (errors by row and field), then saved
// through mutateDeployment: the whole deployment is validated (the call tree's names, alternates) and
// replaced with its audit entry in one transaction, only if still at the form's version.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mutateDeployment } from "@/lib/actions/mutate-deployment";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { formTarget } from "@/lib/actions/form-data";
import { FORM_FIELD, fieldForPath, nothingSaved, zodFieldErrors, type FieldErrors } from "@/lib/actions/field-paths";
import {
  CONTACT_FIELDS,
  VENDOR_FIELDS,
  contactsFromForm,
  rowFields,
  saveContacts,
  saveVendors,
  vendorsFromForm,
} from "@/lib/actions/people-form";
import { contactSchema, vendorSchema } from "@/lib/formats/extension-2-people";
import type { DeploymentFile } from "@/lib/formats/deployment";
import type { Edit } from "@/lib/actions/model-edits";
import { authorizeAction } from "@/lib/auth/server";

const refused = (fieldErrors: FieldErrors): FormState => ({ ok: false, message: nothingSaved(fieldErrors), fieldErrors });

async function save(fd: FormData, edit: (d: DeploymentFile) => Edit, fields: Record<string, string>): Promise<FormState> {
  const { deploymentId, expectedVersion } = formTarget(fd);
  if (!deploymentId || !Number.isInteger(expectedVersion))
    return { ok: false, message: "This form does not say which deployment it edits. Reload the page." };
  const result = await mutateDeployment(
    deploymentId,
    expectedVersion,
    (d) => {
      const outcome = edit(d);
      return outcome.ok ? undefined : outcome.message;
    },
    { fieldForPath: (path) => fieldForPath(path, fields) },
  );
  const state: FormState & { deployment?: unknown } = { ...result };
  delete state.deployment;
  if (!state.ok) {
    if (state.stale || (!state.fieldErrors && !state.otherErrors)) return state;
    return { ...state, message: nothingSaved(state.fieldErrors, state.otherErrors) };
  }
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ...state, message: "Saved." };
}

export async function saveContactsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const { contacts, rows } = contactsFromForm(fd);
  const fields = rowFields("contacts", rows, CONTACT_FIELDS);
  const parsed = z.array(contactSchema).safeParse(contacts);
  if (!parsed.success) return refused(zodFieldErrors(parsed.error, (p) => fieldForPath(`contacts${p}`, fields) ?? FORM_FIELD));
  return save(fd, (d) => saveContacts(d, parsed.data, rows), fields);
}

export async function saveVendorsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const { vendors, rows } = vendorsFromForm(fd);
  const fields = rowFields("vendors", rows, VENDOR_FIELDS);
  const parsed = z.array(vendorSchema).safeParse(vendors);
  if (!parsed.success) return refused(zodFieldErrors(parsed.error, (p) => fieldForPath(`vendors${p}`, fields) ?? FORM_FIELD));
  return save(fd, (d) => saveVendors(d, parsed.data, rows), fields);
}
