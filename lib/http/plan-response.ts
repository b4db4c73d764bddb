// POST /api/plan's answer for a request body: the plan (plan-format.md, compact JSON), or the problems
// of the file. The work runs in the plan pool's worker threads; without a pool (PLAN_WORKERS=0) or
// when no worker can start, in place. Compression stays with Next (next.config `compress`): Next 16
// drops a route's own Content-Encoding header, so a handler cannot send a body it compressed itself.
import { PlanPoolBusyError, PlanWorkerUnavailableError, planPool, type PlanPool } from "../planning/plan-pool";
import { runPlanTask, type PlanTask, type PlanTaskResult } from "../planning/plan-task";
import { failure, nameHintFor, problems } from "./responses";

async function run(pool: PlanPool | null, task: PlanTask): Promise<PlanTaskResult> {
  if (!pool) return runPlanTask(task);
  try {
    return await pool.run(task);
  } catch (e) {
    if (!(e instanceof PlanWorkerUnavailableError)) throw e;
    console.warn(`POST /api/plan: ${e.message}; planning on the main thread`);
    return runPlanTask(task);
  }
}

export async function planResponse(request: Request, text: string, pool: PlanPool | null = planPool()): Promise<Response> {
  let result: PlanTaskResult;
  try {
    result = await run(pool, { text, nameHint: nameHintFor(request) });
  } catch (e) {
    if (e instanceof PlanPoolBusyError) return failure("the planner is busy: try again shortly", 503, { "Retry-After": "1" });
    throw e;
  }
  if (!result.ok) return problems(result.errors, result.warnings);
  return new Response(bodyStream(result.body), { headers: { "Content-Type": "application/json" } });
}

/**
 * The bytes as a one-chunk stream of a Buffer view: a Uint8Array body would be copied whole by
 * Response (7 MB per plan), and Next's gzip stream copies any chunk that is not a Buffer.
 */
function bodyStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const chunk = Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
}
