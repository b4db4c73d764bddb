// Escalations of a live run: the contingency plan's thresholds applied to the steps' real times.
import { describe, expect, it } from "vitest";
import { runEscalations, type StepTiming } from "./run-escalations";
import { runEscalationLines, runEscalationsMarkdown } from "../print/run-escalations-markdown";

const step = (order: number, minutes: number, startedAt: string | null, settledAt: string | null = null): StepTiming => ({
  order,
  title: `Step ${order}`,
  minutes,
  state: settledAt ? "done" : startedAt ? "started" : "pending",
  startedAt,
  doneAt: settledAt,
  skippedAt: null,
});

describe("run escalations", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("escalates an open step past estimate x 1.5, at the time the threshold passed", () => {
    const steps = [
      step(1, 60, "2026-12-01T10:00:00Z"), // threshold 90 min: passed at 11:30, still open
      step(2, 60, "2026-12-01T11:00:00Z"), // threshold 90 min: not yet (12:30)
      step(3, 20, "2026-12-01T09:00:00Z", "2026-12-01T09:40:00Z"), // threshold 30 min: settled 10 min late
      step(4, 20, "2026-12-01T09:00:00Z", "2026-12-01T09:25:00Z"), // in time
      step(5, 20, null),
    ];
    expect(runEscalations(steps, null, now)).toEqual([
      { order: 3, title: "Step 3", afterMinutes: 30, at: "2026-12-01T09:30:00.000Z", open: false },
      { order: 1, title: "Step 1", afterMinutes: 90, at: "2026-12-01T11:30:00.000Z", open: true },
    ]);
  });

  it("caps the threshold at half the tightest target", () => {
    // 4 h target: at the latest after 2 h, although 1.5 x 240 min would be 6 h.
    expect(runEscalations([step(1, 240, "2026-12-01T09:30:00Z")], 4, now)).toEqual([
      { order: 1, title: "Step 1", afterMinutes: 120, at: "2026-12-01T11:30:00.000Z", open: true },
    ]);
    expect(runEscalations([step(1, 240, "2026-12-01T09:30:00Z")], null, now)).toEqual([]);
  });

  it("lists them in the report's Markdown with their time and whom to tell", () => {
    const md = runEscalationsMarkdown(runEscalations([step(1, 60, "2026-12-01T10:00:00Z")], null, now), ["Tom Becker (+1 425 555 0121)"]);
    expect(md).toBe(
      [
        "",
        "## Escalations",
        "",
        "| Step | Threshold | Escalated at | State |",
        "|---|---|---|---|",
        "| 1. Step 1 | 1 h 30 min after its start | 2026-12-01 11:30 UTC | still open |",
        "",
        "Told to, per the contingency plan: Tom Becker (+1 425 555 0121).",
        "",
      ].join("\n"),
    );
  });

  it("words them as lines for the report's PDF", () => {
    const escalations = runEscalations([step(3, 20, "2026-12-01T09:00:00Z", "2026-12-01T09:40:00Z")], null, now);
    expect(runEscalationLines(escalations, [])).toEqual([
      "Step 3, Step 3: escalated at 2026-12-01 09:30 UTC, 30 min after its start (settled later).",
      "Told to, per the contingency plan: nobody is named.",
    ]);
    expect(runEscalationLines([], [])).toEqual(["No step ran past its escalation threshold."]);
  });
});
