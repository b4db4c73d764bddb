// The plan's business impact analysis (rule P8, facts 9.2; plan-format.md `bia`): per ranked workload,
// its recovery time target, the plan's worst-case estimate, the work recovery time (WRT) and the
// maximum tolerable downtime (MTD). NIST: RTO plus reprocessing time stays within the MTD; splitting it
// as "estimate + WRT <= MTD" is an industry decomposition (Snedaker), not NIST's own words. RPO is not
// part of the MTD.
import type { Deployment } from "../formats/deployment";
import type { Workload } from "../formats/enums";
import type { Scenario } from "../formats/plan";
import { rankedWorkloads, worstRecovery } from "./assessment/worst";

export interface BiaRow {
  workload: Workload;
  rank: number;
  rtoTargetHours: number;
  /** The worst case over every scenario that takes the workload down; null when none does. */
  estimatedHours: number | null;
  /** The scenario of that worst case. */
  scenario: string | null;
  wrtHours: number | null;
  mtdHours: number | null;
  /** estimated + WRT (0 when not stated) <= MTD; null when no MTD is stated or nothing takes the workload down. */
  meetsMtd: boolean | null;
  rules: string[];
}

const round2 = (h: number) => Math.round(h * 100) / 100;

export function biaFor(d: Deployment, scenarios: readonly Scenario[]): BiaRow[] {
  const stated = new Map(d.priorities.workloads.map((w) => [w.workload, w]));
  return rankedWorkloads(d).map((w) => {
    const worst = worstRecovery(scenarios, w.workload);
    const own = stated.get(w.workload);
    const mtdHours = own?.mtdHours ?? null;
    const wrtHours = own?.wrtHours ?? null;
    const estimatedHours = worst ? worst.hours : null;
    return {
      workload: w.workload,
      rank: w.rank,
      rtoTargetHours: w.rtoHours,
      estimatedHours,
      scenario: worst ? worst.scenario.id : null,
      wrtHours,
      mtdHours,
      meetsMtd: mtdHours === null || estimatedHours === null ? null : round2(estimatedHours + (wrtHours ?? 0)) <= mtdHours,
      rules: ["P8"],
    };
  });
}

/** Per workload with an MTD, the most hours its recovery may take: MTD minus WRT (the MTD gaps' fixes read it). */
export function mtdBudgets(rows: readonly BiaRow[]): Map<Workload, number> {
  return new Map(rows.filter((r) => r.mtdHours !== null).map((r) => [r.workload, r.mtdHours! - (r.wrtHours ?? 0)]));
}
