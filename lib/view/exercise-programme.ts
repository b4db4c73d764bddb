// The exercise programme (issue 16): per runbook the last exercise (a finished run of kind exercise,
// or a recorded drill) and its result, whether the runbook changed since, and a schedule that brings
// every runbook round within the chosen number of days, most critical first. Also what the records
// mean for the assessment: rules B6 (a restore tested end to end) and B7 (drills run). Pure.
import type { Deployment } from "../formats/deployment";
import type { BestPracticeCheck, Gap, Scenario } from "../formats/plan";
import type { DrillRecord } from "./drills";
import { compareDrill } from "./drills";
import { countsAsExercise } from "./run-measurement";
import { runReport } from "./run-report";
import { runKindLabel } from "./run-view";
import { snapshotOf, type RunRecord, type RunSnapshot } from "./run-snapshot";

export const DEFAULT_INTERVAL_DAYS = 365;
export const MIN_INTERVAL_DAYS = 7;
export const MAX_INTERVAL_DAYS = 3650;
/** B6 and B7 look back this far for a restore test or a drill. */
export const RECORD_VALID_DAYS = 365;
const DAY_MS = 86_400_000;

const fnv1a = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
};

/**
 * A fingerprint of what a runbook asks people to do: per path, its steps' titles, servers, commands
 * and what each waits for (by title). Minutes, planned times and step numbers are left out, so a
 * recalibrated estimate (which renumbers steps in execution order) does not count as a change.
 */
export function runbookFingerprint(snapshot: Pick<RunSnapshot, "paths">): string {
  const text = snapshot.paths
    .map((p) => {
      const titles = new Map(p.steps.map((s) => [s.order, s.title]));
      const lines = p.steps
        .map((s) =>
          [
            s.title,
            s.server ?? "",
            s.command ?? "",
            s.dependsOn
              .map((d) => titles.get(d) ?? "?")
              .sort()
              .join(","),
          ].join("\u0001"),
        )
        .sort();
      return `${p.id}\u0002${lines.join("\u0003")}`;
    })
    .join("\u0004");
  return fnv1a(text);
}

export interface ExerciseRecord {
  kind: "run" | "drill";
  id: string;
  scenarioId: string;
  at: Date;
  /** "full exercise", "tabletop exercise", "drill". */
  label: string;
  /** One line on how it went. */
  result: string;
  /** The runbook's fingerprint when exercised; null for drills (they keep no copy of the runbook). */
  fingerprint: string | null;
  /** Whether it counts as an exercise (run-measurement.ts countsAsExercise); only those bring a runbook up to date. Drills: true. */
  performed: boolean;
}

const hours = (h: number) => `${Math.round(h * 10) / 10} h`;

/** Finished exercise runs and drills as programme records (incidents are not exercises). */
export function exerciseRecords(
  runs: readonly RunRecord[],
  drills: readonly DrillRecord[],
  scenarios: readonly Scenario[],
): ExerciseRecord[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const fromRuns = runs
    .filter((r) => r.kind === "exercise" && r.finishedAt)
    .map((r): ExerciseRecord => {
      const rep = runReport(r);
      const done = rep.steps.filter((s) => s.state === "done").length;
      const met = rep.workloads.filter((w) => w.meets === true).length;
      const judged = rep.workloads.filter((w) => w.meets !== null).length;
      const parts = [
        `${done} of ${rep.steps.length} steps done`,
        rep.skipped.length ? `${rep.skipped.length} skipped` : null,
        countsAsExercise(r.kind, r.exerciseType, rep.performance.performed) ? null : "steps not performed: does not count as exercised",
      ];
      if (rep.actualHours !== null) parts.push(`took ${hours(rep.actualHours)} against ${hours(rep.estimatedHours)} estimated`);
      if (judged) parts.push(`${met} of ${judged} workloads within target`);
      return {
        kind: "run",
        id: r.id,
        scenarioId: r.scenarioId,
        at: r.finishedAt!,
        label: runKindLabel(r.kind, r.exerciseType),
        result: parts.filter(Boolean).join(", "),
        fingerprint: runbookFingerprint(r.snapshot),
        performed: countsAsExercise(r.kind, r.exerciseType, rep.performance.performed),
      };
    });
  const fromDrills = drills.map((d): ExerciseRecord => {
    const s = byId.get(d.scenarioId);
    const c = s ? compareDrill(s, d) : null;
    const timed = c ? c.steps.filter((x) => x.actual !== null).length : Object.keys(d.stepMinutes).length;
    const result = `${timed} step${timed === 1 ? "" : "s"} timed${c?.ratio ? `, ${c.ratio}× the estimate` : ""}`;
    return {
      kind: "drill",
      id: d.id,
      scenarioId: d.scenarioId,
      at: d.performedOn,
      label: "drill",
      result,
      fingerprint: null,
      performed: true,
    };
  });
  return [...fromRuns, ...fromDrills].sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id));
}

export type ProgrammeStatus = "never" | "overdue" | "due" | "current";

export interface ProgrammeRow {
  scenarioId: string;
  title: string;
  /** The best (lowest) rank among the ranked workloads the runbook brings back; null when it affects none. */
  bestRank: number | null;
  workloads: string[];
  last: ExerciseRecord | null;
  exercises: number;
  /** True/false when the last exercise kept a copy of the runbook; null when it did not (drill) or there is none. */
  changedSince: boolean | null;
  status: ProgrammeStatus;
  /** When the next exercise should happen (yyyy-mm-dd). */
  dueOn: string;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One row per runbook, in schedule order: by due date, then most critical. A runbook never exercised
 * is due at a date spread over the interval (the most critical first, from today), so a new programme
 * does not ask for every exercise at once; one exercised is due an interval after its last exercise.
 */
export function exerciseProgramme(
  scenarios: readonly Scenario[],
  titleOf: (s: Scenario) => string,
  d: Pick<Deployment, "priorities">,
  records: readonly ExerciseRecord[],
  intervalDays: number,
  now: Date,
): ProgrammeRow[] {
  const rank = new Map(d.priorities.workloads.map((w) => [w.workload as string, w.rank]));
  const lastOf = new Map<string, ExerciseRecord>();
  const count = new Map<string, number>();
  for (const r of records) {
    // A run whose steps were not performed (a click-through) does not bring the runbook up to date.
    if (!r.performed) continue;
    if (!lastOf.has(r.scenarioId)) lastOf.set(r.scenarioId, r);
    count.set(r.scenarioId, (count.get(r.scenarioId) ?? 0) + 1);
  }
  const base = scenarios.map((s) => {
    const ranks = s.workloads.map((w) => rank.get(w.workload)).filter((r): r is number => r !== undefined);
    return { s, bestRank: ranks.length ? Math.min(...ranks) : null, ranked: ranks.length };
  });
  const critical = (a: (typeof base)[number], b: (typeof base)[number]) =>
    (a.bestRank ?? Infinity) - (b.bestRank ?? Infinity) || b.ranked - a.ranked || a.s.id.localeCompare(b.s.id);
  const never = base.filter((x) => !lastOf.has(x.s.id)).sort(critical);
  const spread = new Map(
    never.map((x, i) => [x.s.id, new Date(now.getTime() + Math.floor((i * intervalDays) / Math.max(1, never.length)) * DAY_MS)]),
  );
  const rows = base.map((x): ProgrammeRow => {
    const last = lastOf.get(x.s.id) ?? null;
    const due = last ? new Date(last.at.getTime() + intervalDays * DAY_MS) : spread.get(x.s.id)!;
    const status: ProgrammeStatus = !last
      ? "never"
      : due.getTime() < now.getTime()
        ? "overdue"
        : due.getTime() - now.getTime() <= 30 * DAY_MS
          ? "due"
          : "current";
    const fingerprint = last?.fingerprint ?? null;
    return {
      scenarioId: x.s.id,
      title: titleOf(x.s),
      bestRank: x.bestRank,
      workloads: x.s.workloads.map((w) => w.workload),
      last,
      exercises: count.get(x.s.id) ?? 0,
      changedSince: fingerprint === null ? null : fingerprint !== runbookFingerprint(snapshotOf(x.s, "")),
      status,
      dueOn: dayOf(status === "overdue" ? now : due),
    };
  });
  const crit = new Map(base.sort(critical).map((x, i) => [x.s.id, i]));
  return rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || crit.get(a.scenarioId)! - crit.get(b.scenarioId)!);
}

const list = (rows: readonly ProgrammeRow[]) => {
  const shown = rows.slice(0, 5).map((r) => r.title);
  return `${shown.join("; ")}${rows.length > shown.length ? ` and ${rows.length - shown.length} more` : ""}`;
};

/** The programme's gaps: runbooks never exercised (B6, B7) and runbooks overdue (B7). Informational: B6 and B7 themselves carry the score. */
export function programmeGaps(rows: readonly ProgrammeRow[], intervalDays: number): Gap[] {
  const never = rows.filter((r) => r.status === "never");
  const overdue = rows.filter((r) => r.status === "overdue");
  const changed = rows.filter((r) => r.changedSince === true);
  const gaps: Gap[] = [];
  if (never.length)
    gaps.push({
      id: "exercise-never",
      severity: "info",
      subject: "exercise programme",
      message: `${never.length} of ${rows.length} runbooks have never been exercised, most critical first: ${list(never)}.`,
      fix: "Run each as an exercise from its runbook page (a walkthrough at least; a simulation or full exercise also tests the restore), following the programme's schedule.",
      rules: ["B6", "B7"],
    });
  if (overdue.length)
    gaps.push({
      id: "exercise-overdue",
      severity: "info",
      subject: "exercise programme",
      message: `${overdue.length} runbook${overdue.length === 1 ? " was" : "s were"} last exercised more than ${intervalDays} days ago: ${list(overdue)}.`,
      fix: "Exercise them again; the programme page lists them in order.",
      rules: ["B7"],
    });
  if (changed.length)
    gaps.push({
      id: "exercise-runbook-changed",
      severity: "info",
      subject: "exercise programme",
      message: `${changed.length} runbook${changed.length === 1 ? " has" : "s have"} changed since last exercised: ${list(changed)}.`,
      fix: "Walk the changed runbooks through with the team before the next scheduled exercise.",
      rules: ["B7"],
    });
  return gaps;
}

export interface RecordEvidence {
  kind: string;
  exerciseType: string | null;
  finishedAt: Date | null;
  scenarioId: string;
  /** Whether its steps were performed (run-measurement.ts); a walkthrough or simulation is a restore test only then. */
  performed?: boolean;
}

const within = (at: Date, now: Date) => at.getTime() <= now.getTime() && now.getTime() - at.getTime() <= RECORD_VALID_DAYS * DAY_MS;

/**
 * B6 and B7 judged from the records as well as the model's boxes. B6 passes on a finished incident,
 * simulation or full exercise, or a drill, in the last 12 months (a restore really done), even when
 * the box is not ticked. B7 fails when the box says trained but no exercise or drill was recorded in
 * the last 12 months, and says which one when there is.
 */
export function judgeFromRecords(
  check: BestPracticeCheck,
  runs: readonly RecordEvidence[],
  drills: readonly Pick<DrillRecord, "performedOn" | "scenarioId">[],
  now: Date,
): BestPracticeCheck {
  const day = (d: Date) => dayOf(d);
  if (check.id === "B6") {
    if (check.status === "pass") return check;
    const restores = [
      ...runs
        .filter(
          (r) =>
            r.finishedAt &&
            within(r.finishedAt, now) &&
            (r.kind === "incident" ||
              r.exerciseType === "full" ||
              (r.performed === true && (r.exerciseType === "simulation" || r.exerciseType === "walkthrough"))),
        )
        .map((r) => ({ at: r.finishedAt!, what: `a ${runKindLabel(r.kind, r.exerciseType)} of ${r.scenarioId}` })),
      ...drills.filter((d) => within(d.performedOn, now)).map((d) => ({ at: d.performedOn, what: `a drill of ${d.scenarioId}` })),
    ].sort((a, b) => b.at.getTime() - a.at.getTime());
    if (!restores.length) return check;
    return {
      ...check,
      status: "pass",
      why: `Restores were done and recorded: ${restores.length} in the last 12 months, the latest ${restores[0].what} on ${day(restores[0].at)}.`,
    };
  }
  if (check.id === "B7") {
    const exercises = [
      ...runs
        .filter((r) => countsAsExercise(r.kind, r.exerciseType, r.performed === true) && r.finishedAt && within(r.finishedAt, now))
        .map((r) => ({ at: r.finishedAt!, what: `a ${runKindLabel(r.kind, r.exerciseType)} of ${r.scenarioId}` })),
      ...drills.filter((d) => within(d.performedOn, now)).map((d) => ({ at: d.performedOn, what: `a drill of ${d.scenarioId}` })),
    ].sort((a, b) => b.at.getTime() - a.at.getTime());
    if (exercises.length) {
      const latest = `${exercises.length} exercise${exercises.length === 1 ? "" : "s"} or drill${exercises.length === 1 ? "" : "s"} recorded in the last 12 months, the latest ${exercises[0].what} on ${day(exercises[0].at)}.`;
      return check.status === "pass" ? { ...check, why: latest } : { ...check, why: `${check.why} ${latest}` };
    }
    if (check.status !== "pass") return { ...check, why: `${check.why} No exercise or drill is recorded in the last 12 months either.` };
    return {
      ...check,
      status: "fail",
      why: "Staff are marked as trained, but no exercise or drill is recorded in the last 12 months: run one from a runbook page or record a drill.",
    };
  }
  return check;
}

/**
 * The plan's checks and gaps with the records: B6 and B7 judged again, the B6 gap dropped when a
 * recorded restore passes it, a B7 gap when the box is ticked but nothing was exercised, and the
 * programme's gaps. The caller re-runs the assessment (reassessed) on the result.
 */
export function withExerciseRecords<P extends { gaps: Gap[]; checklists: { backup: unknown[]; bestPractices: BestPracticeCheck[] } }>(
  plan: P,
  runs: readonly RecordEvidence[],
  drills: readonly Pick<DrillRecord, "performedOn" | "scenarioId">[],
  programme: readonly ProgrammeRow[],
  intervalDays: number,
  now: Date,
): P {
  const before = new Map(plan.checklists.bestPractices.map((c) => [c.id, c]));
  const bestPractices = plan.checklists.bestPractices.map((c) => judgeFromRecords(c, runs, drills, now));
  const after = new Map(bestPractices.map((c) => [c.id, c]));
  let gaps = plan.gaps.filter((g) => !(g.id === "restore-never-tested" && after.get("B6")?.status === "pass"));
  const b7 = after.get("B7");
  if (b7 && b7.status === "fail" && before.get("B7")?.status === "pass")
    gaps.push({
      id: "no-recent-exercise",
      severity: "warning",
      subject: "recovery staff",
      message: b7.why,
      fix: "Exercise a runbook with the team (start an exercise from its runbook page), or record a drill.",
      rules: ["B7"],
    });
  gaps = [...gaps, ...programmeGaps(programme, intervalDays)];
  const order = { critical: 0, warning: 1, info: 2 } as const;
  gaps.sort((a, b) => order[a.severity] - order[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...plan, gaps, checklists: { ...plan.checklists, bestPractices } };
}
