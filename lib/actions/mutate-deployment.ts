// The model editor's edit path as form state: the command editDeployment (lib/commands/deployments.ts)
// loads the deployment, applies the change, validates the WHOLE deployment and replaces it with its
// audit entry in one transaction; this maps its answer to the form's fields.
import { prisma } from "../db/client";
import type { Deployment } from "../formats/deployment";
import { describeProblem, type Problem } from "../formats/problems";
import type { FormState } from "./form-state";
import { currentActor } from "../auth/actor";
import { editDeployment, type Mutation } from "../commands/deployments";

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

export type { Mutation };

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
  const actor = options.actor ?? (await currentActor());
  const result = await editDeployment(prisma, { id, expectedVersion, mutate, auditAction: options.auditAction }, actor);
  if (result.ok)
    return {
      ok: true,
      message: "Saved.",
      version: result.version,
      warnings: result.warnings.map(describeProblem),
      deployment: result.deployment,
    };
  if ("invalid" in result) return problemsToFormState(result.errors, result.warnings, options);
  return result;
}
