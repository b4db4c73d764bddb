// The evidence history as chart rows: the verdict as levels, counts per verdict, and per item its
// data loss against its target.
import { describe, expect, it } from "vitest";
import type { EvidenceHistory } from "../engine/evidence-history";
import { evidenceCharts, VERDICT_LEVEL_LABELS } from "./evidence";

const history: EvidenceHistory = {
  from: "2026-09-01T00:00:00Z",
  to: "2026-11-30T00:00:00Z",
  items: [
    {
      key: "database|sql01|rtc",
      kind: "database",
      server: "sql01.litware.com",
      item: "RTC",
      subject: "RTC on sql01.litware.com",
      targetHours: 24,
      plannedRpoHours: 24.3,
    },
    {
      key: "share||meeting-content",
      kind: "share",
      server: null,
      item: "meeting-content",
      subject: "meeting-content share",
      targetHours: null,
      plannedRpoHours: 24,
    },
  ],
  points: [
    {
      at: "2026-09-01T00:00:00Z",
      atMs: Date.parse("2026-09-01T00:00:00Z"),
      source: "start",
      verdict: "protected",
      score: 90,
      worstActualRpoHours: 24.3,
      itemsNotWithinTarget: 1,
      actualRpoHours: [24.3, 24],
    },
    {
      at: "2026-10-01T06:00:00Z",
      atMs: Date.parse("2026-10-01T06:00:00Z"),
      source: "upload",
      verdict: "not-protected",
      score: 70,
      worstActualRpoHours: 96.3,
      itemsNotWithinTarget: 2,
      actualRpoHours: [96.3, null],
    },
    {
      at: "2026-11-30T00:00:00Z",
      atMs: Date.parse("2026-11-30T00:00:00Z"),
      source: "now",
      verdict: "at-risk",
      score: 80,
      worstActualRpoHours: 24.3,
      itemsNotWithinTarget: 1,
      actualRpoHours: [24.3, 24],
    },
  ],
};

describe("evidence charts", () => {
  const charts = evidenceCharts(history);
  it("plots the verdict as a level (higher is better) with its score and the worst data loss", () => {
    expect(charts.deployment.map((r) => [r.source, r.level, VERDICT_LEVEL_LABELS[r.level], r.score, r.worst])).toEqual([
      ["start", 2, "Protected", 90, 24.3],
      ["upload", 0, "Not protected", 70, 96.3],
      ["now", 1, "At risk", 80, 24.3],
    ]);
    expect(charts.counts).toEqual({ protected: 1, "at-risk": 1, "not-protected": 1 });
    expect([charts.from, charts.to]).toEqual([Date.parse(history.from), Date.parse(history.to)]);
  });

  it("gives each item its data loss over time, its worst, and whether it ever passed its target", () => {
    expect(charts.items.map((i) => [i.label, i.worst, i.missedTarget, i.rows.map((r) => r.hours)])).toEqual([
      ["RTC on sql01.litware.com", 96.3, true, [24.3, 96.3, 24.3]],
      // Without a target nothing is missed; without a good backup at a point, no value there.
      ["meeting-content share", 24, false, [24, null, 24]],
    ]);
  });
});
