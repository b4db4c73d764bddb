import { describe, expect, it } from "vitest";
import type { RpoEntry } from "../formats/plan";
import { rpoSummaryOf } from "./rpo-summary";

const entry = (data: string, subject: string, hours: number, targetHours: number | null): RpoEntry => ({
  data,
  subject,
  hours,
  targetHours,
  meets: targetHours === null ? null : hours <= targetHours,
});

describe("rpoSummaryOf", () => {
  const rpo = [
    entry("RTC", "be1", 25, 24),
    entry("RTC", "be2", 13, 24),
    entry("RTC", "be3", 50, 24),
    entry("LcsCDR", "mon1", 30, null),
    entry("Archiving", "arc1", 26, 4),
  ];

  it("groups by data with counts, the worst, the tightest target and the misses; groups that miss first", () => {
    expect(rpoSummaryOf(rpo).groups).toEqual([
      { data: "RTC", items: 3, worstHours: 50, targetHours: 24, misses: 2 },
      { data: "Archiving", items: 1, worstHours: 26, targetHours: 4, misses: 1 },
      { data: "LcsCDR", items: 1, worstHours: 30, targetHours: null, misses: 0 },
    ]);
  });

  it("lists the misses by how many times their target they could lose, and counts the rest", () => {
    const s = rpoSummaryOf(rpo, 2);
    expect(s.misses.map((m) => `${m.data}@${m.subject}`)).toEqual(["Archiving@arc1", "RTC@be3"]);
    expect(s.moreMisses).toBe(1);
  });
});
