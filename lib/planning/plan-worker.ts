// Plan worker thread (started by plan-pool.ts): runs its tasks (worker-task.ts) one at a time and posts
// each result back, handing over a POST /api/plan answer's bytes without a copy.
import { parentPort } from "node:worker_threads";
import { runWorkerTask, type WorkerTask, type WorkerResult } from "./worker-task";

export interface PlanJob {
  id: number;
  task: WorkerTask;
}

/** `ready` once the worker has loaded; then one reply per job. */
export type PlanReply = { ready: true } | { id: number; result: WorkerResult<WorkerTask> } | { id: number; error: string };

/** A view that owns its whole ArrayBuffer can be transferred; a slice of a shared one is copied first. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

parentPort?.postMessage({ ready: true } satisfies PlanReply);

parentPort?.on("message", ({ id, task }: PlanJob) => {
  let reply: PlanReply;
  try {
    const result = runWorkerTask(task);
    if (result.ok && "body" in result) {
      const body = ownBuffer(result.body);
      parentPort!.postMessage({ id, result: { ...result, body } } satisfies PlanReply, [body.buffer as ArrayBuffer]);
      return;
    }
    reply = { id, result };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
