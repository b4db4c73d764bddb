import { describe, expect, it } from "vitest";
import type { RunReport } from "../view/run-report";
import { runReportToMarkdown } from "./run-report-markdown";

const step = { startedAt: null, doneAt: null, noteBy: null, skippedBy: null, skippedAt: null, skipReason: null, note: "" };
const REPORT: RunReport = {
  title: "Front end fe1 lost",
  kind: "tabletop exercise",
  performance: { performed: false, reason: "A tabletop exercise: its steps were talked through, not performed." },
  startedBy: "Ana <ana@example.com>",
  startedAt: new Date("2026-11-29T02:00:00Z"),
  finishedAt: null,
  path: "Restore steps",
  estimatedHours: 1.5,
  actualHours: 1.03,
  steps: [
    {
      ...step,
      order: 1,
      title: "Restore | settings",
      state: "done",
      estimatedMinutes: 30,
      actualMinutes: 45,
      deltaMinutes: 15,
      startedBy: "Ana <ana@example.com>",
      startedAt: new Date("2026-11-29T02:05:00Z"),
      doneBy: "Bo <bo@example.com>",
      doneAt: new Date("2026-11-29T02:50:30Z"),
      note: "tape *3* | bad",
      noteBy: "Bo <bo@example.com>",
    },
    {
      ...step,
      order: 2,
      title: "Check",
      state: "skipped",
      estimatedMinutes: 10,
      actualMinutes: null,
      deltaMinutes: null,
      startedBy: null,
      doneBy: null,
      skippedBy: "Bo <bo@example.com>",
      skippedAt: new Date("2026-11-29T03:01:00Z"),
      skipReason: "# not needed",
    },
  ],
  workloads: [
    { workload: "im-presence", targetHours: 1, estimatedHours: 1, actualHours: 1.03, meets: false, unconfirmed: [] },
    {
      workload: "remote-access",
      targetHours: 8,
      estimatedHours: 1,
      actualHours: 1.05,
      meets: false,
      unconfirmed: ["not confirmed (skipped: # not needed)"],
    },
  ],
  skipped: [],
  notes: [],
  people: [{ name: "Ana <ana@example.com>", started: 1, done: 0, skipped: 0 }],
};
REPORT.skipped = [REPORT.steps[1]];
REPORT.notes = [REPORT.steps[0]];

describe("run report Markdown", () => {
  const md = runReportToMarkdown(REPORT, "Litware");
  it("tabulates steps and workloads with their numbers", () => {
    expect(md).toContain(
      "| 1 | Restore \\| settings | done | 30 min | 45 min | +15 min | Ana, 2026-11-29 02:05 UTC | Bo, 2026-11-29 02:50 UTC |",
    );
    expect(md).toContain("| 2 | Check | skipped | 10 min | — | — | — | — |");
    expect(md).toContain("| IM and presence | 1 h | 1 h | 1.03 h | no |");
    expect(md).toContain("- Started: 2026-11-29 02:00 UTC by Ana");
    expect(md).toContain("- All times in UTC.");
  });
  it("says at the top that the steps were not performed, and a skipped check is not confirmed", () => {
    expect(md).toContain("- NOT PERFORMED: A tabletop exercise: its steps were talked through, not performed.");
    expect(md).toContain("| Remote access and federation | 8 h | 1 h | 1.05 h | not confirmed (skipped: \\# not needed) |");
  });
  it("escapes user text so it cannot change the document's structure", () => {
    expect(md).toContain("- Step 2, Check: skipped by Bo, 2026-11-29 03:01 UTC. Reason: \\# not needed");
    expect(md).toContain("- Step 1 (Bo): tape \\*3\\* \\| bad");
  });
});
