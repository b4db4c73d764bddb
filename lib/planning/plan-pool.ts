// A small pool of plan worker threads for POST /api/plan, evidence files and the plans of stored
// deployments (worker-task.ts). Planning a 500-server file is ~60 ms of
// CPU once warm (parse 7, plan 35, JSON 14, UTF-8 8) and its answer is 7 MB of JSON, which Next then
// gzips (~40 ms more, on libuv's threads). On the main thread the planning blocks every other request
// and the writes of earlier answers, so under load answers stalled past client timeouts. With the
// pool the main thread only reads bodies and hands the bytes on.
//
// Jobs wait in one FIFO queue (first come, first served, so latency stays even under load); past
// `maxQueue` waiting jobs `run` refuses at once with PlanPoolBusyError (the route answers 503 with
// Retry-After) instead of letting latency grow without bound. A worker that dies fails only its own
// job and is replaced.
//
// Measured (500-server file, 50 connections, 2 cores, Next's gzip on): planning on the main thread
// 8.6 req/s with timeouts; in workers 16-17 req/s, p99 4-5 s, no errors. See bench/web.bench.ts.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { WorkerResult, WorkerTask } from "./worker-task";
import type { PlanJob, PlanReply } from "./plan-worker";

export class PlanPoolBusyError extends Error {
  constructor() {
    super("every plan worker is busy and the queue is full");
  }
}

/**
 * No worker could run the job: starting one failed, or it stopped before it had loaded. Nothing was
 * planned, so the caller may plan in place. (A worker that stops while planning, e.g. out of memory,
 * fails its job with a plain Error instead: planning that file in place could take the server down.)
 */
export class PlanWorkerUnavailableError extends Error {
  // Recognised by name too: the app's pool lives on globalThis, so it can outlive the module (dev reloads, test files).
  override name = "PlanWorkerUnavailableError";
}

export interface PlanPoolOptions {
  /** Worker threads (started together on first use). */
  size: number;
  /** Jobs that may wait for a free worker; one more is refused with PlanPoolBusyError. */
  maxQueue: number;
  /** Starts one worker (tests pass their own). */
  spawn?: () => Worker;
}

interface Pending {
  job: PlanJob;
  resolve: (r: WorkerResult<WorkerTask>) => void;
  reject: (e: Error) => void;
}

/**
 * A plan worker. `next build` bundles plan-worker.ts as a worker entry because it sees exactly this
 * `new Worker(new URL("./plan-worker.ts", import.meta.url), {...})` (keep the shape: with a computed
 * options argument Turbopack copies the .ts file as a plain asset instead). Outside a bundle (vitest,
 * tsx) the URL names TypeScript that Node cannot run: tests start workers through tsx themselves.
 *
 * A plan allocates a lot of short-lived objects (steps, strings, the 7 MB JSON): a young generation of
 * 192 MB (semi-spaces of 64 MB) lets them die young; with the default one a task costs 74 ms, not 60.
 */
export function spawnPlanWorker(): Worker {
  return new Worker(new URL("./plan-worker.ts", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
}

export class PlanPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Pending>();
  private readonly ready = new WeakSet<Worker>();
  private readonly queue: Pending[] = [];
  private workers = 0;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PlanPoolOptions) {}

  /** Jobs waiting for a worker (not counting the running ones). */
  get waiting(): number {
    return this.queue.length;
  }

  run<T extends WorkerTask>(task: T): Promise<WorkerResult<T>> {
    if (this.closed) return Promise.reject(new Error("the plan pool is closed"));
    if (this.queue.length >= this.options.maxQueue && this.idle.length === 0 && this.workers >= this.options.size)
      return Promise.reject(new PlanPoolBusyError());
    return new Promise<WorkerResult<T>>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, task }, resolve: resolve as (r: WorkerResult<WorkerTask>) => void, reject });
      this.fill();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("the plan pool is closed"));
    const all = [...this.idle.splice(0), ...this.running.keys()];
    await Promise.all(all.map((w) => w.terminate()));
  }

  /** Start missing workers (all of them on first use, so warm-up spreads over every worker). */
  private fill() {
    while (this.workers < this.options.size) {
      let worker: Worker;
      try {
        worker = (this.options.spawn ?? spawnPlanWorker)();
      } catch (e) {
        // Could not start a worker: fail the waiting jobs so the caller can plan in place.
        for (const p of this.queue.splice(0))
          p.reject(new PlanWorkerUnavailableError(`could not start a plan worker: ${(e as Error).message}`));
        return;
      }
      this.workers++;
      worker.unref(); // an idle pool never keeps the process alive
      worker.on("message", (reply: PlanReply) => this.settle(worker, reply));
      worker.on("error", (e) => this.lose(worker, e));
      worker.on("exit", (code) => this.lose(worker, new Error(`exit code ${code}`)));
      this.idle.push(worker);
    }
  }

  private dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift()!; // least recently used first
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private settle(worker: Worker, reply: PlanReply) {
    if ("ready" in reply) {
      this.ready.add(worker);
      return;
    }
    const pending = this.running.get(worker);
    if (!pending || pending.job.id !== reply.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if ("error" in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
    this.dispatch();
  }

  private lose(worker: Worker, e: Error) {
    const wasIdle = this.idle.indexOf(worker);
    const pending = this.running.get(worker);
    if (wasIdle < 0 && !pending) return; // already handled ("error" is followed by "exit")
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    this.running.delete(worker);
    this.workers--;
    if (pending)
      pending.reject(
        this.ready.has(worker)
          ? new Error(`the plan worker stopped while planning: ${e.message}`)
          : new PlanWorkerUnavailableError(`the plan worker did not start: ${e.message}`),
      );
    if (this.closed) return;
    if (this.queue.length) {
      this.fill();
      this.dispatch();
    }
  }
}

/**
 * Jobs allowed to wait: at ~16 plans a second on two cores (500-server files), 128 waiting is ~8 s
 * of work, about when clients give up anyway; past it a quick 503 beats a late timeout.
 */
const MAX_QUEUE = 128;

/**
 * Worker threads for the app's pool: PLAN_WORKERS, else one per core but one (at least one), since
 * the main thread and Next's gzip of each 7 MB answer (~40 ms of CPU, on libuv's threads) need a
 * core too. On 2 cores (500-server file, 50 connections): 1 worker 15-16 plans/s, p99 4 s; 2 workers
 * 16-17/s, p99 4.5 s with 6% more CPU per plan; 3 workers 13.7/s. With pages asked for meanwhile (10
 * more connections on the overview) 1 worker serves 7.8 plans/s and 18.6 pages/s (p50 0.5 s), 2
 * workers 8.6 plans/s but 10 pages/s (p50 1 s). PLAN_WORKERS=0 plans on the main thread (10 plans/s,
 * p99 6.4 s).
 */
export function planWorkerCount(): number {
  const configured = process.env.PLAN_WORKERS?.trim();
  if (configured && /^\d+$/.test(configured)) return Number(configured);
  return Math.max(1, availableParallelism() - 1);
}

const globalForPool = globalThis as unknown as { planPool?: PlanPool | null };

/** The app's plan pool (one per process, kept across dev reloads), or null when PLAN_WORKERS=0. */
export function planPool(): PlanPool | null {
  if (globalForPool.planPool === undefined) {
    const size = planWorkerCount();
    globalForPool.planPool = size > 0 ? new PlanPool({ size, maxQueue: MAX_QUEUE }) : null;
  }
  return globalForPool.planPool;
}
