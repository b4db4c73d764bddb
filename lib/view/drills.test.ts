import { describe, expect, it } from "vitest";
import type { Scenario } from "../formats/plan";
import { compareDrill } from "./drills";

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
});
