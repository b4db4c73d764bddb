// Commands on whole deployments: import, create, edit, replace, rename, duplicate, delete. Each one
// writes its change and its audit entry in one transaction (command.ts).
import { z } from "zod";
import type { Db } from "../db/client";
import {
  deleteDeployment as deleteRow,
  duplicateDeploymentIn,
  insertDeployment,
  loadDeployment,
  renameDeployment as renameRow,
  replaceDeploymentIn,
  StaleVersionError,
  type Tx,
} from "../db/deployment-store";
import { importDeploymentText, type ImportResult } from "../db/import-export";
import { deploymentCounts } from "../db/audited-writes";
import { whatIfIdsOf } from "../db/what-if-store";
import type { Deployment, DeploymentFile } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import type { Problem } from "../formats/problems";
import { editAction, summarizeChange } from "./change-summary";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandFailure } from "./command";

/** The deployment file broke the format or its consistency rules: nothing was written. */
export interface InvalidDeployment {
  ok: false;
  invalid: true;
  message: string;
  errors: Problem[];
  warnings: Problem[];
}

const invalid = (errors: Problem[], warnings: Problem[]): InvalidDeployment => ({
  ok: false,
  invalid: true,
  message: "Nothing was saved: fix the problems below.",
  errors,
  warnings,
});

const staleMessage = (current: number) =>
  `Someone else saved this deployment meanwhile (it is now at version ${current}). Your change was not applied: reload the page and make it again.`;

export const stale = (current: number): CommandFailure => fail(staleMessage(current), { stale: true, version: current });

const isMissing = (e: unknown) => e instanceof Error && /does not exist/.test(e.message);

/** Import a deployment file's text (JSON or YAML): validated, stored and audited as "import". */
export async function importDeployment(db: Db, input: { text: string; fileName?: string }, actor: Actor): Promise<ImportResult> {
  return importDeploymentText(db, input.text, input.fileName ?? "", { actor });
}

/** Create a deployment from a file built by a form (validated exactly like an import). */
export async function createDeployment(
  db: Db,
  input: { file: unknown },
  actor: Actor,
): Promise<{ ok: true; id: string; warnings: Problem[] } | InvalidDeployment> {
  const result = validateDeployment(input.file);
  if (!result.ok) return invalid(result.errors, result.warnings);
  const d = result.deployment;
  const id = await audited(db, actor, async (tx, audit) => {
    const id = await insertDeployment(tx, d);
    await audit({ deploymentId: id, deploymentName: d.name, action: "create", detail: deploymentCounts(d) });
    return id;
  });
  return { ok: true, id, warnings: result.warnings };
}

export type Mutation = (d: DeploymentFile) => string | void;

export type EditResult = { ok: true; version: number; deployment: Deployment; warnings: Problem[] } | CommandFailure | InvalidDeployment;

/**
 * The one path for every edit of a stored deployment: load it, apply `mutate` to a copy, validate the
 * WHOLE deployment, and replace it (only if nobody changed it since `expectedVersion`) together with
 * its audit entry. `mutate` may return a message to refuse the change (e.g. "no such server").
 */
export async function editDeployment(
  db: Db,
  input: { id: string; expectedVersion: number; mutate: Mutation; auditAction?: string },
  actor: Actor,
): Promise<EditResult> {
  const stored = await loadDeployment(db, input.id);
  if (!stored) return fail(NO_DEPLOYMENT, { notFound: true });
  if (stored.version !== input.expectedVersion) return stale(stored.version);
  const draft = structuredClone(stored.deployment) as DeploymentFile;
  const refusal = input.mutate(draft);
  if (typeof refusal === "string") return fail(refusal);
  const result = validateDeployment(draft);
  if (!result.ok) return invalid(result.errors, result.warnings);
  const summary = summarizeChange(stored.deployment, result.deployment);
  try {
    const version = await audited(db, actor, async (tx, audit) => {
      const version = await replaceDeploymentIn(tx, input.id, result.deployment, input.expectedVersion);
      await audit({
        deploymentId: input.id,
        deploymentName: result.deployment.name,
        action: input.auditAction ?? editAction(summary),
        detail: `${summary.detail} (version ${version})`,
      });
      return version;
    });
    return { ok: true, version, deployment: result.deployment, warnings: result.warnings };
  } catch (e) {
    if (e instanceof StaleVersionError) return stale(e.current);
    if (isMissing(e)) return fail(NO_DEPLOYMENT, { notFound: true });
    throw e;
  }
}

/** Replace a stored deployment with a whole (already parsed) file, as the JSON API's PUT does. */
export async function replaceDeployment(
  db: Db,
  input: { id: string; deployment: Deployment; expectedVersion: number; auditAction?: string },
  actor: Actor,
): Promise<{ ok: true; version: number } | CommandFailure> {
  // Read before the transaction, whose first statement must be the conditional version bump (it takes
  // the write lock; see replaceDeploymentIn). `before` is the version the write was based on whenever
  // the write succeeds: it is refused otherwise.
  const before = await loadDeployment(db, input.id);
  try {
    const version = await audited(db, actor, async (tx, audit) => {
      const version = await replaceDeploymentIn(tx, input.id, input.deployment, input.expectedVersion);
      const detail = before ? summarizeChange(before.deployment, input.deployment).detail : "replaced";
      await audit({
        deploymentId: input.id,
        deploymentName: input.deployment.name,
        action: input.auditAction ?? "api:put",
        detail: `${detail} (version ${version})`,
      });
      return version;
    });
    return { ok: true, version };
  } catch (e) {
    if (e instanceof StaleVersionError) return fail(e.message, { stale: true, version: e.current });
    if (isMissing(e)) return fail(NO_DEPLOYMENT, { notFound: true });
    throw e;
  }
}

const nameField = z.string().trim().min(1, { error: "a name is needed" }).max(200, { error: "at most 200 characters" });
const namedInput = z.object({ id: z.string().min(1), name: nameField });

export async function renameDeployment(db: Db, input: { id: string; name: string }, actor: Actor): Promise<{ ok: true } | CommandFailure> {
  const parsed = namedInput.safeParse(input);
  if (!parsed.success) return fail("Not renamed.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { id, name } = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const exists = await tx.deployment.findUnique({ where: { id }, select: { name: true } });
    if (!exists) return fail(NO_DEPLOYMENT, { notFound: true });
    await renameRow(tx, id, name);
    await audit({
      deploymentId: id,
      deploymentName: name,
      action: "rename",
      detail: `${JSON.stringify(exists.name)} → ${JSON.stringify(name)}`,
    });
    return { ok: true as const };
  });
}

/** A what-if variant: a full copy under a new name. */
export async function duplicateDeployment(
  db: Db,
  input: { id: string; name: string },
  actor: Actor,
): Promise<{ ok: true; id: string } | CommandFailure> {
  const parsed = namedInput.safeParse(input);
  if (!parsed.success) return fail("Not duplicated.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { id: sourceId, name } = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const source = await tx.deployment.findUnique({ where: { id: sourceId }, select: { name: true } });
    const id = source ? await duplicateDeploymentIn(tx, sourceId, name) : null;
    if (!source || !id) return fail(NO_DEPLOYMENT, { notFound: true });
    await audit({
      deploymentId: id,
      deploymentName: name,
      action: "duplicate",
      detail: `copy of ${JSON.stringify(source.name)} (${sourceId})`,
    });
    return { ok: true as const, id };
  });
}

/** Delete a deployment and record it: the one "delete and audit" of the app (forms and API). */
export async function deleteDeployment(
  db: Db,
  input: { id: string; auditAction?: "delete" | "api:delete" },
  actor: Actor,
): Promise<{ ok: true } | CommandFailure> {
  if (!input.id) return fail("No deployment given.");
  return audited(db, actor, (tx, audit) => deleteIn(tx, input.id, input.auditAction ?? "delete", audit));
}

async function deleteIn(
  tx: Tx,
  id: string,
  action: string,
  audit: (e: { deploymentId: string; deploymentName: string; action: string; detail: string }) => Promise<void>,
) {
  const exists = await tx.deployment.findUnique({ where: { id }, select: { name: true, version: true } });
  if (!exists) return fail(NO_DEPLOYMENT, { notFound: true });
  for (const whatIf of await whatIfIdsOf(tx, id)) await deleteRow(tx, whatIf); // its what-ifs go with it
  await deleteRow(tx, id);
  await audit({ deploymentId: id, deploymentName: exists.name, action, detail: `deleted at version ${exists.version}` });
  return { ok: true as const };
}
