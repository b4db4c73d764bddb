// Heavy work off the request thread: a task runs in the plan pool's worker threads (plan-pool.ts), or
// in place when there is no pool (PLAN_WORKERS=0) or no worker can start. `planStored` is the one path
// to a plan of a stored deployment (load-plan.ts's loaders, the evidence judgement plans in its own task).
import type { Plan, PlanOptions } from "../engine/plan";
import type { Deployment } from "../formats/deployment";
import { PlanWorkerUnavailableError, planPool, type PlanPool } from "./plan-pool";
import { runWorkerTask, type WorkerResult, type WorkerTask } from "./worker-task";
import type { EvidenceTask, EvidenceTaskResult } from "./evidence-task";

/** After a worker failed to start, work stays in place this long before the pool is tried again. */
const RETRY_POOL_MS = 60_000;
const unavailableUntil = new WeakMap<PlanPool, number>();
let warned = false;

const isUnavailable = (e: unknown) =>
  e instanceof PlanWorkerUnavailableError || (e instanceof Error && e.name === "PlanWorkerUnavailableError");

export async function runOffThread<T extends WorkerTask>(task: T, pool: PlanPool | null = planPool()): Promise<WorkerResult<T>> {
  if (!pool || (unavailableUntil.get(pool) ?? 0) > Date.now()) return runWorkerTask(task);
  try {
    return await pool.run(task);
  } catch (e) {
    if (!isUnavailable(e)) throw e;
    unavailableUntil.set(pool, Date.now() + RETRY_POOL_MS);
    if (!warned) {
      warned = true;
      console.warn(`plan workers: ${(e as Error).message}; working on the main thread`);
    }
    return runWorkerTask(task);
  }
}

/** The plan of a stored deployment, planned in a worker thread. */
export async function planStored(deployment: Deployment, options: PlanOptions, pool?: PlanPool | null): Promise<Plan> {
  return (await runOffThread({ kind: "stored-plan", deployment, options }, pool)).plan;
}

/** An evidence file parsed and judged in a worker thread (lib/commands/evidence.ts's runner). */
export const judgeOffThread = (task: EvidenceTask): Promise<EvidenceTaskResult> => runOffThread(task);
