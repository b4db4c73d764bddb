import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import type { RunbookStep } from "../formats/plan";
import { ganttBars, ganttLanes, timelineExtent, timeTicks, whoOf, workloadMarkers } from "./timeline";

const step = (order: number, minutes: number, dependsOn: number[], extra: Partial<RunbookStep> = {}): RunbookStep => ({
  order,
  title: `step ${order}`,
  minutes,
  dependsOn,
  rules: ["S1"],
  ...extra,
});

describe("ganttBars", () => {
  it("orders bars by start, then runbook order, and says who runs each", () => {
    const bars = ganttBars([
      step(1, 60, [], { startMinute: 0, finishMinute: 60, assignee: 1, critical: true }),
      step(2, 30, [1], { startMinute: 60, finishMinute: 90, assignee: 2 }),
      step(3, 240, [], { startMinute: 0, finishMinute: 240, waiting: true, critical: true }),
    ]);
    expect(bars.map((b) => [b.order, b.who, b.critical, b.waiting])).toEqual([
      [1, "admin 1", true, false],
      [3, "waiting", true, true],
      [2, "admin 2", false, false],
    ]);
  });

  it("schedules steps without times after their dependencies", () => {
    const bars = ganttBars([step(1, 60, []), step(2, 30, [1]), step(3, 10, [1, 2])]);
    expect(bars.map((b) => [b.order, b.start, b.finish])).toEqual([
      [1, 0, 60],
      [2, 60, 90],
      [3, 90, 100],
    ]);
  });

  it("matches the engine's schedule for a real scenario: every step once, the last finish is the RTO", () => {
    const scenario = planDeployment(enterprise()).scenarios.find((s) => s.id === "loss-of-pool:ocspool1")!;
    const bars = ganttBars(scenario.steps);
    expect(bars.map((b) => b.order).sort((a, b) => a - b)).toEqual(scenario.steps.map((s) => s.order));
    // The RTO is the last finish in hours, rounded up to 0.01 h.
    expect(Math.ceil((Math.max(...bars.map((b) => b.finish)) * 100) / 60) / 100).toBe(scenario.rtoHours);
    expect(bars.some((b) => b.critical)).toBe(true);
  });
});

describe("ganttLanes", () => {
  it("gives each administrator a lane and packs overlapping waits into as few rows as needed", () => {
    const lanes = ganttLanes(
      ganttBars([
        step(1, 60, [], { startMinute: 0, finishMinute: 60, assignee: 2 }),
        step(2, 60, [], { startMinute: 0, finishMinute: 60, assignee: 1 }),
        step(3, 100, [], { startMinute: 0, finishMinute: 100, waiting: true }),
        step(4, 50, [], { startMinute: 10, finishMinute: 60, waiting: true }),
        step(5, 10, [], { startMinute: 100, finishMinute: 110, waiting: true }),
      ]),
    );
    expect(lanes.map((l) => [l.label, l.bars.map((b) => b.order)])).toEqual([
      ["admin 1", [2]],
      ["admin 2", [1]],
      ["waiting", [3, 5]],
      ["waiting", [4]],
    ]);
  });
});

describe("axis and markers", () => {
  it("extends the axis to the last finish or workload return, with nice ticks", () => {
    const bars = ganttBars([step(1, 600, [], { startMinute: 0, finishMinute: 600, assignee: 1 })]);
    const markers = workloadMarkers({ workloads: [{ workload: "im-presence", rtoHours: 12, targetHours: 72, meets: true }] });
    expect(markers).toEqual([{ workload: "im-presence", back: 720, target: 4320, meets: true, reducedCapacity: false }]);
    expect(timelineExtent(bars, markers)).toBe(720);
    expect(timeTicks(720)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720]);
    expect(timeTicks(60 * 40)).toEqual([0, 240, 480, 720, 960, 1200, 1440, 1680, 1920, 2160, 2400]);
    expect(timeTicks(30)).toEqual([0, 15, 30]);
  });

  it("formats durations", () => {
    expect(whoOf({ assignee: 3 })).toBe("admin 3");
    expect(whoOf({ waiting: true })).toBe("waiting");
  });
});
