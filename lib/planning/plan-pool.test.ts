// The plan worker pool: the same answer as planning in place, problems for a bad file, a bounded
// queue, and a lost worker failing only its own job.
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { planDeployment } from "../engine/plan";
import { planJson } from "../formats/plan-json";
import { generateDeployment } from "../engine/testing/generate";
import { parseDeploymentText } from "../formats/parse-deployment";
import { availableParallelism } from "node:os";
import { PlanPool, PlanPoolBusyError, PlanWorkerUnavailableError, planWorkerCount } from "./plan-pool";
import { runPlanTask, type PlanTask } from "./plan-task";
import { spawnTsWorker } from "./testing/spawn-worker";

/** A worker that loads, then dies on its first job. */
const spawnCrashingWorker = () =>
  new Worker(
    `const { parentPort } = require("node:worker_threads"); parentPort.postMessage({ ready: true }); parentPort.on("message", () => process.exit(3));`,
    { eval: true },
  );
/** A worker that dies while loading. */
const spawnBrokenWorker = () => new Worker(`throw new Error("cannot load");`, { eval: true });

const text = JSON.stringify(generateDeployment({ servers: 60, pools: 4, seed: 5 }));
const task: PlanTask = { text, nameHint: "body.json" };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let pool: PlanPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("runPlanTask", () => {
  it("answers the compact JSON of planDeployment", () => {
    const parsed = parseDeploymentText(text, "body.json");
    if (!parsed.ok) throw new Error("the generated file is invalid");
    const result = runPlanTask(task);
    if (!result.ok) throw new Error("expected a plan");
    expect(decode(result.body)).toBe(planJson(planDeployment(parsed.deployment, { warnings: parsed.warnings })));
  });
});

describe("PlanPool", () => {
  it("returns the same plan as planning in place, from every worker", async () => {
    pool = new PlanPool({ size: 2, maxQueue: 8, spawn: spawnTsWorker });
    const direct = runPlanTask(task);
    const results = await Promise.all([1, 2, 3].map(() => pool!.run(task)));
    for (const r of results) {
      expect(r.ok).toBe(true);
      if (r.ok && direct.ok) expect(decode(r.body)).toBe(decode(direct.body));
    }
  });

  it("returns the problems of an invalid file", async () => {
    pool = new PlanPool({ size: 1, maxQueue: 8, spawn: spawnTsWorker });
    const r = await pool.run({ text: '{"format": "nope"}', nameHint: "body.json" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain("format");
  });

  it("refuses a job when the queue is full, and takes jobs again once it drains", async () => {
    pool = new PlanPool({ size: 1, maxQueue: 1, spawn: spawnTsWorker });
    const running = pool.run(task);
    const waiting = pool.run(task);
    await expect(pool.run(task)).rejects.toBeInstanceOf(PlanPoolBusyError);
    expect((await running).ok).toBe(true);
    expect((await waiting).ok).toBe(true);
    expect((await pool.run(task)).ok).toBe(true);
  });

  it("fails only the job of a worker that dies while planning, and replaces the worker", async () => {
    let spawned = 0;
    pool = new PlanPool({ size: 1, maxQueue: 8, spawn: () => (spawned++ === 0 ? spawnCrashingWorker() : spawnTsWorker()) });
    const lost = await pool.run(task).catch((e: Error) => e);
    expect(lost).toBeInstanceOf(Error);
    expect(lost).not.toBeInstanceOf(PlanWorkerUnavailableError); // not to be retried in place
    expect((lost as Error).message).toMatch(/stopped while planning/);
    expect((await pool.run(task)).ok).toBe(true);
    expect(spawned).toBe(2);
  });

  it("fails jobs with PlanWorkerUnavailableError when a worker dies while loading", async () => {
    pool = new PlanPool({ size: 1, maxQueue: 8, spawn: spawnBrokenWorker });
    await expect(pool.run(task)).rejects.toBeInstanceOf(PlanWorkerUnavailableError);
  });

  it("fails jobs with PlanWorkerUnavailableError when no worker can start", async () => {
    pool = new PlanPool({
      size: 1,
      maxQueue: 8,
      spawn: () => {
        throw new Error("no threads here");
      },
    });
    await expect(pool.run(task)).rejects.toBeInstanceOf(PlanWorkerUnavailableError);
  });

  it("rejects the jobs still waiting when it closes", async () => {
    const p = new PlanPool({ size: 1, maxQueue: 8, spawn: spawnTsWorker });
    p.run(task).catch(() => {}); // running: ends with the worker
    const waiting = expect(p.run(task)).rejects.toThrow(/closed/);
    await p.close();
    await waiting;
  });
});

describe("planWorkerCount", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes PLAN_WORKERS, 0 meaning the main thread", () => {
    vi.stubEnv("PLAN_WORKERS", "3");
    expect(planWorkerCount()).toBe(3);
    vi.stubEnv("PLAN_WORKERS", "0");
    expect(planWorkerCount()).toBe(0);
  });

  it("leaves one core to the main thread by default, and has at least one worker", () => {
    vi.stubEnv("PLAN_WORKERS", "");
    expect(planWorkerCount()).toBe(Math.max(1, availableParallelism() - 1));
  });
});
