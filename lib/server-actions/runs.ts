"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { chooseBranch, completeStep, finishRun, noteStep, skipStep, startFailbackRun, startRun, startStep } from "@/lib/commands/runs";
import { scenarioForRun } from "@/lib/planning/run-scenario";
import { loadPlan } from "@/lib/planning/load-plan";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");
const runPath = (deploymentId: string, runId: string) => `/deployments/${deploymentId}/runs/${runId}`;

/** Start a run of a runbook (incident or exercise) and open its page. */
export async function startRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  const scenario = planned ? scenarioForRun(planned, text(formData, "scenarioId")) : undefined;
  const input = {
    deploymentId,
    scenario,
    scenarioTitle: scenario ? scenarioTitle(scenario) : "",
    kind: text(formData, "kind"),
    exerciseType: text(formData, "exerciseType"),
    assumptions: planned?.plan.assumptions,
  };
  const result = await startRun(prisma, input, actorName(user));
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}/runs`);
  redirect(runPath(deploymentId, result.id));
}

/** One step transition from the run page: op = start | done | skip | note. */
export async function runStepAction(formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const input = { deploymentId: text(formData, "deploymentId"), runId: text(formData, "runId"), stepId: text(formData, "stepId") };
  const actor = actorName(user);
  const op = text(formData, "op");
  const result =
    op === "start"
      ? await startStep(prisma, input, actor)
      : op === "done"
        ? await completeStep(prisma, input, actor)
        : op === "skip"
          ? await skipStep(prisma, { ...input, reason: text(formData, "reason") }, actor)
          : op === "note"
            ? await noteStep(prisma, { ...input, note: text(formData, "note") }, actor)
            : ({ ok: false, message: "Unknown step action." } as const);
  return result.ok ? { ok: true } : result;
}

export async function chooseBranchAction(formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await chooseBranch(
    prisma,
    { deploymentId: text(formData, "deploymentId"), runId: text(formData, "runId"), pathId: text(formData, "pathId") },
    actorName(user),
  );
  return result.ok ? { ok: true } : result;
}

export async function finishRunAction(formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const result = await finishRun(prisma, { deploymentId, runId: text(formData, "runId") }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/runs`);
  return result.ok ? { ok: true } : result;
}

/** From a finished switch-over run: start (or open) its failback run. */
export async function startFailbackRunAction(formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const result = await startFailbackRun(prisma, { deploymentId, runId: text(formData, "runId") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}/runs`);
  redirect(runPath(deploymentId, result.id));
}
