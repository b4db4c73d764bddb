// The report of a restore run (issue 16): estimated against actual per step and per workload, who did
// what, notes and skipped steps with their reasons. Times are measured from the moment the run was
// started in the app (the loss itself may be earlier; the report says so).
import type { Workload } from "../formats/enums";
import { pathOf, type RunRecord, type RunStepRecord, type StepState } from "./run-snapshot";
import { pathSteps, runKindLabel } from "./run-view";
import { runPerformance, type RunPerformance } from "./run-measurement";

/** A step's record as stored (who and when), with its estimate and what it really took. */
export interface StepReport extends Pick<
  RunStepRecord,
  "startedBy" | "startedAt" | "doneBy" | "doneAt" | "skippedBy" | "skippedAt" | "skipReason" | "note" | "noteBy"
> {
  order: number;
  title: string;
  state: StepState;
  estimatedMinutes: number;
  /** From start to done, whole minutes rounded to one decimal; null when not both recorded. */
  actualMinutes: number | null;
  /** actual − estimated; null when there is no actual. */
  deltaMinutes: number | null;
}

export interface WorkloadReport {
  workload: Workload;
  targetHours: number | null;
  estimatedHours: number;
  /** Hours from the run's start until the last step carrying the workload was done or skipped; null while one is open. */
  actualHours: number | null;
  /** Actual within target; false when a step carrying it was skipped (not confirmed); null when either is unknown. */
  meets: boolean | null;
  /** "not confirmed (skipped: <reason>)" for each skipped step carrying the workload. */
  unconfirmed: string[];
}

export interface RunReport {
  title: string;
  kind: string;
  /** Whether the run's steps were performed (run-measurement.ts), said at the top of the report. */
  performance: RunPerformance;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  path: string;
  estimatedHours: number;
  /** From the start until the run was finished (or its last recorded step); null when nothing was recorded. */
  actualHours: number | null;
  steps: StepReport[];
  workloads: WorkloadReport[];
  skipped: StepReport[];
  notes: StepReport[];
  /** Everyone who started, completed or skipped a step, with their counts. */
  people: { name: string; started: number; done: number; skipped: number }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

export const skippedText = (s: Pick<StepReport, "skipReason">) => `not confirmed (skipped: ${s.skipReason ?? "no reason given"})`;

export function runReport(run: RunRecord): RunReport {
  const path = pathOf(run.snapshot, run.pathId) ?? run.snapshot.paths[0];
  const rows = pathSteps(run);
  const steps = rows.map(({ step, record }): StepReport => {
    const actual = record?.startedAt && record.doneAt ? round1(minutesBetween(record.startedAt, record.doneAt)) : null;
    return {
      order: step.order,
      title: step.title,
      state: record?.state ?? "pending",
      estimatedMinutes: step.minutes,
      actualMinutes: actual,
      deltaMinutes: actual === null ? null : round1(actual - step.minutes),
      startedBy: record?.startedBy ?? null,
      startedAt: record?.startedAt ?? null,
      doneBy: record?.doneBy ?? null,
      doneAt: record?.doneAt ?? null,
      skippedBy: record?.skippedBy ?? null,
      skippedAt: record?.skippedAt ?? null,
      skipReason: record?.skipReason ?? null,
      note: record?.note ?? "",
      noteBy: record?.noteBy ?? null,
    };
  });
  const settledAt = (s: StepReport) => s.doneAt ?? (s.state === "skipped" ? s.skippedAt : null);
  const workloads = (path?.workloads ?? []).map((w): WorkloadReport => {
    const carrying = steps.filter((s) => rows.find((r) => r.step.order === s.order)?.step.workloads.includes(w.workload));
    const times = carrying.map(settledAt);
    const open = carrying.length === 0 || times.some((t) => t === null);
    const last = open ? null : Math.max(...times.map((t) => t!.getTime()));
    const actualHours = last === null ? null : round2(minutesBetween(run.startedAt, new Date(last)) / 60);
    // A skipped step is not a confirmation that the workload is back: it cannot meet its target in this report.
    const unconfirmed = carrying.filter((s) => s.state === "skipped").map(skippedText);
    return {
      workload: w.workload,
      targetHours: w.targetHours,
      estimatedHours: w.rtoHours,
      actualHours,
      meets: unconfirmed.length > 0 ? false : actualHours === null || w.targetHours === null ? null : actualHours <= w.targetHours,
      unconfirmed,
    };
  });
  const recorded = steps
    .flatMap((s) => [s.doneAt, settledAt(s)])
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  const end = run.finishedAt?.getTime() ?? (recorded.length ? Math.max(...recorded) : null);
  const people = new Map<string, { name: string; started: number; done: number; skipped: number }>();
  const person = (name: string) => people.get(name) ?? people.set(name, { name, started: 0, done: 0, skipped: 0 }).get(name)!;
  for (const s of steps) {
    if (s.startedBy) person(s.startedBy).started++;
    if (s.doneBy) person(s.doneBy).done++;
    if (s.skippedBy) person(s.skippedBy).skipped++;
  }
  return {
    title: run.snapshot.title,
    kind: runKindLabel(run.kind, run.exerciseType),
    performance: runPerformance(
      run.kind,
      run.exerciseType,
      steps.map((s) => ({ estimateMinutes: s.estimatedMinutes, startedAt: s.startedAt, doneAt: s.doneAt })),
    ),
    startedBy: run.startedBy,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    path: path?.title ?? "",
    estimatedHours: path?.rtoHours ?? 0,
    actualHours: end === null ? null : round2(minutesBetween(run.startedAt, new Date(end)) / 60),
    steps,
    workloads,
    skipped: steps.filter((s) => s.state === "skipped"),
    notes: steps.filter((s) => s.note !== ""),
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
