// Escalations of a live restore run (issue 27; contingency-plan.md 4.3): the same thresholds as the
// contingency plan's (lib/engine/contingency/escalation.ts). A step started and still open past its
// threshold is escalated now; a step that settled after its threshold was escalated at that moment,
// which the run report lists with its time. Pure: the run page recomputes it as time passes, so
// everyone watching the run sees the same escalation.
import { escalationOf, tightestTarget } from "../engine/contingency/escalation";
import { pathOf, type RunRecord, type SnapshotPath } from "./run-snapshot";

export interface StepTiming {
  order: number;
  title: string;
  minutes: number;
  state: string;
  startedAt: string | Date | null;
  doneAt: string | Date | null;
  skippedAt: string | Date | null;
}

export interface RunEscalation {
  order: number;
  title: string;
  /** Minutes after the step's start when it is escalated. */
  afterMinutes: number;
  /** When the threshold passed (ISO). */
  at: string;
  /** True while the step is still open; false when it settled later than its threshold. */
  open: boolean;
}

const ms = (d: string | Date) => (typeof d === "string" ? Date.parse(d) : d.getTime());

/** The tightest recovery time target of a run's path (the run keeps it in its snapshot). */
export const pathTargetHours = (path: Pick<SnapshotPath, "workloads"> | undefined): number | null => (path ? tightestTarget(path) : null);

export function runEscalations(steps: readonly StepTiming[], targetHours: number | null, now: Date): RunEscalation[] {
  const out: RunEscalation[] = [];
  for (const s of steps) {
    if (!s.startedAt) continue;
    const { afterMinutes } = escalationOf(s, targetHours);
    const due = ms(s.startedAt) + afterMinutes * 60_000;
    const settled = s.doneAt ?? s.skippedAt;
    const end = settled ? ms(settled) : now.getTime();
    if (end <= due) continue;
    out.push({ order: s.order, title: s.title, afterMinutes, at: new Date(due).toISOString(), open: !settled });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
}

/** The escalations of a stored run, as its report lists them (judged at `now` for steps still open). */
export function escalationsOfRun(run: RunRecord, now: Date): RunEscalation[] {
  const path = pathOf(run.snapshot, run.pathId) ?? run.snapshot.paths[0];
  const records = new Map(run.steps.filter((s) => s.pathId === path?.id).map((s) => [s.order, s]));
  const steps: StepTiming[] = (path?.steps ?? []).map((s) => {
    const r = records.get(s.order);
    return {
      order: s.order,
      title: s.title,
      minutes: s.minutes,
      state: r?.state ?? "pending",
      startedAt: r?.startedAt ?? null,
      doneAt: r?.doneAt ?? null,
      skippedAt: r?.skippedAt ?? null,
    };
  });
  return runEscalations(steps, pathTargetHours(path), now);
}
