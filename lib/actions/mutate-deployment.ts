// One path for every edit of a stored deployment: load it in the file format, apply the change,
// validate the WHOLE deployment (schema + consistency rules), and replace it in one transaction only
// if it is valid and nobody changed it meanwhile. So nothing is ever half-saved, every save runs the
// same rules as an import, and a stale edit is refused instead of overwriting someone's work.
import { prisma } from "../db/client";
import { loadDeployment, replaceDeployment, StaleVersionError } from "../db/deployment-store";
import type { Deployment, DeploymentFile } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import { describeProblem, type Problem } from "../formats/problems";
import type { FormState } from "./form-state";
import { recordAudit } from "../db/audit-store";
import { currentActor } from "../planning/actor";
import { editAction, summarizeChange } from "../planning/change-summary";

export interface MutationOptions {
  /** JSON path prefix of the entity the form edits (e.g. "servers[12]"); errors below it become field errors. */
  pathPrefix?: string;
  /** Maps a JSON path below the prefix to the form's field name (default: the first segment). */
  fieldOf?: (subPath: string) => string;
  /**
   * Maps any full JSON path to a field of the form, or undefined to fall back to pathPrefix. For forms
   * that touch several entities at once (a new pool with its first servers) or whose entity's index is
   * only known once the mutation ran (an added server). Read after the mutation.
   */
  fieldForPath?: (path: string) => string | undefined;
  /** The audit log's action; default "edit:<sections that changed>" (e.g. "edit:servers"). */
  auditAction?: string;
  /** Who made the change; default the planner-name cookie, else "anonymous". */
  actor?: string;
}

export type Mutation = (d: DeploymentFile) => string | void;

const firstSegment = (sub: string) => sub.replace(/^\./, "").split(/[.[]/)[0] || "_form";

export function problemsToFormState(errors: Problem[], warnings: Problem[], options: MutationOptions = {}): FormState {
  const fieldErrors: Record<string, string[]> = {};
  const otherErrors: string[] = [];
  const prefix = options.pathPrefix;
  for (const e of errors) {
    const mapped = options.fieldForPath?.(e.path);
    if (mapped !== undefined) {
      (fieldErrors[mapped] ??= []).push(e.message + (e.rule ? ` (rule ${e.rule})` : ""));
    } else if (prefix !== undefined && (e.path === prefix || e.path.startsWith(prefix + ".") || e.path.startsWith(prefix + "["))) {
      const sub = e.path.slice(prefix.length);
      const field = (options.fieldOf ?? firstSegment)(sub);
      (fieldErrors[field] ??= []).push(e.message + (e.rule ? ` (rule ${e.rule})` : ""));
    } else {
      otherErrors.push(describeProblem(e));
    }
  }
  return {
    ok: false,
    message: "Nothing was saved: fix the problems below.",
    fieldErrors,
    otherErrors,
    warnings: warnings.map(describeProblem),
  };
}

/**
 * Apply `mutate` to deployment `id` based on `expectedVersion`. The mutation may return a message
 * string to refuse the change (e.g. "no such server").
 */
export async function mutateDeployment(
  id: string,
  expectedVersion: number,
  mutate: Mutation,
  options: MutationOptions = {},
): Promise<FormState & { deployment?: Deployment }> {
  const stored = await loadDeployment(prisma, id);
  if (!stored) return { ok: false, message: "This deployment no longer exists." };
  if (stored.version !== expectedVersion) return staleState(stored.version);
  const draft = structuredClone(stored.deployment) as DeploymentFile;
  const refusal = mutate(draft);
  if (typeof refusal === "string") return { ok: false, message: refusal };
  const result = validateDeployment(draft);
  if (!result.ok) return problemsToFormState(result.errors, result.warnings, options);
  try {
    const version = await replaceDeployment(prisma, id, result.deployment, expectedVersion);
    // replaceDeployment owns its transaction, so the audit entry follows right after it.
    const summary = summarizeChange(stored.deployment, result.deployment);
    await recordAudit(prisma, {
      deploymentId: id,
      deploymentName: result.deployment.name,
      actor: options.actor ?? (await currentActor()),
      action: options.auditAction ?? editAction(summary),
      detail: `${summary.detail} (version ${version})`,
    }).catch((e: unknown) => console.error("audit entry not recorded", e));
    return { ok: true, message: "Saved.", version, warnings: result.warnings.map(describeProblem), deployment: result.deployment };
  } catch (e) {
    if (e instanceof StaleVersionError) return staleState(e.current);
    throw e;
  }
}

function staleState(current: number): FormState {
  return {
    ok: false,
    stale: true,
    version: current,
    message: `Someone else saved this deployment meanwhile (it is now at version ${current}). Your change was not applied: reload the page and make it again.`,
  };
}
