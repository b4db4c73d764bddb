"use server";
// The server actions of the model editor. Each one reads its form (lib/actions/form-data.ts),
// validates the entity with the matching sub-schema of the deployment format (errors by field),
// then applies the edit through mutateDeployment, which validates the WHOLE deployment with the
// consistency rules and saves it in one transaction only if it is valid and still at the version
// the form was rendered from.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { mutateDeployment } from "@/lib/actions/mutate-deployment";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import {
  backupFromForm,
  databaseFromForm,
  dependenciesFromForm,
  fileShareFromForm,
  formTarget,
  numberOf,
  optionalTextOf,
  poolFromForm,
  prioritiesFromForm,
  recoveryFromForm,
  serverFromForm,
  siteFromForm,
  checkedOf,
  textOf,
} from "@/lib/actions/form-data";
import { FORM_FIELD, fieldForPath, nothingSaved, zodFieldErrors, type FieldErrors } from "@/lib/actions/field-paths";
import {
  addPool,
  addWorkload,
  parsePriorityIntent,
  priorityFields,
  removeDatabase,
  removeFileShare,
  removePool,
  removeServer,
  removeSite,
  saveDatabase,
  saveFileShare,
  saveGeneral,
  savePool,
  savePriorities,
  saveServer,
  saveSite,
  nameEntities,
  type Edit,
} from "@/lib/actions/model-edits";
import {
  backupPracticeSchema,
  databaseSchema,
  deploymentSchema,
  dependenciesSchema,
  fileShareSchema,
  poolSchema,
  prioritiesSchema,
  recoverySchema,
  serverSchema,
  siteSchema,
  workloadPrioritySchema,
  type DeploymentFile,
} from "@/lib/formats/deployment";
import { authorizeAction } from "@/lib/auth/server";
import { platformFromForm } from "@/lib/actions/prerequisite-form-data";

const refused = (fieldErrors: FieldErrors): FormState => ({ ok: false, message: nothingSaved(fieldErrors), fieldErrors });

/**
 * Apply `edit` to the deployment the form belongs to. Errors of the consistency rules are mapped
 * back to the form's fields through the path table the edit returns; the rest go to the summary.
 */
async function applyEdit(fd: FormData, edit: (d: DeploymentFile) => Edit): Promise<FormState> {
  const { deploymentId, expectedVersion } = formTarget(fd);
  if (!deploymentId || !Number.isInteger(expectedVersion))
    return { ok: false, message: "This form does not say which deployment it edits. Reload the page." };
  let outcome: Edit | undefined;
  let draft: DeploymentFile | undefined;
  const result = await mutateDeployment(
    deploymentId,
    expectedVersion,
    (d) => {
      draft = d;
      outcome = edit(d);
      return outcome.ok ? undefined : outcome.message;
    },
    // Read after the edit ran, so it knows where the edited entity ended up.
    { fieldForPath: (path) => (outcome?.ok ? fieldForPath(path, outcome.fields) : undefined) },
  );
  // Never send the whole deployment back to the browser.
  const state: FormState & { deployment?: unknown } = { ...result };
  delete state.deployment;
  // Problems elsewhere in the deployment say which server, pool or site they are about.
  const named = draft;
  if (named) {
    if (state.otherErrors) state.otherErrors = state.otherErrors.map((e) => nameEntities(e, named));
    if (state.warnings) state.warnings = state.warnings.map((w) => nameEntities(w, named));
  }

  if (outcome && !outcome.ok) {
    if (outcome.field) return refused({ [outcome.field]: [outcome.message] });
    return { ok: false, message: `Nothing was saved: ${outcome.message}` };
  }
  if (!state.ok) {
    if (state.stale || (!state.fieldErrors && !state.otherErrors)) return state;
    return { ...state, message: nothingSaved(state.fieldErrors, state.otherErrors) };
  }
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ...state, message: outcome?.ok && outcome.note ? outcome.note : "Saved." };
}

const modelPath = (fd: FormData, sub = "") => `/deployments/${encodeURIComponent(formTarget(fd).deploymentId)}/model${sub}`;

// ---- General ----------------------------------------------------------------------------------

const generalSchema = deploymentSchema.pick({ name: true, forest: true, edge: true });

export async function saveGeneralAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const edge = optionalTextOf(fd, "edge");
  const parsed = generalSchema.safeParse({
    name: textOf(fd, "name"),
    forest: textOf(fd, "forest"),
    ...(edge ? { edge: { topology: edge } } : {}),
  });
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => saveGeneral(d, parsed.data));
}

// ---- Sites ------------------------------------------------------------------------------------

export async function saveSiteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = siteSchema.safeParse(siteFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  const original = optionalTextOf(fd, "original");
  return applyEdit(fd, (d) => saveSite(d, original, parsed.data));
}

export async function removeSiteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const name = textOf(fd, "name");
  return applyEdit(fd, (d) => removeSite(d, name));
}

// ---- Pools ------------------------------------------------------------------------------------

export async function savePoolAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = poolSchema.safeParse(poolFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  const original = textOf(fd, "original");
  return applyEdit(fd, (d) => savePool(d, original, parsed.data));
}

const fqdnSchema = serverSchema.shape.fqdn;

export async function addPoolAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const pool = poolFromForm(fd);
  const parsed = poolSchema.safeParse(pool);
  const errors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const member = fqdnSchema.safeParse(textOf(fd, "memberFqdn"));
  if (!member.success) errors.memberFqdn = member.error.issues.map((i) => i.message);
  if (pool.kind !== "standard" && pool.backEnd === undefined && !errors.backEnd)
    errors.backEnd = ["an Enterprise pool needs its back-end SQL Server: choose one or type a new FQDN"];
  if (!parsed.success || !member.success || Object.keys(errors).length > 0) return refused(errors);
  return applyEdit(fd, (d) => addPool(d, parsed.data, { memberFqdn: member.data, backEndFqdn: parsed.data.backEnd }));
}

export async function removePoolAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const name = textOf(fd, "name");
  return applyEdit(fd, (d) => removePool(d, name, checkedOf(fd, "withServers")));
}

// ---- Servers ----------------------------------------------------------------------------------

export async function saveServerAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  // Extension 2: operating system and SQL Server, when the form has those fields.
  const parsed = serverSchema.safeParse({ ...serverFromForm(fd), ...(fd.has("os") ? platformFromForm(fd) : {}) });
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  const original = optionalTextOf(fd, "original");
  const state = await applyEdit(fd, (d) => saveServer(d, original, parsed.data));
  if (state.ok && original === undefined) return { ...state, message: `Added server ${parsed.data.fqdn}.` };
  // The edit page is addressed by FQDN: after a rename, continue on the new address.
  if (state.ok && original !== parsed.data.fqdn) redirect(modelPath(fd, `/servers/${encodeURIComponent(parsed.data.fqdn)}?saved=1`));
  return state;
}

export async function removeServerAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const fqdn = textOf(fd, "fqdn");
  const state = await applyEdit(fd, (d) => removeServer(d, fqdn));
  if (state.ok) redirect(modelPath(fd, `/servers?removed=${encodeURIComponent(fqdn)}`));
  return state;
}

// ---- Databases and file shares ------------------------------------------------------------------

const indexOf = (fd: FormData) => numberOf(fd, "index");

export async function saveDatabaseAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = databaseSchema.safeParse(databaseFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => saveDatabase(d, indexOf(fd), parsed.data));
}

export async function removeDatabaseAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  return applyEdit(fd, (d) => removeDatabase(d, indexOf(fd) ?? -1));
}

export async function saveFileShareAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = fileShareSchema.safeParse(fileShareFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => saveFileShare(d, indexOf(fd), parsed.data));
}

export async function removeFileShareAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  return applyEdit(fd, (d) => removeFileShare(d, indexOf(fd) ?? -1));
}

// ---- Dependencies -------------------------------------------------------------------------------

const DEPENDENCY_FIELDS: Record<string, string> = {
  activeDirectory: "activeDirectory",
  dns: "dns",
  reverseProxy: "reverseProxyFqdn",
  "reverseProxy.backedUp": "reverseProxyBackedUp",
  certificates: "certificates",
};

export async function saveDependenciesAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = dependenciesSchema.safeParse(dependenciesFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error, (p) => fieldForPath(p, DEPENDENCY_FIELDS) ?? FORM_FIELD));
  return applyEdit(fd, (d) => {
    d.dependencies = parsed.data;
    return { ok: true, fields: Object.fromEntries(Object.entries(DEPENDENCY_FIELDS).map(([p, f]) => [`dependencies.${p}`, f])) };
  });
}

// ---- Priorities -------------------------------------------------------------------------------

export async function savePrioritiesAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const input = prioritiesFromForm(fd);
  const parsed = prioritiesSchema.safeParse(input);
  if (!parsed.success)
    return refused(zodFieldErrors(parsed.error, (p) => fieldForPath(p, priorityFields(input.workloads, "")) ?? FORM_FIELD));
  const intent = parsePriorityIntent(optionalTextOf(fd, "intent"));
  return applyEdit(fd, (d) => savePriorities(d, parsed.data, intent));
}

const newWorkloadSchema = workloadPrioritySchema.omit({ rank: true });

export async function addWorkloadAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = newWorkloadSchema.safeParse({
    workload: textOf(fd, "workload"),
    rtoHours: numberOf(fd, "rtoHours"),
    rpoHours: numberOf(fd, "rpoHours"),
  });
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => addWorkload(d, parsed.data));
}

// ---- Backup practice and recovery resources ---------------------------------------------------

const fieldsUnder = (base: string, schema: z.ZodObject) => Object.fromEntries(Object.keys(schema.shape).map((k) => [`${base}.${k}`, k]));

export async function saveBackupAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = backupPracticeSchema.safeParse(backupFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => {
    d.backup = parsed.data;
    return { ok: true, fields: fieldsUnder("backup", backupPracticeSchema) };
  });
}

export async function saveRecoveryAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = recoverySchema.safeParse(recoveryFromForm(fd));
  if (!parsed.success) return refused(zodFieldErrors(parsed.error));
  return applyEdit(fd, (d) => {
    d.recovery = parsed.data;
    return { ok: true, fields: fieldsUnder("recovery", recoverySchema) };
  });
}
