// B-practice "back up in low-usage hours": the window is [start, end) and may wrap past midnight.
// Boundaries pinned with literal hours, not the product's formula.
import { describe, expect, it } from "vitest";
import { inLowUsageWindow } from "./best-practices";

const hoursIn = (lowUsageStartHour: number, lowUsageEndHour: number) =>
  [...Array(24).keys()].filter((h) => inLowUsageWindow(h, { lowUsageStartHour, lowUsageEndHour }));

describe("the low-usage window", () => {
  it("includes its start hour and excludes its end hour: 01:00-05:00 is 1, 2, 3 and 4", () => {
    expect(hoursIn(1, 5)).toEqual([1, 2, 3, 4]);
  });

  it("wraps past midnight: 22:00-02:00 is 22, 23, 0 and 1", () => {
    expect(hoursIn(22, 2)).toEqual([0, 1, 22, 23]);
  });

  it("is empty when it starts and ends at the same hour", () => {
    expect(hoursIn(3, 3)).toEqual([]);
  });
});
