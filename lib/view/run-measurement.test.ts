import { describe, expect, it } from "vitest";
import { floorMinutes, plausibility, runPerformance, type TimedStep } from "./run-measurement";

const T0 = Date.parse("2026-12-01T10:00:00Z");
const step = (estimateMinutes: number, start: number | null, done: number | null): TimedStep => ({
  estimateMinutes,
  startedAt: start === null ? null : new Date(T0 + start * 60_000),
  doneAt: done === null ? null : new Date(T0 + done * 60_000),
});

describe("the plausibility floor", () => {
  it("is 10% of the estimate, never under 3 minutes, half the estimate for short steps", () => {
    expect(floorMinutes(600)).toBe(60);
    expect(floorMinutes(20)).toBe(3);
    expect(floorMinutes(4)).toBe(2);
  });

  it("a step under its floor, an untimed step and a burst of completions are not measurements", () => {
    expect(
      plausibility([
        step(60, 0, 45), // plausible
        step(60, 50, 51), // 1 min against a 6 min floor
        step(10, null, 70), // untimed
      ]),
    ).toEqual([null, { kind: "too-short", minutes: 1, floor: 6 }, { kind: "untimed" }]);
    // Three steps each long enough, but all marked done within one minute.
    expect(plausibility([step(30, 0, 100), step(30, 10, 100.5), step(30, 20, 100.9)]).map((p) => p?.kind)).toEqual([
      "burst",
      "burst",
      "burst",
    ]);
  });
});

describe("what a run counts for, by kind", () => {
  const clickedThrough = [step(60, 0, 0.1), step(90, 0.2, 0.3), step(30, 0.4, 0.5)];
  const real = [step(60, 0, 50), step(90, 50, 160), step(30, 160, 185)];
  it("incidents and full exercises were performed; tabletops never; walkthroughs and simulations only with plausible times", () => {
    expect(runPerformance("incident", null, clickedThrough).performed).toBe(true);
    expect(runPerformance("exercise", "full", clickedThrough).performed).toBe(true);
    expect(runPerformance("exercise", "tabletop", real).performed).toBe(false);
    expect(runPerformance("exercise", "simulation", clickedThrough).performed).toBe(false);
    expect(runPerformance("exercise", "walkthrough", clickedThrough).performed).toBe(false);
    expect(runPerformance("exercise", "simulation", real).performed).toBe(true);
    expect(runPerformance("exercise", "simulation", []).performed).toBe(false);
  });
});
