// A step command and finishRun racing on PostgreSQL (READ COMMITTED): the step command's first write
// claims the run's row while the run is open and on the branch it read, so a finishRun that comes in
// meanwhile waits for it, and counts what the step command left. Made deterministic by holding the
// step's row from a third connection, so the step command has read the open run before finishRun runs.
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { plainDeploymentRow, testDatabases } from "../db/test-databases";
import { loadRun } from "../db/run-store";
import { chooseBranch, completeStep, finishRun, startRun, startStep } from "./runs";
import type { RunbookStep, Scenario } from "../formats/plan";

const A = "Ana Admin <ana@example.com>";
const B = "Bo Admin <bo@example.com>";
const step = (order: number, dependsOn: number[]): RunbookStep => ({
  order,
  title: `Step ${order}`,
  minutes: 10,
  dependsOn,
  workloads: ["im-presence"],
  rules: [],
});
/** 1 → (2, 3) → 4; an alternative branch "rebuild" of two steps. */
const SCENARIO: Scenario = {
  id: "server:fe1",
  loss: { kind: "server", target: "fe1" },
  restoreLevels: ["machine"],
  steps: [step(1, []), step(2, [1]), step(3, [1]), step(4, [2, 3])],
  rtoHours: 0.5,
  workloads: [{ workload: "im-presence", rtoHours: 0.5, targetHours: 1, meets: true }],
  alternatives: [{ id: "rebuild", title: "Rebuild", when: "no backup", steps: [step(1, []), step(2, [1])], rtoHours: 0.4, workloads: [] }],
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(testDatabases.filter((d) => d.name === "postgresql"))("step commands against a concurrent finish on $name", (database) => {
  let db: Db;
  let other: Db;
  let url: string;
  let drop: () => Promise<void>;
  let deploymentId: string;

  beforeAll(async () => {
    const created = await database.create();
    url = created.url;
    drop = created.drop;
    await migrateDeploy(url);
    db = createPrismaClient(url);
    other = createPrismaClient(url);
    deploymentId = (await db.deployment.create({ data: plainDeploymentRow("Races"), select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await other.$disconnect();
    await drop();
  });

  async function startedRun() {
    const r = await startRun(db, { deploymentId, scenario: SCENARIO, scenarioTitle: "Front end fe1 lost", kind: "incident" }, A);
    if (!r.ok) throw new Error(r.message);
    const run = (await loadRun(db, deploymentId, r.id))!;
    const stepId = (order: number) => run.steps.find((s) => s.order === order && s.pathId === "main")!.id;
    expect((await startStep(db, { deploymentId, runId: r.id, stepId: stepId(1) }, A)).ok).toBe(true);
    return { runId: r.id, stepId };
  }

  /** Holds a row lock on the step from another connection until `release` is called. */
  async function holdStep(stepId: string) {
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query('SELECT 1 FROM "RunStep" WHERE "id" = $1 FOR UPDATE', [stepId]);
    return async () => {
      await holder.query("ROLLBACK");
      await holder.end();
    };
  }

  it("a completion that read the run open commits before a concurrent finish, which counts it done", async () => {
    const { runId, stepId } = await startedRun();
    const release = await holdStep(stepId(1));
    const completing = completeStep(db, { deploymentId, runId, stepId: stepId(1) }, B);
    await pause(300); // it has read the open run and claimed it; now it waits for the step's row
    const finishing = finishRun(other, { deploymentId, runId }, A);
    await pause(300);
    await release();
    expect(await completing).toEqual({ ok: true });
    expect(await finishing).toEqual({ ok: true });
    const run = (await loadRun(db, deploymentId, runId))!;
    expect(run.steps.find((s) => s.order === 1 && s.pathId === "main")!.state).toBe("done");
    // finishRun counted after the completion: steps 2, 3 and 4 were open, not 1.
    const finish = await db.auditEntry.findFirstOrThrow({ where: { action: "run:finish", detail: { startsWith: `run ${runId}` } } });
    expect(finish.detail).toBe(`run ${runId}, 3 steps left open`);
  });

  it("a start that read the main branch commits before a concurrent branch choice, which then applies", async () => {
    const { runId, stepId } = await startedRun();
    expect((await completeStep(db, { deploymentId, runId, stepId: stepId(1) }, A)).ok).toBe(true);
    const release = await holdStep(stepId(2));
    const starting = startStep(db, { deploymentId, runId, stepId: stepId(2) }, B);
    await pause(300);
    const choosing = chooseBranch(other, { deploymentId, runId, pathId: "rebuild" }, A);
    await pause(300);
    await release();
    expect(await starting).toEqual({ ok: true });
    expect(await choosing).toEqual({ ok: true });
    const run = (await loadRun(db, deploymentId, runId))!;
    expect(run.pathId).toBe("rebuild");
    // The start happened on the main branch while it was the branch taken: audited before the choice.
    const actions = (await db.auditEntry.findMany({ where: { detail: { startsWith: `run ${runId}` } }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions.slice(-2)).toEqual(["run:step-start", "run:branch"]);
  });

  it("a step command after a finish that committed first is refused and changes nothing", async () => {
    const { runId, stepId } = await startedRun();
    const release = await holdStep(stepId(1));
    // The finish takes the run's row first; the completion waits for it, then matches no open run.
    const finishing = finishRun(other, { deploymentId, runId }, A);
    await finishing;
    const completing = completeStep(db, { deploymentId, runId, stepId: stepId(1) }, B);
    await pause(200);
    await release();
    expect(await completing).toMatchObject({ ok: false, message: "This run is finished; it can no longer change." });
    const run = (await loadRun(db, deploymentId, runId))!;
    expect(run.steps.find((s) => s.order === 1 && s.pathId === "main")!.state).toBe("started");
  });
});

describe.each(testDatabases)("refused step commands on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let deploymentId: string;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    deploymentId = (await db.deployment.create({ data: plainDeploymentRow("Refusals"), select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("change nothing, not even the run's version; a finished run or a step off the branch taken is refused", async () => {
    const r = await startRun(db, { deploymentId, scenario: SCENARIO, scenarioTitle: "Front end fe1 lost", kind: "incident" }, A);
    if (!r.ok) throw new Error(r.message);
    const ids = { deploymentId, runId: r.id };
    const run = (await loadRun(db, deploymentId, r.id))!;
    const main = (order: number) => run.steps.find((s) => s.order === order && s.pathId === "main")!.id;
    const rebuild = run.steps.find((s) => s.order === 1 && s.pathId === "rebuild")!.id;
    const version = async () => (await loadRun(db, deploymentId, r.id))!.version;
    const before = await version();
    expect(await completeStep(db, { ...ids, stepId: main(1) }, A)).toMatchObject({
      ok: false,
      message: "Step 1 has not been started; start it first.",
    });
    expect(await startStep(db, { ...ids, stepId: rebuild }, A)).toMatchObject({ ok: false });
    expect(await completeStep(db, { ...ids, stepId: rebuild }, A)).toMatchObject({
      ok: false,
      message: "That step belongs to the branch this run did not take.",
    });
    expect(await version()).toBe(before);
    expect((await finishRun(db, ids, A)).ok).toBe(true);
    const finished = await version();
    expect(await startStep(db, { ...ids, stepId: main(1) }, B)).toMatchObject({
      ok: false,
      message: "This run is finished; it can no longer change.",
    });
    expect(await version()).toBe(finished);
  });
});
