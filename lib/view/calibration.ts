// Calibration per assumption (issue 16): every runbook step names the assumption its minutes come from
// (`assumption` on the step), so a finished run or a recorded drill measures only those assumptions.
//
// For one assumption a, each source i (a finished run or a drill) that timed steps naming a gives
//
//   r_i = Σ actual minutes / Σ estimated minutes      over its timed steps naming a (estimate > 0, actual > 0)
//   V_i = v_i × r_i   (a time in minutes)      or   v_i / r_i   (a throughput in GB per hour)
//
// where v_i is the value a had when the estimate was made (kept in the run's snapshot; a drill is
// compared with today's plan, so today's value). V_i is the value that would have estimated that
// source exactly. The proposal is the weighted geometric mean of the V_i:
//
//   w_i = n_i × 0.5^(age_i / 180 days)        n_i = timed steps, age_i = days from the source to now
//   proposed = exp( Σ w_i ln V_i / Σ w_i )    rounded: whole minutes (at least 1), GB per hour to 0.1
//
// so a source with more timed steps counts more, and a source half a year older counts half as much.
// The geometric mean treats "twice as long" and "half as long" symmetrically.
//
// Few samples move a value less than many (shrinkage toward the current value c by sample count):
//
//   n = Σ w_i (the weighted number of timed steps)      k = n / (n + 5)
//   proposed = c × (measured / c)^k                     (in ratio terms: k of the way from c to the measurement)
//
// so one timed step moves a value a sixth of the way, five steps half the way, fifty steps 91%.
//
// Only real measurements count (run-measurement.ts): a run whose steps were not performed (a tabletop,
// a walkthrough or simulation without plausible times) calibrates nothing, and a step under its floor,
// untimed, or completed in a burst with others is shown as excluded with the reason. Steps that name no
// assumption (fixed times, hardware delivery, copying over the network, a step mixing two assumptions)
// calibrate nothing. Pure: no loading here.
import { ASSUMPTION_TABLE, type Assumptions, type AssumptionKey, type AssumptionRow } from "../engine/assumptions";
import type { Scenario } from "../formats/plan";
import type { DrillRecord } from "./drills";
import { floorMinutes, implausibleText, performanceOfRun, plausibility } from "./run-measurement";
import { pathOf, type RunRecord } from "./run-snapshot";

export const HALF_LIFE_DAYS = 180;
/** The shrinkage constant: with this many (weighted) timed steps a proposal moves half way from the current value. */
export const SHRINKAGE_STEPS = 5;
const DAY_MS = 86_400_000;

export const SHRINKAGE_RULE = `With n timed steps (weighted by age) a proposal moves n ÷ (n + ${SHRINKAGE_STEPS}) of the way from the current value toward what they measured (as a ratio): one step a sixth of the way, ${SHRINKAGE_STEPS} half, 50 about 91%.`;

/** A timed step left out of the calibration, and why. */
export interface ExcludedStep {
  source: CalibrationSource;
  order: number;
  title: string;
  assumption: AssumptionKey;
  why: string;
}

export interface CalibrationSource {
  kind: "run" | "drill";
  id: string;
  /** What the user sees: "Run of 2026-11-20 (full exercise)". */
  label: string;
  at: Date;
}

export interface Measurement {
  source: CalibrationSource;
  assumption: AssumptionKey;
  estimated: number;
  actual: number;
  /** The assumption's value when the estimate was made. */
  valueThen: number;
}

const ROWS = new Map<string, AssumptionRow>(ASSUMPTION_TABLE.map((r) => [r.key, r]));

/** Assumptions a timed step can calibrate: times in minutes and throughputs. */
export const isCalibratable = (key: string | undefined): key is AssumptionKey => {
  const unit = key === undefined ? undefined : ROWS.get(key)?.unit;
  return unit === "minutes" || unit === "GB per hour";
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Why a run does not calibrate, or null when it does: unfinished, or its steps were not performed (run-measurement.ts). */
export function runExclusion(
  run: Pick<RunRecord, "finishedAt" | "kind" | "exerciseType" | "snapshot" | "pathId" | "steps">,
): string | null {
  if (!run.finishedAt) return "not finished";
  const performance = performanceOfRun(run);
  return performance.performed ? null : performance.reason;
}

export interface CalibrationInput {
  measurements: Measurement[];
  excluded: ExcludedStep[];
}

const runSource = (run: RunRecord): CalibrationSource => ({
  kind: "run",
  id: run.id,
  label: `Run of ${day(run.finishedAt!)} (${run.kind === "exercise" ? `${run.exerciseType} exercise` : "incident"})`,
  at: run.finishedAt!,
});

/** The done steps of a finished, performed run's chosen branch: plausible ones measured (start to done), the others excluded. */
export function runCalibrationInput(run: RunRecord, current: Assumptions): CalibrationInput {
  if (runExclusion(run) !== null) return { measurements: [], excluded: [] };
  const path = pathOf(run.snapshot, run.pathId);
  if (!path) return { measurements: [], excluded: [] };
  const source = runSource(run);
  const done = run.steps.filter((r) => r.pathId === run.pathId && r.state === "done");
  const steps = new Map(path.steps.map((s) => [s.order, s]));
  // Plausibility is judged over every done step of the run (a burst counts all of them), then per calibrating step.
  const verdicts = plausibility(
    done.map((r) => ({ estimateMinutes: steps.get(r.order)?.minutes ?? 0, startedAt: r.startedAt, doneAt: r.doneAt })),
  );
  const out: CalibrationInput = { measurements: [], excluded: [] };
  done.forEach((rec, i) => {
    const step = steps.get(rec.order);
    if (!step || !isCalibratable(step.assumption)) return;
    const why = verdicts[i];
    if (why !== null || !rec.startedAt || !rec.doneAt) {
      out.excluded.push({
        source,
        order: step.order,
        title: step.title,
        assumption: step.assumption,
        why: implausibleText(why ?? { kind: "untimed" }),
      });
      return;
    }
    const actual = (rec.doneAt.getTime() - rec.startedAt.getTime()) / 60_000;
    const valueThen = run.snapshot.assumptions?.[step.assumption] ?? current[step.assumption];
    out.measurements.push({ source, assumption: step.assumption, estimated: step.minutes, actual, valueThen });
  });
  return out;
}

export const runMeasurements = (run: RunRecord, current: Assumptions): Measurement[] => runCalibrationInput(run, current).measurements;

/** A drill's timed steps, compared with the scenario as today's plan has it; a time under its step's floor is excluded. */
export function drillCalibrationInput(drill: DrillRecord, scenario: Scenario, current: Assumptions): CalibrationInput {
  const source: CalibrationSource = { kind: "drill", id: drill.id, label: `Drill of ${day(drill.performedOn)}`, at: drill.performedOn };
  const out: CalibrationInput = { measurements: [], excluded: [] };
  for (const step of scenario.steps) {
    const actual = drill.stepMinutes[String(step.order)];
    if (actual === undefined || !isCalibratable(step.assumption)) continue;
    const floor = floorMinutes(step.minutes);
    if (actual < floor) {
      out.excluded.push({
        source,
        order: step.order,
        title: step.title,
        assumption: step.assumption,
        why: implausibleText({ kind: "too-short", minutes: actual, floor }),
      });
      continue;
    }
    out.measurements.push({ source, assumption: step.assumption, estimated: step.minutes, actual, valueThen: current[step.assumption] });
  }
  return out;
}

export const drillMeasurements = (drill: DrillRecord, scenario: Scenario, current: Assumptions): Measurement[] =>
  drillCalibrationInput(drill, scenario, current).measurements;

export interface SourceContribution extends CalibrationSource {
  steps: number;
  /** Σ actual / Σ estimated over its steps (2 decimals). */
  ratio: number;
  /** The value that source alone points to. */
  implied: number;
  /** Its share of the weight, 0..1 (2 decimals). */
  share: number;
}

export interface AssumptionCalibration {
  key: AssumptionKey;
  label: string;
  unit: AssumptionRow["unit"];
  current: number;
  proposed: number;
  /** What the measurements alone point to, before shrinkage toward the current value. */
  measured: number;
  /** How far the proposal moves from the current value toward `measured`: n ÷ (n + SHRINKAGE_STEPS), 2 decimals. */
  pull: number;
  steps: number;
  sources: SourceContribution[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function rounded(unit: AssumptionRow["unit"], raw: number): number {
  const value = Math.round(raw * 1e6) / 1e6; // exp(ln x) drifts below x: 7.4999999 must round as 7.5
  return unit === "minutes" ? Math.max(1, Math.round(value)) : Math.max(0.1, Math.round(value * 10) / 10);
}

/** One row per assumption some source measured (table order), with the proposal and where it came from. */
export function calibrateAssumptions(measurements: readonly Measurement[], current: Assumptions, now: Date): AssumptionCalibration[] {
  const byKey = new Map<AssumptionKey, Map<string, Measurement[]>>();
  for (const m of measurements) {
    if (!(m.estimated > 0 && m.actual > 0 && m.valueThen > 0 && Number.isFinite(m.actual))) continue;
    const sources = byKey.get(m.assumption) ?? new Map<string, Measurement[]>();
    byKey.set(m.assumption, sources);
    const id = `${m.source.kind}:${m.source.id}`;
    sources.set(id, [...(sources.get(id) ?? []), m]);
  }
  const out: AssumptionCalibration[] = [];
  for (const row of ASSUMPTION_TABLE) {
    const sources = byKey.get(row.key);
    if (!sources) continue;
    const parts = [...sources.values()].map((ms) => {
      const ratio = ms.reduce((n, m) => n + m.actual, 0) / ms.reduce((n, m) => n + m.estimated, 0);
      const valueThen = ms[0].valueThen;
      const implied = row.unit === "GB per hour" ? valueThen / ratio : valueThen * ratio;
      const ageDays = Math.max(0, (now.getTime() - ms[0].source.at.getTime()) / DAY_MS);
      const weight = ms.length * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
      return { source: ms[0].source, steps: ms.length, ratio, implied, weight };
    });
    const total = parts.reduce((n, p) => n + p.weight, 0);
    const measuredLog = parts.reduce((n, p) => n + p.weight * Math.log(p.implied), 0) / total;
    const pull = total / (total + SHRINKAGE_STEPS);
    const currentLog = Math.log(current[row.key]);
    const value = Math.exp(currentLog + pull * (measuredLog - currentLog));
    parts.sort((a, b) => b.source.at.getTime() - a.source.at.getTime() || a.source.id.localeCompare(b.source.id));
    out.push({
      key: row.key,
      label: row.label,
      unit: row.unit,
      current: current[row.key],
      proposed: rounded(row.unit, value),
      measured: rounded(row.unit, Math.exp(measuredLog)),
      pull: round2(pull),
      steps: parts.reduce((n, p) => n + p.steps, 0),
      sources: parts.map((p) => ({
        ...p.source,
        steps: p.steps,
        ratio: round2(p.ratio),
        implied: rounded(row.unit, p.implied),
        share: round2(p.weight / total),
      })),
    });
  }
  return out;
}

/** The proposals that would change a value. */
export const changes = (rows: readonly AssumptionCalibration[]) => rows.filter((r) => r.proposed !== r.current);

/** Every measurement of the finished runs and recorded drills, and the timed steps left out (a drill's scenario gone from the plan measures nothing). */
export function calibrationInputOf(
  runs: readonly RunRecord[],
  drills: readonly DrillRecord[],
  scenarios: readonly Scenario[],
  current: Assumptions,
): CalibrationInput {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const parts = [
    ...runs.map((r) => runCalibrationInput(r, current)),
    ...drills.map((d) => {
      const s = byId.get(d.scenarioId);
      return s ? drillCalibrationInput(d, s, current) : { measurements: [], excluded: [] };
    }),
  ];
  return { measurements: parts.flatMap((p) => p.measurements), excluded: parts.flatMap((p) => p.excluded) };
}

export const measurementsOf = (
  runs: readonly RunRecord[],
  drills: readonly DrillRecord[],
  scenarios: readonly Scenario[],
  current: Assumptions,
): Measurement[] => calibrationInputOf(runs, drills, scenarios, current).measurements;
