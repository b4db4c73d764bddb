// The restore timeline of one scenario, ready to draw as a Gantt chart: its scheduled steps as bars,
// grouped by step or by administrator lane, the hour ticks of the axis and the workload markers.
// Pure: the scheduling itself is the engine's (schedule.ts); this only arranges its output.
import type { RunbookStep, Scenario } from "../formats/plan";

export interface GanttBar {
  order: number;
  title: string;
  server?: string;
  start: number;
  finish: number;
  minutes: number;
  /** 1-based administrator, or null for a step that occupies nobody. */
  assignee: number | null;
  /** "admin 2", or "waiting" for a step that occupies nobody. */
  who: string;
  critical: boolean;
  waiting: boolean;
}

export interface GanttLane {
  /** "admin 1" …, then "waiting" (possibly over several rows when waits overlap). */
  label: string;
  bars: GanttBar[];
}

export interface WorkloadMarker {
  workload: Scenario["workloads"][number]["workload"];
  /** Minutes from the loss until the workload is back. */
  back: number;
  target: number | null;
  meets: boolean | null;
  reducedCapacity: boolean;
}

export const whoOf = (step: Pick<RunbookStep, "assignee" | "waiting">): string =>
  step.waiting || !step.assignee ? "waiting" : `admin ${step.assignee}`;

/**
 * The steps as bars in the order they start (ties: runbook order). A step without a schedule (a plan
 * from an older engine) starts when its dependencies finish, one after another.
 */
export function ganttBars(steps: readonly RunbookStep[]): GanttBar[] {
  const finishOf = new Map<number, number>();
  const bars = steps.map((s): GanttBar => {
    const start = s.startMinute ?? Math.max(0, ...s.dependsOn.map((d) => finishOf.get(d) ?? 0));
    const finish = s.finishMinute ?? start + s.minutes;
    finishOf.set(s.order, finish);
    const assignee = s.waiting || !s.assignee ? null : s.assignee;
    return {
      order: s.order,
      title: s.title,
      ...(s.server ? { server: s.server } : {}),
      start,
      finish,
      minutes: finish - start,
      assignee,
      who: whoOf(s),
      critical: s.critical === true,
      waiting: assignee === null,
    };
  });
  return bars.sort((a, b) => a.start - b.start || a.order - b.order);
}

/**
 * One lane per administrator (their steps never overlap), then the waiting steps, which may overlap:
 * they are packed into as few "waiting" rows as needed (first row where the bar fits).
 */
export function ganttLanes(bars: readonly GanttBar[]): GanttLane[] {
  const admins = [...new Set(bars.flatMap((b) => (b.assignee === null ? [] : [b.assignee])))].sort((a, b) => a - b);
  const lanes: GanttLane[] = admins.map((a) => ({ label: `admin ${a}`, bars: bars.filter((b) => b.assignee === a) }));
  const waiting: GanttLane[] = [];
  const ends: number[] = [];
  for (const b of bars) {
    if (b.assignee !== null) continue;
    // A zero-length checkpoint still needs its own spot to be seen.
    const end = Math.max(b.finish, b.start + 1e-9);
    let row = ends.findIndex((e) => e <= b.start);
    if (row < 0) {
      row = waiting.length;
      waiting.push({ label: "waiting", bars: [] });
      ends.push(end);
    } else ends[row] = end;
    waiting[row].bars.push(b);
  }
  return [...lanes, ...waiting];
}

export function workloadMarkers(scenario: Pick<Scenario, "workloads">): WorkloadMarker[] {
  return scenario.workloads.map((w) => ({
    workload: w.workload,
    back: w.rtoHours * 60,
    target: w.targetHours === null ? null : w.targetHours * 60,
    meets: w.meets,
    reducedCapacity: w.impact === "reduced-capacity",
  }));
}

/** The axis length in minutes: the last finish or workload return, whichever is later (targets beyond it are drawn as off-scale). */
export function timelineExtent(bars: readonly GanttBar[], markers: readonly WorkloadMarker[]): number {
  return Math.max(1, ...bars.map((b) => b.finish), ...markers.map((m) => m.back));
}

const TICK_STEPS = [15, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 5760, 10080];

/** Tick positions in minutes: 0, then every "nice" step (15 min … 1 week) so that at most `maxTicks` intervals fit. */
export function timeTicks(extent: number, maxTicks = 12): number[] {
  const step = TICK_STEPS.find((s) => extent / s <= maxTicks) ?? Math.ceil(extent / maxTicks / 10080) * 10080;
  const ticks: number[] = [];
  for (let t = 0; t <= extent + 1e-9; t += step) ticks.push(t);
  return ticks;
}
