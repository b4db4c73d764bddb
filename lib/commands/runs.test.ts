// Restore run state rules on SQLite and PostgreSQL: order and dependencies, one completion per step
// even with two app instances completing it at the same moment, skip reasons, finished runs frozen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { plainDeploymentRow, testDatabases } from "../db/test-databases";
import { loadRun } from "../db/run-store";
import type { RunbookStep, Scenario } from "../formats/plan";
import { chooseBranch, completeStep, finishRun, noteStep, skipStep, startFailbackRun, startRun, startStep } from "./runs";

const A = "Ana Admin <ana@example.com>";
const B = "Bo Admin <bo@example.com>";

const step = (order: number, dependsOn: number[], minutes = 10): RunbookStep => ({
  order,
  title: `Step ${order}`,
  minutes,
  dependsOn,
  workloads: ["im-presence"],
  rules: [],
});

/** 1 → (2, 3) → 4; an alternative branch "rebuild" of two steps. */
export const SCENARIO: Scenario = {
  id: "server:fe1",
  loss: { kind: "server", target: "fe1" },
  restoreLevels: ["machine"],
  steps: [step(1, []), step(2, [1]), step(3, [1]), step(4, [2, 3])],
  rtoHours: 0.5,
  workloads: [{ workload: "im-presence", rtoHours: 0.5, targetHours: 1, meets: true }],
  alternatives: [{ id: "rebuild", title: "Rebuild", when: "no backup", steps: [step(1, []), step(2, [1])], rtoHours: 0.4, workloads: [] }],
};

describe.each(testDatabases)("restore runs on $name", (database) => {
  let db: Db;
  let other: Db;
  let drop: () => Promise<void>;
  let deploymentId = "";
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    other = createPrismaClient(created.url);
    deploymentId = (await db.deployment.create({ data: plainDeploymentRow("Runs"), select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await other.$disconnect();
    await drop();
  });

  async function newRun() {
    const r = await startRun(db, { deploymentId, scenario: SCENARIO, scenarioTitle: "Front end fe1 lost", kind: "incident" }, A);
    if (!r.ok) throw new Error(r.message);
    const run = (await loadRun(db, deploymentId, r.id))!;
    const id = (order: number, pathId = "main") => run.steps.find((s) => s.order === order && s.pathId === pathId)!.id;
    const ids = { deploymentId, runId: r.id };
    return {
      runId: r.id,
      id,
      ids,
      state: async (order: number) =>
        (await loadRun(db, deploymentId, r.id))!.steps.find((s) => s.order === order && s.pathId === "main")!.state,
    };
  }

  it("starting a run freezes the runbook and creates every step pending", async () => {
    const { runId } = await newRun();
    const run = (await loadRun(db, deploymentId, runId))!;
    expect(run.snapshot.paths.map((p) => [p.id, p.steps.length])).toEqual([
      ["main", 4],
      ["rebuild", 2],
    ]);
    expect(run.steps.filter((s) => s.pathId === "main").map((s) => s.state)).toEqual(["pending", "pending", "pending", "pending"]);
    expect(run).toMatchObject({ kind: "incident", exerciseType: null, startedBy: A, pathId: "main", version: 1 });
  });

  it("refuses an exercise without its type and an unknown kind, naming the field", async () => {
    const noType = await startRun(db, { deploymentId, scenario: SCENARIO, scenarioTitle: "x", kind: "exercise" }, A);
    expect(noType).toMatchObject({ ok: false, fieldErrors: { exerciseType: [expect.stringContaining("type")] } });
    const badKind = await startRun(db, { deploymentId, scenario: SCENARIO, scenarioTitle: "x", kind: "drill" }, A);
    expect(badKind).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)] } });
    expect(await startRun(db, { deploymentId, scenario: undefined, scenarioTitle: "x", kind: "incident" }, A)).toMatchObject({
      ok: false,
      notFound: true,
    });
  });

  it("a step cannot start before its dependencies are done or skipped, nor complete before it starts", async () => {
    const { id, ids, state } = await newRun();
    expect(await completeStep(db, { ...ids, stepId: id(1) }, A)).toMatchObject({
      ok: false,
      message: expect.stringContaining("not been started"),
    });
    expect(await startStep(db, { ...ids, stepId: id(2) }, A)).toMatchObject({
      ok: false,
      message: "Step 2 waits for step 1 to be done or skipped.",
    });
    expect(await startStep(db, { ...ids, stepId: id(1) }, A)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(2) }, A)).toMatchObject({
      ok: false,
      message: expect.stringContaining("waits for step 1"),
    });
    expect(await startStep(db, { ...ids, stepId: id(1) }, B)).toMatchObject({ ok: false, stale: true });
    expect(await completeStep(db, { ...ids, stepId: id(1) }, B)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(2) }, A)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(4) }, A)).toMatchObject({
      ok: false,
      message: "Step 4 waits for steps 2, 3 to be done or skipped.",
    });
    expect(await skipStep(db, { ...ids, stepId: id(3), reason: "  " }, A)).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["say why the step is skipped"] },
    });
    expect(await state(3)).toBe("pending");
    expect(await skipStep(db, { ...ids, stepId: id(3), reason: "pool has one front end" }, A)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(4) }, A)).toMatchObject({
      ok: false,
      message: "Step 4 waits for step 2 to be done or skipped.",
    });
    expect(await completeStep(db, { ...ids, stepId: id(2) }, A)).toEqual({ ok: true });
    expect(await completeStep(db, { ...ids, stepId: id(2) }, B)).toMatchObject({
      ok: false,
      stale: true,
      message: expect.stringContaining("already completed by Ana Admin"),
    });
    expect(await skipStep(db, { ...ids, stepId: id(2), reason: "late" }, B)).toMatchObject({
      ok: false,
      message: "Step 2 is already done.",
    });
    expect(await startStep(db, { ...ids, stepId: id(4) }, A)).toEqual({ ok: true });
    const run = (await loadRun(db, deploymentId, ids.runId))!;
    const main = run.steps.filter((s) => s.pathId === "main");
    expect(main.map((s) => s.state)).toEqual(["done", "done", "skipped", "started"]);
    expect(main[0]).toMatchObject({ startedBy: A, doneBy: B });
    expect(main[2]).toMatchObject({ skippedBy: A, skipReason: "pool has one front end" });
    expect(run.version).toBe(7);
    const audits = await db.auditEntry.findMany({ where: { detail: { contains: ids.runId } }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(
      ["run:start", "run:step-done", "run:step-done", "run:step-skip", "run:step-start", "run:step-start", "run:step-start"].sort(),
    );
  });

  // Two administrators' browsers reach one app process (one client) on SQLite, or two app
  // instances (two clients, two connection pools) on PostgreSQL. Better-sqlite3 is synchronous, so
  // two clients of one SQLite file inside one process would block each other's event loop; SQLite
  // deployments run one app instance.
  it("two clients completing the same step at once: exactly one succeeds", async () => {
    const second = database.name === "postgresql" ? other : db;
    for (let round = 0; round < 3; round++) {
      const { id, ids, runId } = await newRun();
      expect(await startStep(db, { ...ids, stepId: id(1) }, A)).toEqual({ ok: true });
      const results = await Promise.all([
        completeStep(db, { ...ids, stepId: id(1) }, A),
        completeStep(second, { ...ids, stepId: id(1) }, B),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, stale: true, message: expect.stringContaining("already completed") });
      const done = await db.auditEntry.count({ where: { action: "run:step-done", detail: { contains: runId } } });
      expect(done).toBe(1);
    }
  });

  it("branches: steps of the branch not taken cannot start; choosing it opens them", async () => {
    const { id, ids } = await newRun();
    expect(await startStep(db, { ...ids, stepId: id(1, "rebuild") }, A)).toMatchObject({
      ok: false,
      message: expect.stringContaining("did not take"),
    });
    expect(await chooseBranch(db, { ...ids, pathId: "nowhere" }, A)).toMatchObject({
      ok: false,
      fieldErrors: { pathId: [expect.any(String)] },
    });
    expect(await chooseBranch(db, { ...ids, pathId: "rebuild" }, B)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(1, "rebuild") }, A)).toEqual({ ok: true });
    expect(await startStep(db, { ...ids, stepId: id(1) }, A)).toMatchObject({
      ok: false,
      message: expect.stringContaining("did not take"),
    });
    expect((await loadRun(db, deploymentId, ids.runId))!).toMatchObject({ pathId: "rebuild", pathChosenBy: B });
  });

  it("notes are kept with who wrote them; a finished run is frozen", async () => {
    const { id, ids } = await newRun();
    expect(await noteStep(db, { ...ids, stepId: id(1), note: "x".repeat(4001) }, A)).toMatchObject({
      ok: false,
      fieldErrors: { note: [expect.any(String)] },
    });
    expect(await noteStep(db, { ...ids, stepId: id(1), note: " tape 3 was unreadable " }, A)).toEqual({ ok: true });
    expect(await finishRun(db, ids, B)).toEqual({ ok: true });
    expect(await finishRun(db, ids, A)).toMatchObject({ ok: false });
    expect(await startStep(db, { ...ids, stepId: id(1) }, A)).toMatchObject({ ok: false, message: expect.stringContaining("finished") });
    expect(await noteStep(db, { ...ids, stepId: id(1), note: "later" }, A)).toMatchObject({ ok: false });
    const run = (await loadRun(db, deploymentId, ids.runId))!;
    expect(run.steps[0]).toMatchObject({ note: "tape 3 was unreadable", noteBy: A });
    expect(run.finishedBy).toBe(B);
  });

  it("failback: a finished switch-over run starts its failback runbook once, as a linked run", async () => {
    const scenario: Scenario = {
      ...SCENARIO,
      failback: {
        id: "failback",
        title: "Failback: bring the users home",
        when: "after the rebuild",
        steps: [step(1, []), step(2, [1]), step(3, [2])],
        rtoHours: 0.5,
        workloads: [],
      },
    };
    const started = await startRun(
      db,
      { deploymentId, scenario, scenarioTitle: "fe1 with standby", kind: "exercise", exerciseType: "full" },
      A,
    );
    if (!started.ok) throw new Error(started.message);
    const ids = { deploymentId, runId: started.id };
    expect(await startFailbackRun(db, ids, A)).toMatchObject({ ok: false, message: expect.stringContaining("Finish this run first") });
    expect(await finishRun(db, ids, A)).toEqual({ ok: true });
    const first = await startFailbackRun(db, ids, B);
    expect(first).toMatchObject({ ok: true, existing: false });
    const again = await startFailbackRun(db, ids, A);
    expect(again).toMatchObject({ ok: true, existing: true, id: first.ok ? first.id : "" });
    const failback = (await loadRun(db, deploymentId, first.ok ? first.id : ""))!;
    expect(failback).toMatchObject({
      scenarioId: "failback:server:fe1",
      kind: "exercise",
      exerciseType: "full",
      startedBy: B,
      linkedFromRunId: started.id,
      pathId: "main",
    });
    expect(failback.snapshot.paths.map((p) => [p.id, p.title, p.steps.length])).toEqual([["main", "Failback: bring the users home", 3]]);
    expect(failback.steps.map((x) => x.state)).toEqual(["pending", "pending", "pending"]);
    expect((await loadRun(db, deploymentId, started.id))!.linkedRunId).toBe(failback.id);
    expect(await db.auditEntry.count({ where: { action: "run:failback-start", detail: { contains: started.id } } })).toBe(1);

    // A run that took the rebuild-in-place branch, or a runbook without a standby, has no failback.
    const rebuilt = await startRun(db, { deploymentId, scenario, scenarioTitle: "fe1", kind: "incident" }, A);
    if (!rebuilt.ok) throw new Error(rebuilt.message);
    expect(await chooseBranch(db, { deploymentId, runId: rebuilt.id, pathId: "rebuild" }, A)).toEqual({ ok: true });
    expect(await finishRun(db, { deploymentId, runId: rebuilt.id }, A)).toEqual({ ok: true });
    expect(await startFailbackRun(db, { deploymentId, runId: rebuilt.id }, A)).toMatchObject({
      ok: false,
      message: expect.stringContaining("rebuilt in place"),
    });
    const { ids: plain } = await newRun();
    expect(await startFailbackRun(db, plain, A)).toMatchObject({ ok: false, message: expect.stringContaining("no failback") });
  });

  it("a run of another deployment is not found", async () => {
    const { id, runId } = await newRun();
    expect(await startStep(db, { deploymentId: "elsewhere", runId, stepId: id(1) }, A)).toMatchObject({ ok: false, notFound: true });
  });
});
