// Scheduling a runbook's step DAG onto the administrators available.
//
// Why not plain greedy list scheduling: a greedy scheduler (whenever an admin is free, start the best
// ready step) suffers Graham's anomalies: one more admin, a spare server (a shorter wait) or a smaller
// database can each make a greedy schedule finish LATER, because they change which step an admin grabs
// first. A planner whose RTO gets worse when you buy a spare server cannot be trusted, so this schedule
// is monotone by construction:
//
// 1. One global work sequence is fixed first, from the structure and "sequencing" durations that
//    leave out everything the estimates are sensitive to (spare hardware, data sizes): it is the order
//    in which a single admin, dispatching greedily on those durations, would start the steps (the
//    most critical workload first among the steps ready, ties by order). That way an admin takes up
//    work that is available instead of idling behind a step that waits on others.
// 2. Steps are grouped into lanes (one per server being rebuilt, plus coordination lanes) and lanes
//    are dealt to admins from the structure alone. With k admins the groups come from the k-1 groups
//    by splitting the busiest group in two (alternate lanes, in priority order), so each admin's steps
//    with k admins are a subset of one admin's steps with k-1 admins. A "join" lane (checks that wait
//    for several servers) goes to the admin of its latest dependency, so whoever finishes that work
//    carries on with the check instead of another admin waiting for it; it follows that lane through
//    every split, which keeps the nesting. "Latest" is judged on the sequencing durations too.
// 3. Each admin works through their steps in the global sequence; a step starts when its dependencies
//    are finished and its admin has finished their previous step. Steps that only wait (hardware
//    delivery, copying backups) occupy nobody.
//
// Start times are then longest paths in the DAG of dependency edges plus "same admin, next in
// sequence" edges, whose shape does not depend on the real durations. Hence longer durations can only
// delay steps (a larger database never shortens an RTO, a spare never lengthens one); with one more
// admin every "same admin" constraint is implied by the old schedule's constraints (split groups keep
// their relative order), so no step finishes later (more admins never lengthen an RTO); and since each
// step starts after its dependencies, no RTO is below the longest dependency chain.
//
// The price: the sequence is planned on sequencing durations, so an admin may occasionally wait for a
// step whose real duration ran longer than planned, where an ideal dispatcher would have switched.

export interface SchedulableStep {
  minutes: number;
  /** Indices of earlier steps this one needs. */
  deps: readonly number[];
  /** A waiting step occupies no admin. */
  waiting?: boolean;
  /** Steps of one lane go to one admin (a server rebuilt end to end by one person). */
  lane: number;
  /** Best rank among the workloads the step serves (Infinity when none is ranked). */
  rank: number;
  /**
   * Duration used only to plan the work sequence; defaults to `minutes`. It must not depend on what the
   * estimates are meant to be monotone in (spare hardware, data sizes, admins).
   */
  sequenceMinutes?: number;
}

/** The same steps as parallel arrays (what the runbook builder keeps, to spare allocations). */
export interface StepGraph {
  minutes: readonly number[];
  sequenceMinutes: readonly number[];
  /** Per step, the ORDERS (index + 1) of the steps it depends on, as in the plan's dependsOn. */
  dependsOn: readonly (readonly number[])[];
  waiting: readonly boolean[];
  lane: readonly number[];
  rank: readonly number[];
}

export interface Schedule {
  start: Float64Array;
  finish: Float64Array;
  /** Admin number (1-based) per step; 0 for waiting steps. */
  assignee: Int32Array;
  /** Steps on the chain of dependencies and admin hand-offs that ends last. */
  critical: Uint8Array;
  makespan: number;
}

export function toGraph(steps: readonly SchedulableStep[]): StepGraph {
  return {
    minutes: steps.map((s) => s.minutes),
    sequenceMinutes: steps.map((s) => s.sequenceMinutes ?? s.minutes),
    dependsOn: steps.map((s) => s.deps.map((d) => d + 1)),
    waiting: steps.map((s) => s.waiting === true),
    lane: steps.map((s) => s.lane),
    rank: steps.map((s) => s.rank),
  };
}

/**
 * The global work sequence: the order in which one admin, dispatching greedily on the sequencing
 * durations, would start the steps (waiting steps start as soon as their dependencies finish). It is a
 * topological order of the steps; `plannedFinish` is each step's finish in that single-admin plan.
 */
export function workSequence(g: StepGraph): { sequence: Int32Array; plannedFinish: Float64Array } {
  const n = g.minutes.length;
  const pending = scratch.ints(0, n);
  const childStart = scratch.ints(1, n + 1);
  childStart.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) {
    const ds = g.dependsOn[i];
    pending[i] = ds.length;
    for (let k = 0; k < ds.length; k++) childStart[ds[k]]++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = scratch.ints(2, n);
  fill.set(childStart.subarray(0, n));
  const children = scratch.ints(3, childStart[n]);
  for (let i = 0; i < n; i++) for (const order of g.dependsOn[i]) children[fill[order - 1]++] = i;

  const sequence = new Int32Array(n);
  let placed = 0;
  const finishAt = new Float64Array(n);
  const ready = scratch.heap(0, g.rank, n);
  const events = scratch.heap(1, finishAt, n);
  const begin = (i: number, t: number) => {
    sequence[placed++] = i;
    finishAt[i] = t + g.sequenceMinutes[i];
    events.push(i);
  };
  for (let i = 0; i < n; i++) {
    if (pending[i] !== 0) continue;
    if (g.waiting[i]) begin(i, 0);
    else ready.push(i);
  }

  let now = 0;
  let adminFree = 0;
  for (;;) {
    while (events.size > 0 && finishAt[events.peek()] <= now) {
      const i = events.pop();
      for (let c = childStart[i]; c < childStart[i + 1]; c++) {
        const child = children[c];
        if (--pending[child] === 0) {
          if (g.waiting[child]) begin(child, now);
          else ready.push(child);
        }
      }
    }
    if (adminFree <= now && ready.size > 0) {
      const i = ready.pop();
      begin(i, now);
      adminFree = finishAt[i];
      continue;
    }
    if (events.size === 0) break;
    now = Math.max(now, finishAt[events.peek()]);
  }
  if (placed !== n) throw new Error("runbook steps have a dependency cycle");
  return { sequence, plannedFinish: finishAt };
}

/**
 * Deal lanes to `admins` people: lanes in priority order, the busiest group split into alternate lanes
 * until there are as many groups as admins (or every group holds one lane); join lanes follow the lane
 * of their dependency that finishes last in the planned sequence. Returns the admin (1-based) of each
 * lane, 0 for lanes without work.
 */
export function assignLanes(
  g: StepGraph,
  admins: number,
  joinLanes: ReadonlySet<number> = new Set(),
  plannedFinish: ArrayLike<number> = g.minutes.map((_, i) => i),
): Int32Array {
  const n = g.minutes.length;
  let laneCount = 0;
  for (let i = 0; i < n; i++) if (g.lane[i] + 1 > laneCount) laneCount = g.lane[i] + 1;
  const work = new Int32Array(laneCount);
  const bestRank = new Float64Array(laneCount).fill(Infinity);
  const first = new Int32Array(laneCount).fill(-1);
  for (let i = 0; i < n; i++) {
    if (g.waiting[i]) continue;
    const l = g.lane[i];
    work[l]++;
    if (g.rank[i] < bestRank[l]) bestRank[l] = g.rank[i];
    if (first[l] < 0) first[l] = i;
  }
  const isJoin = new Uint8Array(laneCount);
  for (const l of joinLanes) if (l < laneCount) isJoin[l] = 1;
  const lanes: number[] = [];
  for (let l = 0; l < laneCount; l++) if (work[l] > 0 && !isJoin[l]) lanes.push(l);
  lanes.sort((a, b) => bestRank[a] - bestRank[b] || first[a] - first[b]);

  const adminOfLane = new Int32Array(laneCount);
  if (admins <= 1) for (const l of lanes) adminOfLane[l] = 1;
  else {
    const groups: number[][] = [lanes];
    const load: number[] = [lanes.reduce((sum, l) => sum + work[l], 0)];
    while (groups.length < admins) {
      let pick = -1;
      for (let k = 0; k < groups.length; k++) if (groups[k].length > 1 && (pick < 0 || load[k] > load[pick])) pick = k;
      if (pick < 0) break;
      const keep = groups[pick].filter((_, i) => i % 2 === 0);
      const moved = groups[pick].filter((_, i) => i % 2 === 1);
      groups[pick] = keep;
      load[pick] = keep.reduce((sum, l) => sum + work[l], 0);
      groups.push(moved);
      load.push(moved.reduce((sum, l) => sum + work[l], 0));
    }
    groups.forEach((group, k) => group.forEach((l) => (adminOfLane[l] = k + 1)));
  }
  if (joinLanes.size === 0) return adminOfLane;

  // For each join lane, the latest-finishing dependency (in the planned sequence) in another lane.
  const anchor = new Int32Array(laneCount).fill(-1);
  for (let i = 0; i < n; i++) {
    const l = g.lane[i];
    if (!isJoin[l]) continue;
    for (const order of g.dependsOn[i]) {
      const d = order - 1;
      if (g.lane[d] === l) continue;
      const a = anchor[l];
      if (a < 0 || plannedFinish[d] > plannedFinish[a] || (plannedFinish[d] === plannedFinish[a] && d > a)) anchor[l] = d;
    }
  }
  const resolving = new Set<number>();
  const resolve = (lane: number): number => {
    if (!isJoin[lane] || adminOfLane[lane] > 0 || resolving.has(lane)) return adminOfLane[lane];
    resolving.add(lane);
    const a = anchor[lane];
    const admin = a >= 0 ? resolve(g.lane[a]) : 0;
    adminOfLane[lane] = work[lane] > 0 ? admin || 1 : 0;
    return adminOfLane[lane];
  };
  for (const lane of joinLanes) if (lane < laneCount) resolve(lane);
  return adminOfLane;
}

export function scheduleRunbook(steps: readonly SchedulableStep[], admins: number, joinLanes?: ReadonlySet<number>): Schedule {
  return scheduleGraph(toGraph(steps), admins, joinLanes);
}

export function scheduleGraph(g: StepGraph, admins: number, joinLanes?: ReadonlySet<number>): Schedule {
  const n = g.minutes.length;
  const { sequence, plannedFinish } = workSequence(g);
  const adminOfLane = assignLanes(g, Math.max(1, Math.floor(admins)), joinLanes, plannedFinish);
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const assignee = new Int32Array(n);
  const binding = scratch.ints(0, n);
  const lastOfAdmin = scratch.ints(1, Math.max(1, Math.floor(admins)) + 1).fill(-1);

  for (let k = 0; k < n; k++) {
    const i = sequence[k];
    let t = 0;
    let by = -1;
    for (const order of g.dependsOn[i])
      if (by < 0 || finish[order - 1] > t) {
        t = finish[order - 1];
        by = order - 1;
      }
    if (!g.waiting[i]) {
      const a = adminOfLane[g.lane[i]];
      assignee[i] = a;
      const prev = lastOfAdmin[a];
      if (prev >= 0 && (by < 0 || finish[prev] > t)) {
        t = finish[prev];
        by = prev;
      }
      lastOfAdmin[a] = i;
    }
    start[i] = t;
    finish[i] = t + g.minutes[i];
    binding[i] = by;
  }

  let makespan = 0;
  let last = -1;
  for (let i = 0; i < n; i++)
    if (last < 0 || finish[i] > makespan) {
      makespan = finish[i];
      last = i;
    }
  const critical = new Uint8Array(n);
  for (let i = last; i >= 0; i = binding[i]) critical[i] = 1;
  return { start, finish, assignee, critical, makespan };
}

/** Longest chain of dependencies in minutes (the floor under any schedule). */
export function longestChainMinutes(steps: readonly { minutes: number; deps: readonly number[] }[]): number {
  const until = new Float64Array(steps.length);
  let best = 0;
  steps.forEach((s, i) => {
    let t = 0;
    for (const d of s.deps) t = Math.max(t, until[d]);
    until[i] = t + s.minutes;
    best = Math.max(best, until[i]);
  });
  return best;
}

/** Hours for display, rounded UP to 0.01 h so an estimate never undercuts the minutes it stands for. */
export const hoursOf = (minutes: number): number => Math.ceil((minutes * 100) / 60) / 100;

/**
 * A binary min-heap of step indices ordered by `key[i]`, ties by the smaller index. Storage is reused
 * between calls (scheduling is synchronous), which matters when a plan schedules thousands of runbooks.
 */
class IndexHeap {
  private items = new Int32Array(16);
  size = 0;
  private key: ArrayLike<number> = [];
  reset(key: ArrayLike<number>, capacity: number): this {
    if (this.items.length < capacity) this.items = new Int32Array(Math.max(capacity, this.items.length * 2));
    this.key = key;
    this.size = 0;
    return this;
  }
  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }
  peek(): number {
    return this.items[0];
  }
  push(x: number) {
    const a = this.items;
    let i = this.size++;
    a[i] = x;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      const tmp = a[i];
      a[i] = a[p];
      a[p] = tmp;
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const size = --this.size;
    if (size > 0) {
      a[0] = a[size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && this.less(a[l], a[m])) m = l;
        if (r < size && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        const tmp = a[i];
        a[i] = a[m];
        a[m] = tmp;
        i = m;
      }
    }
    return top;
  }
}

/** Reusable working buffers: the scheduler runs once per runbook and never re-enters itself. */
const scratch = {
  intBuffers: [] as Int32Array[],
  heaps: [new IndexHeap(), new IndexHeap()],
  ints(slot: number, length: number): Int32Array {
    let b = this.intBuffers[slot];
    if (!b || b.length < length) b = this.intBuffers[slot] = new Int32Array(Math.max(length, 2 * (b?.length ?? 32)));
    return b.subarray(0, length);
  },
  heap(slot: number, key: ArrayLike<number>, capacity: number): IndexHeap {
    return this.heaps[slot].reset(key, capacity);
  },
};
