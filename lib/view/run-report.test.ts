import { describe, expect, it } from "vitest";
import type { RunRecord, RunStepRecord, SnapshotStep } from "./run-snapshot";
import { runReport } from "./run-report";
import { runView } from "./run-view";

const T0 = new Date("2026-11-29T02:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const snap = (
  order: number,
  dependsOn: number[],
  minutes: number,
  workloads: SnapshotStep["workloads"],
  startMinute: number,
): SnapshotStep => ({
  order,
  title: `Step ${order}`,
  minutes,
  dependsOn,
  workloads,
  startMinute,
  finishMinute: startMinute + minutes,
});
const rec = (order: number, r: Partial<RunStepRecord>): RunStepRecord => ({
  id: `s${order}`,
  pathId: "main",
  order,
  state: "pending",
  startedBy: null,
  startedAt: null,
  doneBy: null,
  doneAt: null,
  skippedBy: null,
  skippedAt: null,
  skipReason: null,
  note: "",
  noteBy: null,
  noteAt: null,
  ...r,
});

const A = "Ana <ana@example.com>";
const B = "Bo <bo@example.com>";

// Step 3 is planned to start before step 2 (execution order 1, 3, 2, 4).
const RUN: RunRecord = {
  id: "r1",
  deploymentId: "d1",
  scenarioId: "server:fe1",
  kind: "exercise",
  exerciseType: "simulation",
  startedBy: A,
  startedAt: T0,
  finishedBy: B,
  finishedAt: at(150),
  pathId: "main",
  pathChosenBy: null,
  pathChosenAt: null,
  version: 9,
  snapshot: {
    scenarioId: "server:fe1",
    title: "Front end fe1 lost",
    paths: [
      {
        id: "main",
        title: "Restore steps",
        rtoHours: 1.5,
        steps: [
          snap(1, [], 30, ["im-presence", "web-conferencing"], 0),
          snap(2, [1], 20, ["im-presence"], 40),
          snap(3, [1], 10, ["web-conferencing"], 30),
          snap(4, [2, 3], 15, ["web-conferencing"], 60),
        ],
        workloads: [
          { workload: "im-presence", rtoHours: 1, targetHours: 1 },
          { workload: "web-conferencing", rtoHours: 1.5, targetHours: 2 },
        ],
      },
    ],
  },
  steps: [
    rec(1, { state: "done", startedBy: A, startedAt: at(5), doneBy: A, doneAt: at(50) }),
    rec(2, { state: "done", startedBy: B, startedAt: at(50), doneBy: B, doneAt: at(62), note: "ran lcscmd twice", noteBy: B }),
    rec(3, { state: "skipped", skippedBy: B, skippedAt: at(55), skipReason: "no conferencing server in this pool" }),
    rec(4, { state: "done", startedBy: A, startedAt: at(70), doneBy: B, doneAt: at(135.5) }),
  ],
};

describe("run report", () => {
  const report = runReport(RUN);

  it("estimated against actual per step, in execution order", () => {
    expect(report.steps.map((s) => [s.order, s.estimatedMinutes, s.actualMinutes, s.deltaMinutes])).toEqual([
      [1, 30, 45, 15],
      [3, 10, null, null],
      [2, 20, 12, -8],
      [4, 15, 65.5, 50.5],
    ]);
  });

  it("each workload back when its last step was done or skipped, against its target", () => {
    expect(report.workloads).toEqual([
      { workload: "im-presence", targetHours: 1, estimatedHours: 1, actualHours: 1.03, meets: false, unconfirmed: [] },
      {
        workload: "web-conferencing",
        targetHours: 2,
        estimatedHours: 1.5,
        actualHours: 2.26,
        meets: false,
        unconfirmed: ["not confirmed (skipped: no conferencing server in this pool)"],
      },
    ]);
  });

  it("the run's length, who did what, notes and skipped steps", () => {
    expect(report.estimatedHours).toBe(1.5);
    expect(report.actualHours).toBe(2.5);
    expect(report.kind).toBe("simulation exercise");
    expect(report.people).toEqual([
      { name: A, started: 2, done: 1, skipped: 0 },
      { name: B, started: 1, done: 2, skipped: 1 },
    ]);
    expect(report.skipped.map((s) => [s.order, s.skippedBy, s.skipReason])).toEqual([[3, B, "no conferencing server in this pool"]]);
    expect(report.notes.map((s) => [s.order, s.note])).toEqual([[2, "ran lcscmd twice"]]);
  });

  it("a workload with an open step has no actual time yet", () => {
    const open = runReport({
      ...RUN,
      finishedAt: null,
      steps: RUN.steps.map((s) => (s.order === 4 ? rec(4, { state: "started", startedBy: A, startedAt: at(70) }) : s)),
    });
    expect(open.workloads.map((w) => [w.workload, w.actualHours, w.meets])).toEqual([
      ["im-presence", 1.03, false],
      // Still open, and already not met: its step 3 was skipped.
      ["web-conferencing", null, false],
    ]);
    expect(open.actualHours).toBe(1.03);
  });
});

describe("a skipped check in a run report", () => {
  // "Confirm Remote access" skipped with a reason, quickly: the workload is not back in this report.
  const check: RunRecord = {
    ...RUN,
    kind: "incident",
    exerciseType: null,
    snapshot: {
      ...RUN.snapshot,
      paths: [
        {
          id: "main",
          title: "Restore steps",
          rtoHours: 1,
          steps: [
            { ...snap(1, [], 30, ["im-presence", "remote-access"], 0), title: "Restore the Edge Server" },
            { ...snap(2, [1], 5, ["remote-access"], 30), title: "Confirm Remote access" },
          ],
          workloads: [
            { workload: "im-presence", rtoHours: 0.5, targetHours: 4 },
            { workload: "remote-access", rtoHours: 0.58, targetHours: 8 },
          ],
        },
      ],
    },
    steps: [
      rec(1, { state: "done", startedBy: A, startedAt: at(0), doneBy: A, doneAt: at(1) }),
      rec(2, { state: "skipped", skippedBy: A, skippedAt: at(2.4), skipReason: "no external tester available" }),
    ],
  };

  it("says the workload is not confirmed, naming the reason, and does not count it as meeting its target", () => {
    const r = runReport(check);
    expect(r.workloads).toEqual([
      { workload: "im-presence", targetHours: 4, estimatedHours: 0.5, actualHours: 0.02, meets: true, unconfirmed: [] },
      {
        workload: "remote-access",
        targetHours: 8,
        estimatedHours: 0.58,
        actualHours: 0.04,
        meets: false,
        unconfirmed: ["not confirmed (skipped: no external tester available)"],
      },
    ]);
  });

  it("an incident's steps were performed; a simulation clicked through in minutes was not, and says so", () => {
    expect(runReport(check).performance).toEqual({ performed: true, reason: "An incident: its steps were performed." });
    expect(runReport(RUN).performance.performed).toBe(true);
    const clicked = runReport({
      ...RUN,
      steps: [1, 2, 3, 4].map((o) => rec(o, { state: "done", startedBy: A, startedAt: at(o * 0.2), doneBy: A, doneAt: at(o * 0.2 + 0.1) })),
    });
    expect(clicked.performance).toEqual({
      performed: false,
      reason:
        "A simulation exercise with 0 of 4 completed steps timed plausibly: its steps were not performed. It is not a restore test (B6), not an exercise (B7: the runbook's exercise stays due) and calibrates nothing.",
    });
  });
});

describe("run view", () => {
  it("lists steps in execution order and says which wait for what", () => {
    const view = runView({ ...RUN, steps: [rec(1, { state: "started", startedAt: at(1), startedBy: A })] });
    expect(view.steps.map((s) => [s.order, s.state, s.blockers])).toEqual([
      [1, "started", []],
      [3, "pending", [1]],
      [2, "pending", [1]],
      [4, "pending", [2, 3]],
    ]);
    expect(view.counts).toEqual({ pending: 3, started: 1, done: 0, skipped: 0 });
  });
});
