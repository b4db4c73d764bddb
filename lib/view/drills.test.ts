import { describe, expect, it } from "vitest";
import { DEFAULT_ASSUMPTIONS } from "../engine/assumptions";
import type { Scenario } from "../formats/plan";
import { CALIBRATED_KEYS, calibrate, compareDrill } from "./drills";

const scenario = {
  id: "loss-of-server:x",
  loss: { kind: "server", target: "x" },
  restoreLevels: ["machine"],
  rtoHours: 5,
  workloads: [],
  steps: [
    { order: 1, title: "Assess", minutes: 60, dependsOn: [], rules: ["P1"] },
    { order: 2, title: "Hardware", minutes: 480, dependsOn: [1], rules: ["B8"], waiting: true },
    { order: 3, title: "Rebuild", minutes: 120, dependsOn: [2], rules: ["S3"] },
  ],
} as unknown as Scenario;

describe("drills (B7)", () => {
  it("compares the timed hands-on steps with their estimates, leaving waiting steps out", () => {
    const c = compareDrill(scenario, { stepMinutes: { "1": 90, "2": 600, "3": 180 } });
    expect(c.estimatedMinutes).toBe(180);
    expect(c.actualMinutes).toBe(270);
    expect(c.ratio).toBe(1.5);
    expect(c.steps[1]).toMatchObject({ waiting: true, actual: 600 });
  });

  it("has no ratio when no hands-on step was timed", () => {
    expect(compareDrill(scenario, { stepMinutes: { "2": 500 } }).ratio).toBeNull();
  });

  it("calibrates the hands-on minutes by the median drill ratio and leaves throughputs alone", () => {
    const cal = calibrate([1.5, 1.2, null, 2], DEFAULT_ASSUMPTIONS, 7)!;
    expect(cal.ratio).toBe(1.5);
    expect(cal.proposed.osBuildMinutes).toBe(Math.round(DEFAULT_ASSUMPTIONS.osBuildMinutes * 1.5));
    expect(cal.proposed).not.toHaveProperty("sqlRestoreGbPerHour");
    expect(CALIBRATED_KEYS).not.toContain("mediaShippingMinutes");
    expect(calibrate([null], DEFAULT_ASSUMPTIONS, 0)).toBeNull();
  });
});
