// Which recorded step times are real measurements, and what a run of each kind counts for. Pure.
//
// A timed step (started and done in the app) is a plausible measurement unless:
// - it took less than its floor: 10% of its estimate, and never less than 3 minutes (or half the
//   estimate for a step estimated under 6 minutes), since a step of a restore cannot be done in seconds;
// - it was completed in a burst: it and at least two other steps of the same run were marked done
//   within one minute of each other (someone ticking a list, not timing work).
// Untimed steps (done without a start) measure nothing.
//
// What a run counts for, by kind:
// - incident: performed; a restore test (B6) and a source for calibration (its implausible steps still
//   excluded); not an exercise;
// - full exercise: performed; a restore test, an exercise (B7, brings the runbook up to date), calibration;
// - tabletop: a discussion, its steps never performed: an exercise (B7, up to date), but no restore test
//   and no calibration;
// - walkthrough and simulation: performed only when at least half of its completed steps (and at least
//   one) are plausible measurements; then all three, otherwise none of them.
import { pathOf, type ExerciseType, type RunRecord } from "./run-snapshot";

export const FLOOR_FRACTION = 0.1;
export const FLOOR_MINUTES = 3;
export const BURST_WINDOW_MS = 60_000;
/** A burst: this many steps (the step itself included) done within the window. */
export const BURST_STEPS = 3;

export const PLAUSIBILITY_RULE =
  "A timed step counts as a measurement when it took at least 10% of its estimate and at least 3 minutes (half the estimate for steps estimated under 6 minutes), and was not completed in a burst (three or more steps of the run marked done within one minute).";

export const RUN_KIND_RULE =
  "Incidents and full exercises count as performed. A tabletop exercise is a discussion: it counts as an exercise, but is no restore test and calibrates nothing. A walkthrough or simulation counts as performed only when at least half of its completed steps have plausible times; otherwise it is not a restore test (B6), not an exercise (B7, the runbook's exercise stays due) and calibrates nothing.";

/** Whether a finished run counts as an exercise of its runbook (B7, the exercise programme): see the table above. */
export const countsAsExercise = (kind: string, exerciseType: string | null, performed: boolean) =>
  kind === "exercise" && (exerciseType === "full" || exerciseType === "tabletop" || performed);

/** The smallest plausible duration of a step estimated at `estimateMinutes`. */
export const floorMinutes = (estimateMinutes: number) =>
  Math.max(FLOOR_FRACTION * estimateMinutes, Math.min(FLOOR_MINUTES, estimateMinutes / 2));

export interface TimedStep {
  estimateMinutes: number;
  startedAt: Date | null;
  doneAt: Date | null;
}

export type Implausible = { kind: "untimed" } | { kind: "too-short"; minutes: number; floor: number } | { kind: "burst"; together: number };

export function implausibleText(why: Implausible): string {
  switch (why.kind) {
    case "untimed":
      return "not timed (marked done without a start)";
    case "too-short":
      return `took ${why.minutes} min, under the ${Math.round(why.floor * 10) / 10} min floor`;
    case "burst":
      return `marked done with ${why.together - 1} other steps within one minute`;
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per step (same order as given): null when its time is a plausible measurement, else why not. */
export function plausibility(steps: readonly TimedStep[]): (Implausible | null)[] {
  const done = steps.map((s) => s.doneAt?.getTime() ?? null);
  return steps.map((s, i) => {
    if (!s.startedAt || !s.doneAt) return { kind: "untimed" };
    const minutes = (s.doneAt.getTime() - s.startedAt.getTime()) / 60_000;
    const floor = floorMinutes(s.estimateMinutes);
    // Compared unrounded: 2.95 minutes is under a 3-minute floor even though it shows as 3.
    if (minutes < floor) return { kind: "too-short", minutes: round1(minutes), floor };
    const t = done[i]!;
    const together = done.filter((x) => x !== null && Math.abs(x - t) <= BURST_WINDOW_MS).length;
    if (together >= BURST_STEPS) return { kind: "burst", together };
    return null;
  });
}

export interface RunPerformance {
  performed: boolean;
  /** Why, in a sentence for the top of a report. */
  reason: string;
}

export function runPerformance(kind: string, exerciseType: string | null, steps: readonly TimedStep[]): RunPerformance {
  if (kind !== "exercise") return { performed: true, reason: "An incident: its steps were performed." };
  const type = exerciseType as ExerciseType | null;
  if (type === "full") return { performed: true, reason: "A full exercise: its steps were performed." };
  if (type === "tabletop")
    return {
      performed: false,
      reason:
        "A tabletop exercise: its steps were talked through, not performed. It counts as an exercise, but is no restore test and calibrates nothing.",
    };
  const completed = steps.filter((s) => s.doneAt !== null);
  const plausible = plausibility(steps).filter((p, i) => p === null && steps[i].doneAt !== null).length;
  const performed = completed.length > 0 && plausible * 2 >= completed.length;
  const what = `A ${type ?? "walkthrough"} exercise with ${plausible} of ${completed.length} completed step${completed.length === 1 ? "" : "s"} timed plausibly`;
  return performed
    ? { performed, reason: `${what}: its steps count as performed.` }
    : {
        performed,
        reason: `${what}: its steps were not performed. It is not a restore test (B6), not an exercise (B7: the runbook's exercise stays due) and calibrates nothing.`,
      };
}

/** What a recorded run counts for, from its chosen branch's done steps and their estimates. */
export function performanceOfRun(run: Pick<RunRecord, "kind" | "exerciseType" | "snapshot" | "pathId" | "steps">): RunPerformance {
  const path = pathOf(run.snapshot, run.pathId);
  const minutes = new Map((path?.steps ?? []).map((s) => [s.order, s.minutes]));
  const done = run.steps
    .filter((r) => r.pathId === run.pathId && r.state === "done")
    .map((r) => ({ estimateMinutes: minutes.get(r.order) ?? 0, startedAt: r.startedAt, doneAt: r.doneAt }));
  return runPerformance(run.kind, run.exerciseType, done);
}
