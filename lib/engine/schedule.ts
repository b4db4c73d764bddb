// Scheduling a runbook's step DAG onto the administrators available (issue 25).
//
// 1. Ranks. Each step's scheduling rank is the best rank among the workloads it serves and the steps
//    that need it (work a higher-ranked step waits for is higher-ranked work), so every dependency of a
//    rank-r step has rank r or better. Within a rank, steps are taken in reading order (the restore
//    order), which depends on no duration.
// 2. One administrator: the steps are placed rank by rank, each at the earliest time after its
//    dependencies at which the administrator is free for its whole length, so lower ranks fill the
//    gaps higher ranks left and never push a higher-ranked step back.
// 3. Each further administrator (addAdmin): the steps are taken again in the same order; each moves to
//    the earliest free stretch on any administrator (the new one, a hole another moved step left, or
//    earlier on its own), or keeps its place. Nothing is dealt in advance: a step goes to whoever is
//    free when it is ready. Steps that only wait (hardware delivery, copying backups) occupy nobody.
//
// What follows by construction (tested in schedule.test.ts on random graphs and in
// priority-properties.test.ts / properties.test.ts on generated deployments):
// - one more administrator never makes any step finish later: a step's old place stays free for it
//   (no step moved into it while it stood there) and its dependencies finish no later;
// - where a step of rank r goes depends only on the steps of rank r or better (the free stretches it
//   can see were made by them), so adding, removing, lengthening or shortening work that serves only
//   lower-ranked workloads never moves a higher-ranked step;
// - no step starts before its dependencies finish, so no RTO is below the longest dependency chain.
// Not exact: within one rank, a shorter step (a spare instead of a hardware delivery, a smaller
// database) changes which gaps the same or lower ranks can fill, so one of their steps can end later
// (Graham's anomaly of any schedule that never leaves a ready step waiting for an idle administrator).
// The bound: a step never finishes later than the longest chain of the steps of its rank and better
// plus all their administrator minutes (each placement is at most the latest finish placed before it).

export interface SchedulableStep {
  minutes: number;
  /** Indices of earlier steps this one needs. */
  deps: readonly number[];
  /** A waiting step occupies no admin. */
  waiting?: boolean;
  /** A named unit of work (a server rebuilt end to end): its next step prefers the same admin when that costs nothing. */
  lane: number;
  /** Best rank among the workloads the step serves (Infinity when none is ranked). */
  rank: number;
}

/** The same steps as parallel arrays (what the runbook builder keeps, to spare allocations). */
export interface StepGraph {
  minutes: readonly number[];
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
    dependsOn: steps.map((s) => s.deps.map((d) => d + 1)),
    waiting: steps.map((s) => s.waiting === true),
    lane: steps.map((s) => s.lane),
    rank: steps.map((s) => s.rank),
  };
}

export function scheduleRunbook(steps: readonly SchedulableStep[], admins: number): Schedule {
  return scheduleGraph(toGraph(steps), admins);
}

/** What the ranks share between the schedules for 1..k admins: order, levels, floors. */
interface Prepared {
  g: StepGraph;
  n: number;
  /** Steps in placement order: scheduling rank, then reading order. */
  order: Int32Array;
}

interface Placed {
  start: Float64Array;
  finish: Float64Array;
  assignee: Int32Array;
  /** Some step waited for its administrator (false: every step starts when ready, more people change nothing). */
  waited?: boolean;
}

export function scheduleGraph(g: StepGraph, admins: number): Schedule {
  const p = prepare(g);
  let placed = placeOneAdmin(p);
  const k = Math.max(1, Math.floor(admins));
  for (let a = 2; a <= k && placed.waited !== false; a++) {
    const next = addAdmin(p, placed, a);
    if (!next) break;
    placed = next;
  }
  const binding = bindings(g, placed);
  const n = p.n;
  let makespan = 0;
  let last = -1;
  for (let i = 0; i < n; i++)
    if (last < 0 || placed.finish[i] > makespan) {
      makespan = placed.finish[i];
      last = i;
    }
  const critical = new Uint8Array(n);
  for (let i = last; i >= 0; i = binding[i]) critical[i] = 1;
  return { start: placed.start, finish: placed.finish, assignee: placed.assignee, critical, makespan };
}

function prepare(g: StepGraph): Prepared {
  const n = g.minutes.length;
  for (let i = 0; i < n; i++)
    for (const o of g.dependsOn[i]) if (o - 1 >= i) throw new Error(`step ${i + 1} depends on a step that is not before it`);
  // A step that a better-ranked step needs is work of that rank (dependencies come first, so one pass
  // from the end carries every rank back).
  const rank = Float64Array.from(g.rank);
  for (let i = n - 1; i >= 0; i--) for (const o of g.dependsOn[i]) if (rank[i] < rank[o - 1]) rank[o - 1] = rank[i];
  // Within a rank, reading order (the restore order), which depends on no duration.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (rank[a] === rank[b] ? a - b : rank[a] < rank[b] ? -1 : 1));
  return { g, n, order };
}

/** Busy time of one admin: sorted, disjoint [start, end) blocks, touching ones merged (so a packed stretch is one block). */
class Calendar {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Earliest t >= from with [t, t + d) free. */
  earliest(from: number, d: number): number {
    const { starts, ends } = this;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    let t = from;
    for (let x = lo; x < starts.length; x++) {
      if (starts[x] >= t + d) break;
      if (ends[x] > t) t = ends[x];
    }
    return t;
  }
  /** Marks [t, t + d) busy (it is free); a zero-length step takes no time. */
  insert(t: number, d: number) {
    if (d === 0) return;
    const { starts, ends } = this;
    const e = t + d;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    const joinsPrev = lo > 0 && ends[lo - 1] === t;
    const joinsNext = lo < starts.length && starts[lo] === e;
    if (joinsPrev && joinsNext) {
      ends[lo - 1] = ends[lo];
      starts.splice(lo, 1);
      ends.splice(lo, 1);
    } else if (joinsPrev) ends[lo - 1] = e;
    else if (joinsNext) starts[lo] = t;
    else {
      starts.splice(lo, 0, t);
      ends.splice(lo, 0, e);
    }
  }
}
/**
 * One administrator: rank by rank, each step at the earliest time after its dependencies at which the
 * administrator has a free stretch as long as the step (so lower ranks fill the gaps higher ranks left).
 */
function placeOneAdmin(p: Prepared): Placed {
  const { g, n, order } = p;
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const assignee = new Int32Array(n);
  const calendar = new Calendar();
  let waited = false;
  for (let x = 0; x < n; x++) {
    const i = order[x];
    const ready = readyAt(g, finish, i);
    let t = ready;
    if (g.minutes[i] === 0 && !g.waiting[i]) assignee[i] = 1;
    else if (!g.waiting[i]) {
      t = calendar.earliest(ready, g.minutes[i]);
      if (t > ready) waited = true;
      calendar.insert(t, g.minutes[i]);
      assignee[i] = 1;
    }
    start[i] = t;
    finish[i] = t + g.minutes[i];
  }
  return { start, finish, assignee, waited };
}

/**
 * k administrators from the schedule for k-1: steps are taken again in placement order (rank, then
 * reading order); each may move to the earliest stretch, at or after its (possibly earlier) dependencies,
 * that is free for its whole length: on the new administrator, in a hole another moved step left, or
 * earlier on its own administrator; otherwise it keeps its place. Its old place is always free for it
 * (no step moved into it while it stood there), so no step finishes later than with k-1 administrators;
 * and the free stretches a step can see were made only by steps of its rank or better, so work of a
 * lower rank never changes where a higher-ranked step goes. Returns undefined when nothing moved (then
 * more administrators would not move anything either).
 */
function addAdmin(p: Prepared, prev: Placed, k: number): Placed | undefined {
  const { g, n, order } = p;
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const assignee = new Int32Array(n);
  const free = Array.from({ length: k }, () => new FreeTime());
  free[k - 1].release(0, Infinity);
  let moved = false;
  for (let x = 0; x < n; x++) {
    const i = order[x];
    const ready = readyAt(g, finish, i);
    const d = g.minutes[i];
    if (g.waiting[i] || d === 0) {
      start[i] = ready;
      finish[i] = ready + d;
      assignee[i] = g.waiting[i] ? 0 : adminOfLatestDependency(g, finish, assignee, i);
      if (ready < prev.start[i]) moved = true;
      continue;
    }
    const own = prev.assignee[i] - 1;
    // Ready no earlier than its old start: no stretch can start it sooner, so it keeps its place.
    if (ready >= prev.start[i]) {
      start[i] = prev.start[i];
      finish[i] = prev.finish[i];
      assignee[i] = own + 1;
      continue;
    }
    free[own].release(prev.start[i], prev.finish[i]);
    let best = own;
    let t = free[own].earliest(ready, d);
    for (let a = 0; a < k; a++) {
      if (a === own) continue;
      const at = free[a].earliest(ready, d);
      if (at < t) {
        best = a;
        t = at;
      }
    }
    free[best].take(t, t + d);
    if (best !== own || t !== prev.start[i]) moved = true;
    start[i] = t;
    finish[i] = t + d;
    assignee[i] = best + 1;
  }
  return moved ? { start, finish, assignee } : undefined;
}

/** A zero-minute step takes nobody's time; it is listed for whoever did the dependency that finished last. */
function adminOfLatestDependency(g: StepGraph, finish: Float64Array, assignee: Int32Array, i: number): number {
  let by = -1;
  for (const o of g.dependsOn[i]) if (assignee[o - 1] > 0 && (by < 0 || finish[o - 1] > finish[by])) by = o - 1;
  return by >= 0 ? assignee[by] : 1;
}

function readyAt(g: StepGraph, finish: Float64Array, i: number): number {
  let t = 0;
  for (const o of g.dependsOn[i]) if (finish[o - 1] > t) t = finish[o - 1];
  return t;
}

/** Free stretches of one administrator: sorted, disjoint [start, end) pairs. */
class FreeTime {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Earliest t >= from with [t, t + d) inside one free stretch; Infinity when there is none. */
  earliest(from: number, d: number): number {
    const { starts, ends } = this;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < from + d) lo = mid + 1;
      else hi = mid;
    }
    for (let x = lo; x < starts.length; x++) {
      const t = Math.max(from, starts[x]);
      if (t + d <= ends[x]) return t;
    }
    return Infinity;
  }
  private firstStartAtOrAfter(s: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Marks [s, e) free, merging with neighbours. */
  release(s: number, e: number) {
    const { starts, ends } = this;
    let x = this.firstStartAtOrAfter(s);
    if (x > 0 && ends[x - 1] >= s) {
      x--;
      if (e > ends[x]) ends[x] = e;
    } else {
      starts.splice(x, 0, s);
      ends.splice(x, 0, e);
    }
    while (x + 1 < starts.length && starts[x + 1] <= ends[x]) {
      if (ends[x + 1] > ends[x]) ends[x] = ends[x + 1];
      starts.splice(x + 1, 1);
      ends.splice(x + 1, 1);
    }
  }
  /** Marks [s, e) busy; it lies inside one free stretch. */
  take(s: number, e: number) {
    const { starts, ends } = this;
    // The stretch holding [s, e): the last one starting at or before s whose end reaches e.
    let x = this.firstStartAtOrAfter(s);
    if (x >= starts.length || starts[x] > s) x--;
    while (ends[x] < e || starts[x] > s) x++;
    const a = starts[x];
    const b = ends[x];
    if (a < s && e < b) {
      ends[x] = s;
      starts.splice(x + 1, 0, e);
      ends.splice(x + 1, 0, b);
    } else if (a < s) ends[x] = s;
    else if (e < b) starts[x] = e;
    else {
      starts.splice(x, 1);
      ends.splice(x, 1);
    }
  }
}

/** Per step, the step that bound its start: the dependency finishing last, or its admin's step before it. */
function bindings(g: StepGraph, placed: Placed): Int32Array {
  const n = g.minutes.length;
  const binding = new Int32Array(n).fill(-1);
  const byAdmin = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    let by = -1;
    for (const o of g.dependsOn[i]) if (by < 0 || placed.finish[o - 1] > placed.finish[by]) by = o - 1;
    binding[i] = by;
    if (!g.waiting[i] && g.minutes[i] > 0) {
      const list = byAdmin.get(placed.assignee[i]);
      if (list) list.push(i);
      else byAdmin.set(placed.assignee[i], [i]);
    }
  }
  for (const list of byAdmin.values()) {
    list.sort((a, b) => placed.start[a] - placed.start[b] || a - b);
    for (let x = 1; x < list.length; x++) {
      const i = list[x];
      const ready = binding[i] >= 0 ? placed.finish[binding[i]] : 0;
      if (placed.start[i] > ready) binding[i] = list[x - 1];
    }
  }
  return binding;
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
