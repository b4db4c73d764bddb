// Building a runbook: steps are added in reading order (table 17-9 order across servers), each naming
// the earlier steps it needs, then scheduled and turned into the plan's steps and workload RTOs.
// The builder creates each plan step once and keeps what the scheduler needs in parallel arrays;
// steps share their `workloads` and `rules` arrays, so treat a plan as read-only.
import type { WorkloadPriority } from "../formats/deployment";
import type { Workload } from "../formats/enums";
import type { RunbookStep, ScenarioWorkload } from "../formats/plan";
import { hoursOf, scheduleGraph, type StepGraph } from "./schedule";
import { rankOf } from "./topology";

export interface NewStep {
  title: string;
  detail?: string;
  phase: string;
  server?: string;
  command?: string;
  /** The command or step is inferred or unverified in the sources. */
  verify?: boolean;
  minutes: number;
  /** See SchedulableStep.sequenceMinutes. */
  sequenceMinutes?: number;
  /** Indices of earlier steps this one needs. */
  deps: number[];
  workloads: readonly Workload[];
  rules: readonly string[];
  waiting?: boolean;
  /** Lane 0 (the default) coordinates; see laneOf. */
  lane?: number;
}

export class RunbookBuilder implements StepGraph {
  readonly steps: RunbookStep[] = [];
  readonly minutes: number[] = [];
  readonly sequenceMinutes: number[] = [];
  readonly dependsOn: number[][] = [];
  readonly waiting: boolean[] = [];
  readonly lane: number[] = [];
  readonly rank: number[] = [];
  /** Lanes of checks that wait for several servers (see schedule.ts). */
  readonly joinLanes = new Set<number>();
  private lanes = new Map<string, number>();
  private rankCache = new Map<readonly Workload[], number>();

  constructor(private readonly priority: Map<Workload, WorkloadPriority>) {}

  /** The lane of a server (or any named unit of work): one admin carries a lane end to end. */
  laneOf(key: string, join = false): number {
    let lane = this.lanes.get(key);
    if (lane === undefined) {
      lane = this.lanes.size + 1;
      this.lanes.set(key, lane);
      if (join) this.joinLanes.add(lane);
    }
    return lane;
  }

  /** Adds a step after the steps it depends on; returns its index (its order minus one). */
  add(s: NewStep): number {
    const index = this.steps.length;
    for (const d of s.deps) if (!(d >= 0 && d < index)) throw new Error(`step "${s.title}" depends on a step that is not before it`);
    const dependsOn = s.deps.length === 1 ? singleDependency(s.deps[0] + 1) : s.deps.map((d) => d + 1);
    // Every key is always present (undefined ones vanish in JSON) so all steps share one shape.
    this.steps.push({
      order: index + 1,
      title: s.title,
      detail: s.detail,
      phase: s.phase,
      server: s.server,
      command: s.command,
      verify: s.verify || undefined,
      minutes: s.minutes,
      dependsOn,
      workloads: s.workloads as Workload[],
      startMinute: 0,
      finishMinute: 0,
      assignee: undefined,
      critical: false,
      waiting: s.waiting || undefined,
      rules: s.rules as string[],
    });
    this.minutes.push(s.minutes);
    this.sequenceMinutes.push(s.sequenceMinutes ?? s.minutes);
    this.dependsOn.push(dependsOn);
    this.waiting.push(s.waiting === true);
    this.lane.push(s.lane ?? 0);
    this.rank.push(this.rankOfWorkloads(s.workloads));
    return index;
  }

  workloadsOf(index: number): readonly Workload[] {
    return this.steps[index].workloads ?? [];
  }

  private rankOfWorkloads(workloads: readonly Workload[]): number {
    let rank = this.rankCache.get(workloads);
    if (rank === undefined) {
      rank = Infinity;
      for (const w of workloads) rank = Math.min(rank, rankOf(this.priority, w));
      this.rankCache.set(workloads, rank);
    }
    return rank;
  }
}

// Most steps depend on exactly one step; large plans share those one-element arrays (read-only).
const SINGLE: number[][] = [];
function singleDependency(order: number): number[] {
  return (SINGLE[order] ??= Object.freeze([order]) as number[]);
}

/** Defined-only dependency list (optional hooks may be absent). */
export const deps = (...xs: (number | undefined)[]): number[] => xs.filter((x): x is number => x !== undefined);

export interface FinishedRunbook {
  steps: RunbookStep[];
  rtoHours: number;
  workloads: ScenarioWorkload[];
}

/**
 * Schedule the steps onto the admins and report, per affected workload, when its last step finishes.
 * `impact` marks workloads that surviving peers keep serving meanwhile (they count as meeting target).
 */
export function finishRunbook(
  rb: RunbookBuilder,
  admins: number,
  affected: readonly Workload[],
  priority: Map<Workload, WorkloadPriority>,
  impact?: (w: Workload) => ScenarioWorkload["impact"],
): FinishedRunbook {
  const schedule = scheduleGraph(rb, admins, rb.joinLanes);
  // Steps share their workloads arrays: track the latest finish per array, then per workload.
  const latestByList = new Map<readonly Workload[], number>();
  const steps = rb.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const finish = schedule.finish[i];
    step.startMinute = schedule.start[i];
    step.finishMinute = finish;
    step.critical = schedule.critical[i] === 1;
    if (!rb.waiting[i]) step.assignee = schedule.assignee[i];
    const list = step.workloads!;
    if (finish > (latestByList.get(list) ?? -1)) latestByList.set(list, finish);
  }
  const workloadFinish = new Map<Workload, number>();
  for (const [list, finish] of latestByList) for (const w of list) if (finish > (workloadFinish.get(w) ?? -1)) workloadFinish.set(w, finish);
  const workloads = affected.map((w): ScenarioWorkload => {
    const rtoHours = hoursOf(workloadFinish.get(w) ?? schedule.makespan);
    const targetHours = priority.get(w)?.rtoHours ?? null;
    const kind = impact?.(w) ?? "outage";
    const meets = targetHours === null ? null : kind === "reduced-capacity" ? true : rtoHours <= targetHours;
    return { workload: w, rtoHours, targetHours, meets, impact: kind };
  });
  return { steps, rtoHours: hoursOf(schedule.makespan), workloads };
}
