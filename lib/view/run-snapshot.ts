// A restore run's frozen copy of the runbook it follows, and the state rules of its steps (issue 16).
// Pure: the commands (lib/commands/runs.ts) enforce these rules inside their transaction, the run page
// uses them to offer only the buttons that will work.
import type { Workload } from "../formats/enums";
import type { RunbookStep, Scenario, ScenarioWorkload } from "../formats/plan";

export const RUN_KINDS = ["incident", "exercise"] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export const EXERCISE_TYPES = ["walkthrough", "tabletop", "simulation", "full"] as const;
export type ExerciseType = (typeof EXERCISE_TYPES)[number];
export const STEP_STATES = ["pending", "started", "done", "skipped"] as const;
export type StepState = (typeof STEP_STATES)[number];

export const MAIN_PATH = "main";

export interface SnapshotStep {
  order: number;
  title: string;
  detail?: string;
  phase?: string;
  server?: string;
  command?: string;
  /** The command or step is inferred or unverified in the sources: check it first. */
  verify?: boolean;
  verifyWith?: string;
  minutes: number;
  dependsOn: number[];
  workloads: Workload[];
  /** Planned start and finish, minutes from the loss. */
  startMinute: number;
  finishMinute: number;
  waiting?: boolean;
  /** The estimation assumption the minutes come from (absent in runs started before it was recorded). */
  assumption?: string;
}

export interface SnapshotWorkload {
  workload: Workload;
  rtoHours: number;
  targetHours: number | null;
}

export interface SnapshotPath {
  id: string;
  title: string;
  /** When to take this path (alternatives only). */
  when?: string;
  rtoHours: number;
  steps: SnapshotStep[];
  workloads: SnapshotWorkload[];
}

export interface RunSnapshot {
  scenarioId: string;
  title: string;
  paths: SnapshotPath[];
  /** The assumption values the estimates used when the run started (calibration compares against these). */
  assumptions?: Record<string, number>;
  /** After a switch-over to a standby pool (the main path): the runbook that brings the users home, started as a linked run. */
  failback?: SnapshotPath;
}

const stepOf = (s: RunbookStep): SnapshotStep => ({
  order: s.order,
  title: s.title,
  detail: s.detail,
  phase: s.phase,
  server: s.server,
  command: s.command,
  verify: s.verify || undefined,
  verifyWith: s.verifyWith,
  minutes: s.minutes,
  dependsOn: [...s.dependsOn],
  workloads: [...(s.workloads ?? [])],
  startMinute: s.startMinute ?? 0,
  finishMinute: s.finishMinute ?? s.minutes,
  waiting: s.waiting || undefined,
  assumption: s.assumption,
});

const workloadOf = (w: ScenarioWorkload): SnapshotWorkload => ({ workload: w.workload, rtoHours: w.rtoHours, targetHours: w.targetHours });

/** The runbook of a scenario as a run keeps it: every path (the main one first) with its steps. */
export function snapshotOf(scenario: Scenario, title: string, assumptions?: Record<string, number>): RunSnapshot {
  return {
    scenarioId: scenario.id,
    title,
    assumptions,
    paths: [
      {
        id: MAIN_PATH,
        title: scenario.path ?? "Restore steps",
        rtoHours: scenario.rtoHours,
        steps: scenario.steps.map(stepOf),
        workloads: scenario.workloads.map(workloadOf),
      },
      ...(scenario.alternatives ?? []).map((a) => ({
        id: a.id,
        title: a.title,
        when: a.when,
        rtoHours: a.rtoHours,
        steps: a.steps.map(stepOf),
        workloads: a.workloads.map(workloadOf),
      })),
    ],
    ...(scenario.failback
      ? {
          failback: {
            id: scenario.failback.id,
            title: scenario.failback.title,
            when: scenario.failback.when,
            rtoHours: scenario.failback.rtoHours,
            steps: scenario.failback.steps.map(stepOf),
            workloads: scenario.failback.workloads.map(workloadOf),
          },
        }
      : {}),
  };
}

/** The scenario id a failback run of `scenarioId` is recorded under (not a runbook of the plan). */
export const failbackScenarioId = (scenarioId: string) => `failback:${scenarioId}`;

/** The failback run's own snapshot: the failback runbook as its one path. */
export function failbackSnapshotOf(parent: RunSnapshot): RunSnapshot | null {
  if (!parent.failback) return null;
  return {
    scenarioId: failbackScenarioId(parent.scenarioId),
    title: parent.failback.title,
    paths: [{ ...parent.failback, id: MAIN_PATH }],
    assumptions: parent.assumptions,
  };
}

/**
 * Where a runbook switches the users to a standby pool, the other branch: the same loss rebuilt in
 * place, taken from a plan of the deployment without its standby site (the caller plans it).
 */
export const REBUILD_IN_PLACE = "rebuild-in-place";
export function withRebuildInPlace(scenario: Scenario, withoutStandby: Scenario | undefined): Scenario {
  if (
    !scenario.failback ||
    !withoutStandby ||
    withoutStandby.failback ||
    (scenario.alternatives ?? []).some((a) => a.id === REBUILD_IN_PLACE)
  )
    return scenario;
  const branch = {
    id: REBUILD_IN_PLACE,
    title: "Rebuild in place, without moving the users to the standby pool",
    when: "The standby pool cannot take the users (its capacity, or trouble of its own), or the rebuild will be short enough to wait for.",
    steps: withoutStandby.steps,
    rtoHours: withoutStandby.rtoHours,
    workloads: withoutStandby.workloads,
  };
  return { ...scenario, alternatives: [...(scenario.alternatives ?? []), branch] };
}

/** Reads a stored snapshot; null when it is not one (a damaged row must not crash a page). */
export function parseSnapshot(json: string): RunSnapshot | null {
  try {
    const v = JSON.parse(json) as RunSnapshot;
    if (!v || typeof v !== "object" || typeof v.scenarioId !== "string" || !Array.isArray(v.paths)) return null;
    return v;
  } catch {
    return null;
  }
}

export const pathOf = (snapshot: RunSnapshot, pathId: string): SnapshotPath | undefined => snapshot.paths.find((p) => p.id === pathId);

/** A step may start when it is pending and every step it depends on is done or skipped. */
export function blockersOf(step: SnapshotStep, stateOf: (order: number) => StepState): number[] {
  return step.dependsOn.filter((d) => {
    const s = stateOf(d);
    return s !== "done" && s !== "skipped";
  });
}

export const isSettled = (s: StepState) => s === "done" || s === "skipped";

/** A stored run as loaded (lib/db/run-store.ts). */
export interface RunStepRecord {
  id: string;
  pathId: string;
  order: number;
  state: StepState;
  startedBy: string | null;
  startedAt: Date | null;
  doneBy: string | null;
  doneAt: Date | null;
  skippedBy: string | null;
  skippedAt: Date | null;
  skipReason: string | null;
  note: string;
  noteBy: string | null;
  noteAt: Date | null;
}

export interface RunRecord {
  id: string;
  deploymentId: string;
  scenarioId: string;
  kind: string;
  exerciseType: string | null;
  startedBy: string;
  startedAt: Date;
  finishedBy: string | null;
  finishedAt: Date | null;
  pathId: string;
  pathChosenBy: string | null;
  pathChosenAt: Date | null;
  version: number;
  snapshot: RunSnapshot;
  steps: RunStepRecord[];
  /** The run this one continues (a failback run), and the failback run started from this one. */
  linkedFromRunId?: string | null;
  linkedRunId?: string | null;
}
