// Drills (B7): what a recorded drill measured against the runbook's estimate, and a calibration of
// the hands-on time assumptions from every drill recorded. Pure functions over plain data.
import type { Scenario } from "../formats/plan";
import { ASSUMPTION_TABLE, type Assumptions, type AssumptionKey } from "../engine/assumptions";

export interface DrillRecord {
  id: string;
  scenarioId: string;
  performedOn: Date;
  /** Step order -> minutes the step really took. */
  stepMinutes: Record<string, number>;
  notes: string;
  recordedBy: string;
}

export interface DrillComparison {
  steps: { order: number; title: string; estimated: number; actual: number | null; waiting: boolean }[];
  estimatedMinutes: number;
  actualMinutes: number;
  /** Actual / estimated over the timed hands-on steps; null when none was timed. */
  ratio: number | null;
}

export function compareDrill(scenario: Scenario, drill: Pick<DrillRecord, "stepMinutes">): DrillComparison {
  const steps = scenario.steps.map((s) => {
    const actual = drill.stepMinutes[String(s.order)];
    return { order: s.order, title: s.title, estimated: s.minutes, actual: actual === undefined ? null : actual, waiting: !!(s as { waiting?: boolean }).waiting };
  });
  const timed = steps.filter((s) => s.actual !== null && !s.waiting && s.estimated > 0);
  const estimatedMinutes = timed.reduce((n, s) => n + s.estimated, 0);
  const actualMinutes = timed.reduce((n, s) => n + (s.actual ?? 0), 0);
  return { steps, estimatedMinutes, actualMinutes, ratio: estimatedMinutes > 0 ? Math.round((actualMinutes / estimatedMinutes) * 100) / 100 : null };
}

/** Hands-on work assumptions (minutes) that drills can calibrate; waiting times and throughputs stay. */
export const CALIBRATED_KEYS: readonly AssumptionKey[] = ASSUMPTION_TABLE.filter(
  (r) => r.unit === "minutes" && !["missingMediaMinutes", "mediaShippingMinutes", "decisionMinutes"].includes(r.key),
).map((r) => r.key);

export interface Calibration {
  drills: number;
  timedSteps: number;
  /** Median of per-drill ratios. */
  ratio: number;
  proposed: Partial<Assumptions>;
}

/** Scale the hands-on time assumptions by the median drill ratio (null without a timed drill). */
export function calibrate(ratios: (number | null)[], current: Assumptions, timedSteps: number): Calibration | null {
  const rs = ratios.filter((r): r is number => r !== null && Number.isFinite(r) && r > 0).sort((a, b) => a - b);
  if (rs.length === 0) return null;
  const ratio = rs.length % 2 ? rs[rs.length >> 1] : (rs[rs.length / 2 - 1] + rs[rs.length / 2]) / 2;
  const proposed: Partial<Assumptions> = {};
  for (const key of CALIBRATED_KEYS) proposed[key] = Math.max(1, Math.round(current[key] * ratio));
  return { drills: rs.length, timedSteps, ratio: Math.round(ratio * 100) / 100, proposed };
}
