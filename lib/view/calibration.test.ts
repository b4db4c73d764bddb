// Calibration per assumption (issue 16): a run measures only the assumptions its steps name, and
// several runs combine as calibration.ts documents.
import { describe, expect, it } from "vitest";
import { DEFAULT_ASSUMPTIONS } from "../engine/assumptions";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import type { Scenario } from "../formats/plan";
import { calibrateAssumptions, changes, drillMeasurements, measurementsOf, runExclusion, runMeasurements } from "./calibration";
import { snapshotOf, type RunRecord, type RunStepRecord } from "./run-snapshot";

const NOW = new Date("2026-11-29T12:00:00Z");
const DAY = 86_400_000;
const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

/** A finished run of `scenario` where the steps in `timed` (order -> minutes taken) were done and the rest skipped. */
function finishedRun(
  id: string,
  scenario: Scenario,
  timed: Record<number, number>,
  finishedAt: Date,
  extra: Partial<RunRecord> = {},
  assumptions?: Record<string, number>,
): RunRecord {
  const snapshot = snapshotOf(scenario, scenario.id, assumptions);
  const steps: RunStepRecord[] = snapshot.paths[0].steps.map((s, i) => {
    const minutes = timed[s.order];
    const startedAt = new Date(finishedAt.getTime() - (i + 1) * 3_600_000);
    const base = {
      id: `${id}-${s.order}`,
      pathId: "main",
      order: s.order,
      startedBy: null,
      doneBy: null,
      skippedBy: null,
      skippedAt: null,
      skipReason: null,
      note: "",
      noteBy: null,
      noteAt: null,
    };
    return minutes === undefined
      ? {
          ...base,
          state: "skipped",
          startedAt: null,
          doneAt: null,
          skippedBy: "A",
          skippedAt: startedAt,
          skipReason: "not in this exercise",
        }
      : { ...base, state: "done", startedAt, doneAt: minutesLater(startedAt, minutes) };
  });
  return {
    id,
    deploymentId: "d",
    scenarioId: scenario.id,
    kind: "incident",
    exerciseType: null,
    startedBy: "A",
    startedAt: new Date(finishedAt.getTime() - 86_400_000),
    finishedBy: "A",
    finishedAt,
    pathId: "main",
    pathChosenBy: null,
    pathChosenAt: null,
    version: 9,
    snapshot,
    steps,
    ...extra,
  };
}

const step = (order: number, minutes: number, assumption?: string) => ({
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
  rtoHours: 3,
  workloads: [],
  steps: [
    step(1, 15, "settingsImportMinutes"),
    step(2, 15, "settingsImportMinutes"),
    step(3, 120, "osBuildMinutes"),
    step(4, 60, "sqlRestoreGbPerHour"),
    step(5, 10),
  ],
};

describe("calibration per assumption", () => {
  it("a run touching one assumption changes only that one (the issue's drill: import measured at 10 min, not raised to 21)", () => {
    const run = finishedRun("r1", SCENARIO, { 1: 10, 2: 10 }, NOW);
    const rows = calibrateAssumptions(runMeasurements(run, DEFAULT_ASSUMPTIONS), DEFAULT_ASSUMPTIONS, NOW);
    // The measurements point to 10; two timed steps move the value 2/7 of the way there (shrinkage): 15 × (10/15)^(2/7) = 13.4.
    expect(rows.map((r) => [r.key, r.current, r.measured, r.pull, r.proposed])).toEqual([["settingsImportMinutes", 15, 10, 0.29, 13]]);
    expect(rows[0].sources).toEqual([expect.objectContaining({ kind: "run", id: "r1", steps: 2, ratio: 0.67, implied: 10, share: 1 })]);
  });

  it("on a real runbook: timing only the settings imports proposes only the settings import value", () => {
    const plan = planDeployment(enterprise());
    const scenario = plan.scenarios.find((s) => s.steps.filter((x) => x.assumption === "settingsImportMinutes").length >= 2)!;
    const imports = scenario.steps.filter((x) => x.assumption === "settingsImportMinutes");
    const run = finishedRun("real", scenario, Object.fromEntries(imports.map((x) => [x.order, x.minutes / 2])), NOW, {}, plan.assumptions);
    const rows = calibrateAssumptions(runMeasurements(run, plan.assumptions), plan.assumptions, NOW);
    expect(rows.map((r) => r.key)).toEqual(["settingsImportMinutes"]);
    expect(rows[0].measured).toBe(Math.round(plan.assumptions.settingsImportMinutes / 2));
    expect(rows[0].steps).toBe(imports.length);
  });

  it("weights two runs by timed steps and age (half-life 180 days), as a geometric mean of the values they point to", () => {
    // Run A, 30 days old: one import step at 2x (points to 30). Run B, today: three import steps at 0.5x (points to 7.5).
    const three: Scenario = {
      ...SCENARIO,
      steps: [step(1, 15, "settingsImportMinutes"), step(2, 15, "settingsImportMinutes"), step(3, 15, "settingsImportMinutes")],
    };
    const a = finishedRun("a", SCENARIO, { 1: 30 }, new Date(NOW.getTime() - 30 * DAY));
    const b = finishedRun("b", three, { 1: 7.5, 2: 7.5, 3: 7.5 }, NOW);
    const [row] = calibrateAssumptions(
      [...runMeasurements(a, DEFAULT_ASSUMPTIONS), ...runMeasurements(b, DEFAULT_ASSUMPTIONS)],
      DEFAULT_ASSUMPTIONS,
      NOW,
    );
    // w_A = 1 x 0.5^(30/180) = 0.8909, w_B = 3; exp((0.8909 ln 30 + 3 ln 7.5) / 3.8909) = 10.30 -> 10 minutes.
    expect(row.measured).toBe(10);
    // Shrunk toward 15 by n = 3.89 weighted steps: 15 × (10.30/15)^(3.89/8.89) = 12.7 -> 13.
    expect(row.proposed).toBe(13);
    expect(row.sources.map((s) => [s.id, s.steps, s.ratio, s.implied, s.share])).toEqual([
      ["b", 3, 0.5, 8, 0.77],
      ["a", 1, 2, 30, 0.23],
    ]);
    // The same two runs at the same age weigh by steps only: exp((ln 30 + 3 ln 7.5) / 4) = 10.61 -> 11.
    const aToday = finishedRun("a", SCENARIO, { 1: 30 }, NOW);
    expect(
      calibrateAssumptions(
        [...runMeasurements(aToday, DEFAULT_ASSUMPTIONS), ...runMeasurements(b, DEFAULT_ASSUMPTIONS)],
        DEFAULT_ASSUMPTIONS,
        NOW,
      )[0].measured,
    ).toBe(11);
  });

  it("calibrates a throughput the other way round, and measures against the value the run was estimated with", () => {
    const run = finishedRun("t", SCENARIO, { 4: 120 }, NOW);
    expect(
      calibrateAssumptions(runMeasurements(run, DEFAULT_ASSUMPTIONS), DEFAULT_ASSUMPTIONS, NOW).map((r) => [r.key, r.measured]),
    ).toEqual([["sqlRestoreGbPerHour", 25]]);
    // Estimated with 15 min per import, taken 30: the answer is 30 even when 30 was accepted since (no double counting).
    const doubled = { ...DEFAULT_ASSUMPTIONS, settingsImportMinutes: 30 };
    const before = finishedRun("b", SCENARIO, { 1: 30 }, NOW, {}, { ...DEFAULT_ASSUMPTIONS });
    const [row] = calibrateAssumptions(runMeasurements(before, doubled), doubled, NOW);
    expect([row.current, row.proposed]).toEqual([30, 30]);
    expect(changes([row])).toEqual([]);
  });

  it("ignores unfinished runs, walkthrough and tabletop exercises, skipped and untagged steps", () => {
    const plain = finishedRun("p", SCENARIO, { 1: 10 }, NOW);
    expect(runExclusion({ ...plain, finishedAt: null })).toBe("not finished");
    expect(runExclusion({ ...plain, kind: "exercise", exerciseType: "tabletop" })).toMatch(/talked through, not performed/);
    expect(runExclusion({ ...plain, kind: "exercise", exerciseType: "full" })).toBeNull();
    const tabletop = finishedRun("tt", SCENARIO, { 1: 1 }, NOW, { kind: "exercise", exerciseType: "tabletop" });
    expect(runMeasurements(tabletop, DEFAULT_ASSUMPTIONS)).toEqual([]);
    const untagged = finishedRun("u", SCENARIO, { 5: 50 }, NOW);
    expect(runMeasurements(untagged, DEFAULT_ASSUMPTIONS)).toEqual([]);
  });

  it("combines drills with runs; a drill of a scenario no longer planned measures nothing", () => {
    const drill = { id: "d1", scenarioId: SCENARIO.id, performedOn: NOW, stepMinutes: { "3": 240 }, notes: "", recordedBy: "" };
    expect(drillMeasurements(drill, SCENARIO, DEFAULT_ASSUMPTIONS).map((m) => [m.assumption, m.estimated, m.actual])).toEqual([
      ["osBuildMinutes", 120, 240],
    ]);
    const run = finishedRun("r", SCENARIO, { 1: 10 }, NOW);
    const rows = calibrateAssumptions(
      measurementsOf([run], [drill, { ...drill, id: "gone", scenarioId: "loss-of-site:x" }], [SCENARIO], DEFAULT_ASSUMPTIONS),
      DEFAULT_ASSUMPTIONS,
      NOW,
    );
    expect(rows.map((r) => [r.key, r.measured, r.sources.map((s) => s.label)])).toEqual([
      ["osBuildMinutes", 240, ["Drill of 2026-11-29"]],
      ["settingsImportMinutes", 10, ["Run of 2026-11-29 (incident)"]],
    ]);
  });
});
