// What a calibration proposal would do before anyone accepts it: every ranked workload's worst case
// (longest recovery over all scenarios) planned again with that one value changed. Pure: the deployment,
// its own assumption values and today's plan in, one row per workload out.
import type { Assumptions } from "../engine/assumptions";
import { planDeployment } from "../engine/plan";
import type { Deployment } from "../formats/deployment";
import type { Workload } from "../formats/enums";
import type { WorstMiss } from "../formats/plan";
import type { AssumptionCalibration } from "./calibration";

export interface WorstCaseEffect {
  workload: Workload;
  targetHours: number;
  fromHours: number | null;
  toHours: number | null;
}

const worstOf = (worst: readonly WorstMiss[]) => new Map(worst.map((w) => [w.workload, w]));

/** Per changed proposal (by assumption key), each ranked workload's worst case now and with the proposed value. */
export function calibrationEffects(
  d: Deployment,
  overrides: Partial<Assumptions>,
  rows: readonly AssumptionCalibration[],
  baseWorst: readonly WorstMiss[],
): Map<string, WorstCaseEffect[]> {
  const out = new Map<string, WorstCaseEffect[]>();
  for (const r of rows) {
    if (r.proposed === r.current) continue;
    const after = worstOf(planDeployment(d, { assumptions: { ...overrides, [r.key]: r.proposed } }).assessment.worst);
    out.set(
      r.key,
      baseWorst.map((w) => ({
        workload: w.workload,
        targetHours: w.targetHours,
        fromHours: w.hours,
        toHours: after.get(w.workload)?.hours ?? null,
      })),
    );
  }
  return out;
}
