// Accepting a calibration on SQLite and PostgreSQL: a finished run's measured assumption is written,
// nothing else, with exactly one audit entry; proposals computed before a change are refused as stale.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { plainDeploymentRow, testDatabases } from "../db/test-databases";
import { assumptionsRevision } from "../db/assumptions-store";
import { listFinishedRuns, loadRun } from "../db/run-store";
import { DEFAULT_ASSUMPTIONS } from "../engine/assumptions";
import type { RunbookStep, Scenario } from "../formats/plan";
import { calibrateAssumptions, changes, measurementsOf } from "../view/calibration";
import { acceptCalibration, saveAssumptions } from "./assumptions";
import { completeStep, finishRun, startRun, startStep } from "./runs";

const A = "Ana Admin <ana@example.com>";
const step = (order: number, minutes: number, assumption: string): RunbookStep => ({
  order,
  title: `Step ${order}`,
  minutes,
  dependsOn: order > 1 ? [order - 1] : [],
  workloads: [],
  rules: [],
  assumption,
});
const SCENARIO: Scenario = {
  id: "loss-of-server:fe1",
  loss: { kind: "server", target: "fe1" },
  restoreLevels: ["machine"],
  steps: [step(1, 15, "settingsImportMinutes"), step(2, 120, "osBuildMinutes")],
  rtoHours: 3,
  workloads: [],
};

describe.each(testDatabases)("accepting a calibration on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let deploymentId = "";
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    deploymentId = (await db.deployment.create({ data: plainDeploymentRow("Calibration"), select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("writes only the accepted assumption, with one audit entry", async () => {
    // A planner's own value for another assumption stays as it is.
    expect(await saveAssumptions(db, { deploymentId, values: { osBuildMinutes: "180" } }, A)).toMatchObject({ ok: true });
    const current = { ...DEFAULT_ASSUMPTIONS, osBuildMinutes: 180 };
    const started = await startRun(
      db,
      { deploymentId, scenario: SCENARIO, scenarioTitle: "fe1", kind: "incident", assumptions: current },
      A,
    );
    if (!started.ok) throw new Error(started.message);
    const run = (await loadRun(db, deploymentId, started.id))!;
    const first = run.steps.find((s) => s.order === 1 && s.pathId === "main")!;
    const ids = { deploymentId, runId: run.id, stepId: first.id };
    expect(await startStep(db, ids, A)).toMatchObject({ ok: true });
    expect(await completeStep(db, ids, A)).toMatchObject({ ok: true });
    expect(await finishRun(db, { deploymentId, runId: run.id }, A)).toMatchObject({ ok: true });
    // The import really took 30 minutes.
    const doneAt = new Date("2026-11-29T10:30:00Z");
    await db.runStep.update({ where: { id: first.id }, data: { startedAt: new Date("2026-11-29T10:00:00Z"), doneAt } });
    // The run's own times too: the source's label names the day the run finished.
    await db.restoreRun.update({
      where: { id: run.id },
      data: { startedAt: new Date("2026-11-29T09:55:00Z"), finishedAt: new Date("2026-11-29T10:35:00Z") },
    });

    const finished = await listFinishedRuns(db, deploymentId);
    const rows = changes(calibrateAssumptions(measurementsOf(finished, [], [SCENARIO], current), current, doneAt));
    // Measured 30; one timed step moves the value a sixth of the way (shrinkage): 15 × 2^(1/6) = 16.8 -> 17.
    expect(rows.map((r) => [r.key, r.current, r.measured, r.proposed])).toEqual([["settingsImportMinutes", 15, 30, 17]]);

    const revision = await assumptionsRevision(db, deploymentId);
    const audit = await db.auditEntry.count();
    const accepted = rows.map((r) => ({ key: r.key, from: r.current, to: r.proposed, sources: r.sources.map((s) => s.label) }));
    expect(
      await acceptCalibration(db, { deploymentId, overrides: { osBuildMinutes: 180 }, accepted, expectedRevision: revision }, A),
    ).toMatchObject({ ok: true, changed: ["settingsImportMinutes"] });
    expect(await db.auditEntry.count()).toBe(audit + 1);
    const entry = await db.auditEntry.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(entry).toMatchObject({ action: "assumptions:calibrate", actor: A });
    expect(entry.detail).toContain("settingsImportMinutes 15 -> 17 (from Run of 2026-11-29 (incident))");
    const stored = await db.estimationAssumptions.findUniqueOrThrow({ where: { deploymentId } });
    expect(JSON.parse(stored.values)).toEqual({ osBuildMinutes: 180, settingsImportMinutes: 17 });

    // The same proposals again, computed at the old revision: refused, nothing written.
    const again = await acceptCalibration(
      db,
      { deploymentId, overrides: { osBuildMinutes: 180 }, accepted, expectedRevision: revision },
      A,
    );
    expect(again).toMatchObject({ ok: false, stale: true });
    expect(await db.auditEntry.count()).toBe(audit + 1);
  });

  it("refuses an empty choice and an assumption that cannot be calibrated", async () => {
    const revision = await assumptionsRevision(db, deploymentId);
    expect(await acceptCalibration(db, { deploymentId, overrides: {}, accepted: [], expectedRevision: revision }, A)).toMatchObject({
      ok: false,
      fieldErrors: { accept: [expect.any(String)] },
    });
    const factor = [{ key: "untrainedFactor", from: 1.5, to: 3, sources: [] }];
    expect(await acceptCalibration(db, { deploymentId, overrides: {}, accepted: factor, expectedRevision: revision }, A)).toMatchObject({
      ok: false,
      fieldErrors: { accept: [expect.stringMatching(/cannot be calibrated/)] },
    });
  });
});
