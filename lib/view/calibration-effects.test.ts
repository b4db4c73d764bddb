import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import type { AssumptionCalibration } from "./calibration";
import { calibrationEffects } from "./calibration-effects";

describe("a proposal's effect before it is accepted", () => {
  it("plans again with the one value changed and lists every ranked workload's worst case before and after", () => {
    const d = enterprise();
    const plan = planDeployment(d);
    const row = (key: AssumptionCalibration["key"], current: number, proposed: number): AssumptionCalibration => ({
      key,
      label: key,
      unit: "minutes",
      current,
      proposed,
      measured: proposed,
      pull: 1,
      steps: 1,
      sources: [],
    });
    const effects = calibrationEffects(
      d,
      {},
      [row("osBuildMinutes", plan.assumptions.osBuildMinutes, plan.assumptions.osBuildMinutes * 2), row("decisionMinutes", 60, 60)],
      plan.assessment.worst,
    );
    // The unchanged proposal is not planned at all.
    expect([...effects.keys()]).toEqual(["osBuildMinutes"]);
    const rows = effects.get("osBuildMinutes")!;
    expect(rows.map((r) => r.workload)).toEqual(plan.assessment.worst.map((w) => w.workload));
    const slower = planDeployment(d, { assumptions: { osBuildMinutes: plan.assumptions.osBuildMinutes * 2 } });
    expect(rows.map((r) => r.toHours)).toEqual(slower.assessment.worst.map((w) => w.hours));
    expect(rows.some((r) => r.toHours !== null && r.fromHours !== null && r.toHours > r.fromHours)).toBe(true);
  });
});
