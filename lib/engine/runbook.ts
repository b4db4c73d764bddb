// Building a runbook: steps are added in reading order (table 17-9 order across servers), each naming
// the earlier steps it needs, then scheduled and turned into the plan's steps and workload RTOs.
// The builder creates each plan step once and keeps what the scheduler needs in parallel arrays;
// steps share their `workloads` and `rules` arrays, so treat a plan as read-only.
import type { WorkloadPriority } from "../formats/deployment";
import { WORKLOADS, type Workload } from "../formats/enums";
import type { RunbookStep, ScenarioWorkload } from "../formats/plan";
import type { AssumptionKey } from "./assumptions";
import { helpFor } from "./commands";
import { checkedDataBit, workloadsCheckingData, type CheckedData } from "./rules/user-checks";
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
  /** The assumption these minutes come from (calibrated by recorded runs); absent for fixed or mixed times. */
  assumption?: AssumptionKey;
  /** Indices of earlier steps this one needs. */
  deps: number[];
  workloads: readonly Workload[];
  /**
   * Sequence the step as if it served these workloads, without counting it in their recovery time
   * (data brought back after the service, e.g. contact lists after a switch-over).
   */
  sequenceAs?: readonly Workload[];
  rules: readonly string[];
  /** Data the user checks look at that this step brings back (a user check runs after it). */
  provides?: readonly CheckedData[];
  waiting?: boolean;
  /** Lane 0 (the default) coordinates; see laneOf. */
  lane?: number;
}

export class RunbookBuilder implements StepGraph {
  readonly steps: RunbookStep[] = [];
  readonly minutes: number[] = [];
  readonly dependsOn: number[][] = [];
  readonly waiting: boolean[] = [];
  readonly lane: number[] = [];
  readonly rank: number[] = [];
  /** Bit WORKLOADS.indexOf(w) set for each workload the step serves. */
  readonly workloadMask: number[] = [];
  /** Bit checkedDataBit(d) set for each piece of checked data the step brings back. */
  readonly providesMask: number[] = [];
  /**
   * Workloads a standby or a workaround already serves again (fast path): steps added from now on do
   * not count for them, and come after the work that still brings a workload back.
   */
  servedElsewhere?: ReadonlySet<Workload>;
  private lanes = new Map<string, number>();
  private rankCache = new Map<readonly Workload[], number>();
  private maskCache = new Map<readonly Workload[], number>();

  constructor(private readonly priority: Map<Workload, WorkloadPriority>) {}

  /** The lane of a server (or any named unit of work): its next step goes to the same admin when that costs nothing. */
  laneOf(key: string): number {
    let lane = this.lanes.get(key);
    if (lane === undefined) {
      lane = this.lanes.size + 1;
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** Adds a step after the steps it depends on; returns its index (its order minus one). */
  add(s: NewStep): number {
    const elsewhere = this.servedElsewhere;
    const workloads = elsewhere && s.workloads.some((w) => elsewhere.has(w)) ? s.workloads.filter((w) => !elsewhere.has(w)) : s.workloads;
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
      verifyWith: s.verify && s.command ? helpFor(s.command) : undefined,
      minutes: s.minutes,
      dependsOn,
      workloads: workloads as Workload[],
      startMinute: 0,
      finishMinute: 0,
      assignee: undefined,
      critical: false,
      waiting: s.waiting || undefined,
      rules: s.rules as string[],
      assumption: s.assumption,
    });
    this.minutes.push(s.minutes);
    this.dependsOn.push(dependsOn);
    this.waiting.push(s.waiting === true);
    this.lane.push(s.lane ?? 0);
    this.rank.push(this.rankOfWorkloads(s.sequenceAs ?? workloads));
    this.workloadMask.push(this.maskOf(workloads));
    this.providesMask.push(s.provides ? providedFor(s.provides, elsewhere) : 0);
    return index;
  }

  /**
   * The workloads among `workloads` that are no more critical than the best workload of every step in
   * `deps`: a step serving only those never makes a more critical workload wait (P1).
   */
  noMoreCriticalThanDeps(deps: readonly number[], workloads: readonly Workload[]): Workload[] {
    let floor = -Infinity;
    for (const d of deps) if (this.workloadsOf(d).length > 0) floor = Math.max(floor, this.rank[d]);
    return workloads.filter((w) => rankOf(this.priority, w) >= floor);
  }

  workloadsOf(index: number): readonly Workload[] {
    return this.steps[index].workloads ?? [];
  }

  private maskOf(workloads: readonly Workload[]): number {
    let mask = this.maskCache.get(workloads);
    if (mask === undefined) {
      mask = 0;
      for (const w of workloads) mask |= workloadBit(w);
      this.maskCache.set(workloads, mask);
    }
    return mask;
  }

  /**
   * The step's sequencing rank: its most critical workload's rank; a workload without a rank comes
   * after every ranked one (UNRANKED), and a step serving no workload after both (Infinity).
   */
  private rankOfWorkloads(workloads: readonly Workload[]): number {
    let rank = this.rankCache.get(workloads);
    if (rank === undefined) {
      rank = Infinity;
      for (const w of workloads) rank = Math.min(rank, Math.min(UNRANKED, rankOf(this.priority, w)));
      this.rankCache.set(workloads, rank);
    }
    return rank;
  }
}

export const workloadBit = (w: Workload): number => 1 << WORKLOADS.indexOf(w);

/** Data brought back where a standby already serves every workload checking it counts for no check. */
function providedFor(provides: readonly CheckedData[], elsewhere: ReadonlySet<Workload> | undefined): number {
  let mask = 0;
  for (const d of provides) if (!elsewhere || workloadsCheckingData(d).some((w) => !elsewhere.has(w))) mask |= checkedDataBit(d);
  return mask;
}

/** Sequencing rank of a workload the priorities do not rank: after every ranked one. */
const UNRANKED = 1e6;

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
  const schedule = scheduleGraph(rb, admins);
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
  const ordered = inExecutionOrder(rb, steps);
  const workloadFinish = new Map<Workload, number>();
  for (const [list, finish] of latestByList)
    for (const w of list) if (finish > (workloadFinish.get(w) ?? -1)) workloadFinish.set(w, finish);
  const workloads = affected.map((w): ScenarioWorkload => {
    const rtoHours = hoursOf(workloadFinish.get(w) ?? schedule.makespan);
    const targetHours = priority.get(w)?.rtoHours ?? null;
    const kind = impact?.(w) ?? "outage";
    const meets = targetHours === null ? null : kind === "reduced-capacity" ? true : rtoHours <= targetHours;
    return { workload: w, rtoHours, targetHours, meets, impact: kind };
  });
  return { steps: ordered, rtoHours: hoursOf(schedule.makespan), workloads };
}

/**
 * The steps numbered in the order they start (ties: the step of the more critical workload first,
 * then reading order), dependencies renumbered. A dependency never starts after its dependant, so a
 * heap over the steps whose dependencies are numbered, keyed by (start, rank, reading order), yields
 * a topological order whose start times never decrease: the order an administrator works down.
 */
function inExecutionOrder(rb: RunbookBuilder, steps: RunbookStep[]): RunbookStep[] {
  const n = steps.length;
  const start = new Float64Array(n);
  for (let i = 0; i < n; i++) start[i] = steps[i].startMinute!;
  const rank = rb.rank;
  const pending = new Int32Array(n);
  // Children in one flat array (compressed rows): childStart[i]..childStart[i+1] are i's dependants.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const ds = rb.dependsOn[i];
    pending[i] = ds.length;
    for (let k = 0; k < ds.length; k++) childStart[ds[k] - 1]++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const children = new Int32Array(childStart[n]);
  for (let i = n - 1; i >= 0; i--) {
    const ds = rb.dependsOn[i];
    for (let k = 0; k < ds.length; k++) children[--childStart[ds[k] - 1]] = i;
  }
  const before = (a: number, b: number) => start[a] - start[b] || rank[a] - rank[b] || a - b;
  const heap = new Int32Array(n);
  let size = 0;
  const push = (x: number) => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (before(heap[p], x) <= 0) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = x;
  };
  const pop = () => {
    const top = heap[0];
    const last = heap[--size];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const m = l + 1 < size && before(heap[l + 1], heap[l]) < 0 ? l + 1 : l;
      if (before(heap[m], last) >= 0) break;
      heap[i] = heap[m];
      i = m;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i < n; i++) if (pending[i] === 0) push(i);
  const newOrder = new Int32Array(n);
  const out: RunbookStep[] = new Array(n);
  let count = 0;
  while (size > 0) {
    const i = pop();
    out[count++] = steps[i];
    newOrder[i] = count;
    for (let k = childStart[i], e = childStart[i + 1]; k < e; k++) if (--pending[children[k]] === 0) push(children[k]);
  }
  for (let i = 0; i < n; i++) {
    const step = steps[i];
    step.order = newOrder[i];
    const ds = rb.dependsOn[i];
    step.dependsOn = ds.length === 1 ? singleDependency(newOrder[ds[0] - 1]) : ds.map((d) => newOrder[d - 1]).sort((a, b) => a - b);
  }
  return out;
}
