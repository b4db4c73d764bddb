// Drills (B7): what a recorded drill measured against the runbook's estimate (calibration per
// assumption is calibration.ts). Pure functions over plain data.
import type { Scenario } from "../formats/plan";

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
    return {
      order: s.order,
      title: s.title,
      estimated: s.minutes,
      actual: actual === undefined ? null : actual,
      waiting: !!(s as { waiting?: boolean }).waiting,
    };
  });
  const timed = steps.filter((s) => s.actual !== null && !s.waiting && s.estimated > 0);
  const estimatedMinutes = timed.reduce((n, s) => n + s.estimated, 0);
  const actualMinutes = timed.reduce((n, s) => n + (s.actual ?? 0), 0);
  return {
    steps,
    estimatedMinutes,
    actualMinutes,
    ratio: estimatedMinutes > 0 ? Math.round((actualMinutes / estimatedMinutes) * 100) / 100 : null,
  };
}
