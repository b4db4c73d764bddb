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
// The geometric mean treats "twice as long" and "half as long" symmetrically. Steps that name no
// assumption (fixed times, hardware delivery, copying over the network, a step mixing two assumptions)
// calibrate nothing. Pure: no loading here.
import { ASSUMPTION_TABLE, type Assumptions, type AssumptionKey, type AssumptionRow } from "../engine/assumptions";
import type { Scenario } from "../formats/plan";
import type { DrillRecord } from "./drills";
import { pathOf, type RunRecord } from "./run-snapshot";

export const HALF_LIFE_DAYS = 180;
const DAY_MS = 86_400_000;

/** Which recorded work measures real durations: an incident, or an exercise that does the work. */
export const MEASURING_EXERCISES: readonly string[] = ["simulation", "full"];

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

/** Why a run does not calibrate, or null when it does. */
export function runExclusion(run: Pick<RunRecord, "finishedAt" | "kind" | "exerciseType">): string | null {
  if (!run.finishedAt) return "not finished";
  if (run.kind === "exercise" && !MEASURING_EXERCISES.includes(run.exerciseType ?? ""))
    return `a ${run.exerciseType ?? "walkthrough"} exercise does not do the work`;
  return null;
}

/** The done steps of a finished run's chosen branch, with their measured minutes (start to done). */
export function runMeasurements(run: RunRecord, current: Assumptions): Measurement[] {
  if (runExclusion(run) !== null) return [];
  const path = pathOf(run.snapshot, run.pathId);
  if (!path) return [];
  const source: CalibrationSource = {
    kind: "run",
    id: run.id,
    label: `Run of ${day(run.finishedAt!)} (${run.kind === "exercise" ? `${run.exerciseType} exercise` : "incident"})`,
    at: run.finishedAt!,
  };
  const out: Measurement[] = [];
  for (const rec of run.steps) {
    if (rec.pathId !== run.pathId || rec.state !== "done" || !rec.startedAt || !rec.doneAt) continue;
    const step = path.steps.find((s) => s.order === rec.order);
    if (!step || !isCalibratable(step.assumption)) continue;
    const actual = (rec.doneAt.getTime() - rec.startedAt.getTime()) / 60_000;
    const valueThen = run.snapshot.assumptions?.[step.assumption] ?? current[step.assumption];
    out.push({ source, assumption: step.assumption, estimated: step.minutes, actual, valueThen });
  }
  return out;
}

/** A drill's timed steps, compared with the scenario as today's plan has it. */
export function drillMeasurements(drill: DrillRecord, scenario: Scenario, current: Assumptions): Measurement[] {
  const source: CalibrationSource = { kind: "drill", id: drill.id, label: `Drill of ${day(drill.performedOn)}`, at: drill.performedOn };
  const out: Measurement[] = [];
  for (const step of scenario.steps) {
    const actual = drill.stepMinutes[String(step.order)];
    if (actual === undefined || !isCalibratable(step.assumption)) continue;
    out.push({ source, assumption: step.assumption, estimated: step.minutes, actual, valueThen: current[step.assumption] });
  }
  return out;
}

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
    const value = Math.exp(parts.reduce((n, p) => n + p.weight * Math.log(p.implied), 0) / total);
    parts.sort((a, b) => b.source.at.getTime() - a.source.at.getTime() || a.source.id.localeCompare(b.source.id));
    out.push({
      key: row.key,
      label: row.label,
      unit: row.unit,
      current: current[row.key],
      proposed: rounded(row.unit, value),
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

/** Every measurement of the finished runs and recorded drills (a drill's scenario gone from the plan measures nothing). */
export function measurementsOf(
  runs: readonly RunRecord[],
  drills: readonly DrillRecord[],
  scenarios: readonly Scenario[],
  current: Assumptions,
): Measurement[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return [
    ...runs.flatMap((r) => runMeasurements(r, current)),
    ...drills.flatMap((d) => {
      const s = byId.get(d.scenarioId);
      return s ? drillMeasurements(d, s, current) : [];
    }),
  ];
}
