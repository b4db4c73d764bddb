// What the run page shows and polls (GET /api/deployments/:id/runs/:runId): the steps of the branch
// taken, in execution order, with their state, who and when, and whether each can start now.
import { blockersOf, MAIN_PATH, pathOf, type RunRecord, type RunStepRecord, type SnapshotStep, type StepState } from "./run-snapshot";

export interface RunStepView {
  id: string;
  order: number;
  title: string;
  detail?: string;
  phase?: string;
  server?: string;
  command?: string;
  verify: boolean;
  verifyWith?: string;
  minutes: number;
  dependsOn: number[];
  workloads: string[];
  waiting: boolean;
  state: StepState;
  /** Orders of the steps this one still waits for (empty: it may start). */
  blockers: number[];
  startedBy: string | null;
  startedAt: string | null;
  doneBy: string | null;
  doneAt: string | null;
  skippedBy: string | null;
  skippedAt: string | null;
  skipReason: string | null;
  note: string;
  noteBy: string | null;
  noteAt: string | null;
}

export interface RunView {
  id: string;
  version: number;
  scenarioId: string;
  title: string;
  kind: string;
  exerciseType: string | null;
  startedBy: string;
  startedAt: string;
  finishedBy: string | null;
  finishedAt: string | null;
  pathId: string;
  pathChosenBy: string | null;
  pathChosenAt: string | null;
  paths: { id: string; title: string; when?: string; rtoHours: number }[];
  /** On the switch-over branch: the failback runbook a finished run offers to start as a linked run. */
  failback: { title: string; rtoHours: number } | null;
  linkedRunId: string | null;
  linkedFromRunId: string | null;
  steps: RunStepView[];
  counts: Record<StepState, number>;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Steps in execution order: planned start, then runbook order. */
export function inExecutionOrder<T extends { startMinute?: number; order: number }>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => (a.startMinute ?? 0) - (b.startMinute ?? 0) || a.order - b.order);
}

export function pathSteps(run: RunRecord): { step: SnapshotStep; record: RunStepRecord | undefined }[] {
  const path = pathOf(run.snapshot, run.pathId) ?? run.snapshot.paths[0];
  const records = new Map(run.steps.filter((s) => s.pathId === path?.id).map((s) => [s.order, s]));
  return inExecutionOrder(path?.steps ?? []).map((step) => ({ step, record: records.get(step.order) }));
}

export function runView(run: RunRecord): RunView {
  const rows = pathSteps(run);
  const states = new Map(rows.map(({ step, record }) => [step.order, record?.state ?? "pending"]));
  const counts: Record<StepState, number> = { pending: 0, started: 0, done: 0, skipped: 0 };
  const steps = rows.map(({ step, record }): RunStepView => {
    const state = record?.state ?? "pending";
    counts[state]++;
    return {
      id: record?.id ?? "",
      order: step.order,
      title: step.title,
      detail: step.detail,
      phase: step.phase,
      server: step.server,
      command: step.command,
      verify: step.verify === true,
      verifyWith: step.verifyWith,
      minutes: step.minutes,
      dependsOn: step.dependsOn,
      workloads: step.workloads,
      waiting: step.waiting === true,
      state,
      blockers: state === "pending" ? blockersOf(step, (o) => states.get(o) ?? "pending") : [],
      startedBy: record?.startedBy ?? null,
      startedAt: iso(record?.startedAt ?? null),
      doneBy: record?.doneBy ?? null,
      doneAt: iso(record?.doneAt ?? null),
      skippedBy: record?.skippedBy ?? null,
      skippedAt: iso(record?.skippedAt ?? null),
      skipReason: record?.skipReason ?? null,
      note: record?.note ?? "",
      noteBy: record?.noteBy ?? null,
      noteAt: iso(record?.noteAt ?? null),
    };
  });
  return {
    id: run.id,
    version: run.version,
    scenarioId: run.scenarioId,
    title: run.snapshot.title,
    kind: run.kind,
    exerciseType: run.exerciseType,
    startedBy: run.startedBy,
    startedAt: run.startedAt.toISOString(),
    finishedBy: run.finishedBy,
    finishedAt: iso(run.finishedAt),
    pathId: run.pathId,
    pathChosenBy: run.pathChosenBy,
    pathChosenAt: iso(run.pathChosenAt),
    paths: run.snapshot.paths.map((p) => ({ id: p.id, title: p.title, when: p.when, rtoHours: p.rtoHours })),
    failback:
      run.snapshot.failback && run.pathId === MAIN_PATH
        ? { title: run.snapshot.failback.title, rtoHours: run.snapshot.failback.rtoHours }
        : null,
    linkedRunId: run.linkedRunId ?? null,
    linkedFromRunId: run.linkedFromRunId ?? null,
    steps,
    counts,
  };
}

export const runKindLabel = (kind: string, exerciseType: string | null) =>
  kind === "exercise" ? `${exerciseType ?? ""} exercise`.trim() : "incident";
