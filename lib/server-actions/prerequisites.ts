"use server";
// The model editor's actions for Extension 2's prerequisites: add or remove a certificate, import
// certificates pasted from certutil or a CSV, add or remove a DNS record. Each authorizes, reads its
// form, validates with the format's schema (errors by field, or by line for a paste), and applies the
// edit through mutateDeployment (the editDeployment command: whole-deployment validation, one audited
// transaction, refused when the deployment moved on since the form was rendered).
import { revalidatePath } from "next/cache";
import { mutateDeployment } from "@/lib/actions/mutate-deployment";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { formTarget, numberOf, optionalTextOf, textOf } from "@/lib/actions/form-data";
import { fieldForPath, nothingSaved, zodFieldErrors, type FieldErrors } from "@/lib/actions/field-paths";
import type { Edit } from "@/lib/actions/model-edits";
import {
  addCertificates,
  addDnsRecord,
  certificatesFromCertutil,
  removeCertificate,
  removeDnsRecord,
} from "@/lib/actions/prerequisite-edits";
import { certificateFromForm, dnsRecordFromForm } from "@/lib/actions/prerequisite-form-data";
import { describeImportProblem, parseCertificateCsv, parseCertutilStore } from "@/lib/formats/certificate-import";
import { certificateSchema, dnsRecordSchema } from "@/lib/formats/extension-2-prerequisites";
import { windowsPathProblem } from "@/lib/formats/windows-values";
import type { DeploymentFile } from "@/lib/formats/deployment";
import { authorizeAction } from "@/lib/auth/server";

const refused = (fieldErrors: FieldErrors): FormState => ({ ok: false, message: nothingSaved(fieldErrors), fieldErrors });

async function applyEdit(fd: FormData, edit: (d: DeploymentFile) => Edit): Promise<FormState> {
  const { deploymentId, expectedVersion } = formTarget(fd);
  if (!deploymentId || !Number.isInteger(expectedVersion))
    return { ok: false, message: "This form does not say which deployment it edits. Reload the page." };
  let outcome: Edit | undefined;
  const result = await mutateDeployment(
    deploymentId,
    expectedVersion,
    (d) => {
      outcome = edit(d);
      return outcome.ok ? undefined : outcome.message;
    },
    { fieldForPath: (path) => (outcome?.ok ? fieldForPath(path, outcome.fields) : undefined) },
  );
  const state: FormState & { deployment?: unknown } = { ...result };
  delete state.deployment;
  if (outcome && !outcome.ok) return { ok: false, message: `Nothing was saved: ${outcome.message}` };
  if (!state.ok) {
    if (state.stale || (!state.fieldErrors && !state.otherErrors)) return state;
    return { ...state, message: nothingSaved(state.fieldErrors, state.otherErrors) };
  }
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ...state, message: outcome?.ok && outcome.note ? outcome.note : "Saved." };
}

export async function addCertificateAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = certificateSchema.safeParse(certificateFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => addCertificates(d, [parsed.data]));
}

export async function removeCertificateAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const index = numberOf(fd, "index") ?? -1;
  return applyEdit(fd, (d) => removeCertificate(d, index, textOf(fd, "subject")));
}

/** A paste: `certutil -store my` output of one server (uses from its roles), or a CSV with every column. */
export async function importCertificatesAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const text = typeof fd.get("text") === "string" ? (fd.get("text") as string) : "";
  if (text.trim() === "") return refused({ text: ["paste the output of certutil -store my, or a CSV"] });
  if (textOf(fd, "format") === "csv") {
    const csv = parseCertificateCsv(text);
    if (!csv.ok) return refused({ text: csv.problems.map(describeImportProblem) });
    return applyEdit(fd, (d) => addCertificates(d, csv.certificates));
  }
  const server = textOf(fd, "server").toLowerCase();
  if (server === "") return refused({ server: ["choose the server the output comes from"] });
  const folder = optionalTextOf(fd, "keyBackupFolder");
  const folderProblem = folder === undefined ? null : windowsPathProblem(folder);
  if (folderProblem) return refused({ keyBackupFolder: [folderProblem] });
  const found = parseCertutilStore(text);
  if (!found.ok) return refused({ text: found.problems.map(describeImportProblem) });
  return applyEdit(fd, (d) => {
    const r = certificatesFromCertutil(d, server, found.certificates, folder);
    return r.ok ? addCertificates(d, r.certificates) : { ok: false, message: r.message, field: "text" };
  });
}

export async function addDnsRecordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = dnsRecordSchema.safeParse(dnsRecordFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => addDnsRecord(d, parsed.data));
}

export async function removeDnsRecordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const index = numberOf(fd, "index") ?? -1;
  return applyEdit(fd, (d) => removeDnsRecord(d, index, textOf(fd, "name")));
}
