// Heavy work in the plan pool's worker threads gives exactly what it gives in place: the plan of a
// stored deployment (with recommendations) and an evidence file's judgement, compressed file and digest.
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { gunzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { generateDeployment } from "../engine/testing/generate";
import { deploymentSchema } from "../formats/deployment";
import { EVIDENCE_HEADER } from "../formats/evidence";
import { runEvidenceTask, type EvidenceTask } from "./evidence-task";
import { planStored, runOffThread } from "./off-thread";
import { PlanPool } from "./plan-pool";
import { spawnTsWorker } from "./testing/spawn-worker";

const example = deploymentSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8")),
);
const csv = [
  EVIDENCE_HEADER,
  "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,12884901888,ok",
  "database,sql01.litware.com,RTC,2026-11-27T01:40:55Z,,failed",
  "share,,meeting-content,2026-11-28T02:31:00Z,42949672960,ok",
].join("\r\n");
const AS_OF = Date.parse("2026-11-28T12:00:00Z");

let pool: PlanPool;
beforeAll(() => {
  pool = new PlanPool({ size: 1, maxQueue: 8, spawn: spawnTsWorker });
});
afterAll(async () => {
  await pool.close();
});

describe("work off the request thread", () => {
  it("plans a stored deployment with recommendations in a worker, as in place", async () => {
    const deployment = generateDeployment({ servers: 40, pools: 3, seed: 11 });
    const options = { assumptions: { osBuildMinutes: 75 }, recommendations: true };
    const inWorker = await planStored(deployment, options, pool);
    expect(inWorker).toEqual(planDeployment(deployment, options));
    expect(inWorker.assessment.recommendations?.length).toBeGreaterThan(0);
  });

  it("judges an evidence file in a worker, as in place, with what an upload stores", async () => {
    const task: EvidenceTask = { kind: "evidence", text: csv, deployment: example, assumptions: {}, asOfMs: AS_OF, forStorage: true };
    const inWorker = await runOffThread(task, pool);
    expect(inWorker).toEqual(runEvidenceTask(task));
    if (!inWorker.ok) throw new Error("expected a judgement");
    expect(inWorker.rows).toBe(3);
    expect(inWorker.section.summary).toMatchObject({ goodRuns: 2, failedRuns: 1 });
    expect(new TextDecoder().decode(gunzipSync(inWorker.storage!.csvGz))).toBe(csv);
    expect(inWorker.storage).toMatchObject({
      firstRunAt: Date.parse("2026-11-27T01:40:55Z"),
      lastRunAt: Date.parse("2026-11-28T02:31:00Z"),
    });
  });

  it("answers a bad evidence file with its line-named problems from the worker, storing nothing", async () => {
    const bad = `${EVIDENCE_HEADER}\r\ndatabase,sql01.litware.com,RTC,yesterday,,ok`;
    const result = await runOffThread(
      { kind: "evidence", text: bad, deployment: example, assumptions: {}, asOfMs: AS_OF, forStorage: true },
      pool,
    );
    expect(result).toMatchObject({ ok: false, errorCount: 1, errors: [{ line: 2 }] });
  });

  it("works in place when no worker can start, and keeps working in place meanwhile", async () => {
    let spawned = 0;
    const broken = new PlanPool({
      size: 1,
      maxQueue: 8,
      spawn: () => {
        spawned++;
        return new Worker(`throw new Error("cannot load");`, { eval: true });
      },
    });
    const task: EvidenceTask = { kind: "evidence", text: csv, deployment: example, assumptions: {}, asOfMs: AS_OF, forStorage: false };
    expect(await runOffThread(task, broken)).toEqual(runEvidenceTask(task));
    expect(await runOffThread(task, broken)).toEqual(runEvidenceTask(task));
    expect(spawned).toBe(1);
    await broken.close();
  });

  it("works in place without a pool (PLAN_WORKERS=0)", async () => {
    const task: EvidenceTask = { kind: "evidence", text: csv, deployment: example, assumptions: {}, asOfMs: AS_OF, forStorage: false };
    expect(await runOffThread(task, null)).toEqual(runEvidenceTask(task));
  });
});
