// Property: no calibration built from implausible steps changes any assumption. Steps timed under their
// floor, marked done without a start, or completed in a burst, in runs of any kind, propose nothing, and
// added to a real run they leave its proposals exactly as they were.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import { runs as numRuns } from "../engine/testing/runs";
import type { Scenario } from "../formats/plan";
import { calibrateAssumptions, calibrationInputOf, changes, isCalibratable, measurementsOf } from "./calibration";
import { floorMinutes } from "./run-measurement";
import { snapshotOf, type RunRecord, type RunStepRecord } from "./run-snapshot";

const NOW = new Date("2026-12-01T12:00:00Z");
const KINDS = [
  { kind: "incident", exerciseType: null },
  { kind: "exercise", exerciseType: "full" },
  { kind: "exercise", exerciseType: "simulation" },
  { kind: "exercise", exerciseType: "walkthrough" },
  { kind: "exercise", exerciseType: "tabletop" },
] as const;

/** Per step: timed under its floor, or marked done without a start; a burst run marks every step done within one minute. */
type Mode = "short" | "untimed" | "burst";

function runOf(id: string, scenario: Scenario, kindIx: number, modes: Mode[], fractions: number[], offsetHours: number): RunRecord {
  const snapshot = snapshotOf(scenario, scenario.id);
  const end = NOW.getTime() - offsetHours * 3_600_000;
  const steps: RunStepRecord[] = snapshot.paths[0].steps.map((s, i) => {
    // A burst is a property of the run (three or more steps done within a minute), so one burst step makes them all burst.
    const mode = modes.includes("burst") ? "burst" : modes[i % modes.length];
    const f = fractions[i % fractions.length];
    const base = {
      id: `${id}-${s.order}`,
      pathId: "main",
      order: s.order,
      state: "done" as const,
      startedBy: "A",
      doneBy: "A",
      skippedBy: null,
      skippedAt: null,
      skipReason: null,
      note: "",
      noteBy: null,
      noteAt: null,
    };
    if (mode === "untimed") return { ...base, startedAt: null, doneAt: new Date(end - i * 3_600_000) };
    if (mode === "burst") {
      // Long enough, but every step is marked done within the same minute.
      const doneAt = new Date(end + i * 1_000);
      return { ...base, startedAt: new Date(doneAt.getTime() - (s.minutes + 10) * 60_000), doneAt };
    }
    // Under the floor: a fraction of it, one step an hour apart.
    const doneAt = new Date(end - i * 3_600_000);
    return { ...base, startedAt: new Date(doneAt.getTime() - f * floorMinutes(s.minutes) * 60_000), doneAt };
  });
  // A burst needs at least three steps: a shorter list is timed under the floor instead.
  if (steps.length < 3) return runOf(id, scenario, kindIx, ["short"], fractions, offsetHours);
  const kind = KINDS[kindIx];
  return {
    id,
    deploymentId: "d",
    scenarioId: scenario.id,
    kind: kind.kind,
    exerciseType: kind.exerciseType,
    startedBy: "A",
    startedAt: new Date(end - 48 * 3_600_000),
    finishedBy: "A",
    finishedAt: new Date(end + 120_000),
    pathId: "main",
    pathChosenBy: null,
    pathChosenAt: null,
    version: 1,
    snapshot,
    steps,
  };
}

/** A real incident: every calibrating step took 1.5x its estimate, an hour apart. */
function realRun(scenario: Scenario): RunRecord {
  const r = runOf("real", scenario, 0, ["short"], [1], 0);
  return {
    ...r,
    steps: r.steps.map((st, i) => {
      const est = scenario.steps.find((s) => s.order === st.order)!.minutes;
      const doneAt = new Date(NOW.getTime() - i * 3_600_000 * 24);
      return { ...st, startedAt: new Date(doneAt.getTime() - est * 1.5 * 60_000), doneAt };
    }),
  };
}

describe("calibration learns only from real measurements", () => {
  it("no accepted calibration built from implausible steps changes any assumption", () => {
    const plan = planDeployment(enterprise());
    const scenarios = plan.scenarios.filter((s) => s.steps.some((x) => isCalibratable(x.assumption))).slice(0, 8);
    const run = fc.record({
      scenario: fc.nat({ max: scenarios.length - 1 }),
      kind: fc.nat({ max: KINDS.length - 1 }),
      modes: fc.array(fc.constantFrom<Mode>("short", "untimed", "burst"), { minLength: 1, maxLength: 4 }),
      fractions: fc.array(fc.double({ min: 0, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 4 }),
      offsetHours: fc.nat({ max: 24 * 400 }),
    });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.boolean(), (generated, withReal) => {
        const implausible = generated.map((g, i) => runOf(`r${i}`, scenarios[g.scenario], g.kind, g.modes, g.fractions, g.offsetHours));
        const real = withReal ? [realRun(scenarios[0])] : [];
        const current = plan.assumptions;
        // What the accept action does: recompute the proposals from the stored runs, accept every changed one.
        const accepted = changes(
          calibrateAssumptions(measurementsOf([...real, ...implausible], [], plan.scenarios, current), current, NOW),
        );
        const realOnly = changes(calibrateAssumptions(measurementsOf(real, [], plan.scenarios, current), current, NOW));
        expect(accepted).toEqual(realOnly);
        if (!withReal) expect(accepted).toEqual([]);
      }),
      numRuns(60),
    );
  });

  it("shows the implausible steps it left out, with the reason", () => {
    const plan = planDeployment(enterprise());
    const scenario = plan.scenarios.find((s) => s.steps.filter((x) => isCalibratable(x.assumption)).length >= 3)!;
    const clicked = runOf("c", scenario, 0, ["short"], [0.2], 0);
    const { measurements, excluded } = calibrationInputOf([clicked], [], plan.scenarios, plan.assumptions);
    expect(measurements).toEqual([]);
    expect(excluded.length).toBe(scenario.steps.filter((x) => isCalibratable(x.assumption)).length);
    expect(excluded[0].why).toMatch(/^took [\d.]+ min, under the [\d.]+ min floor$/);
  });
});
