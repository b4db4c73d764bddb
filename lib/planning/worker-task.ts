// Everything a plan worker thread runs (plan-worker.ts, plan-pool.ts): a POST /api/plan body, an evidence
// file against a stored deployment, and the plan of a stored deployment (the one path loadPlan takes).
// Pure CPU work with structured-cloneable input and output.
import { planDeployment, type Plan, type PlanOptions } from "../engine/plan";
import type { Deployment } from "../formats/deployment";
import { runEvidenceTask, type EvidenceTask, type EvidenceTaskResult } from "./evidence-task";
import { runPlanTask, type PlanTask, type PlanTaskResult } from "./plan-task";

export interface StoredPlanTask {
  kind: "stored-plan";
  deployment: Deployment;
  options: PlanOptions;
}
export interface StoredPlanResult {
  ok: true;
  plan: Plan;
}

export type WorkerTask = PlanTask | EvidenceTask | StoredPlanTask;
export type WorkerResult<T extends WorkerTask> = T extends EvidenceTask
  ? EvidenceTaskResult
  : T extends StoredPlanTask
    ? StoredPlanResult
    : PlanTaskResult;

export function runWorkerTask<T extends WorkerTask>(task: T): WorkerResult<T> {
  if ("kind" in task && task.kind === "evidence") return runEvidenceTask(task) as WorkerResult<T>;
  if ("kind" in task && task.kind === "stored-plan")
    return { ok: true, plan: planDeployment(task.deployment, task.options) } as WorkerResult<T>;
  return runPlanTask(task as PlanTask) as WorkerResult<T>;
}
