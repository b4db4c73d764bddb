// The overview's recovery-time chart data: one scenario's workloads, or the worst case of every
// scenario per workload, in the deployment's priority order.
import type { Deployment } from "../formats/deployment";
import type { Scenario } from "../formats/plan";
import { WORKLOAD_LABELS, type Workload } from "../formats/enums";

export const OVERVIEW_WORST_CASE = "worst-case";

export interface RtoDatum {
  workload: string;
  rtoHours: number;
  targetHours: number | null;
  meets: boolean | null;
}

export function rtoChartData(
  plan: { scenarios: readonly Scenario[] },
  d: Pick<Deployment, "priorities">,
  chosen: Scenario | undefined,
): RtoDatum[] {
  const targets = new Map(d.priorities.workloads.map((w) => [w.workload, w.rtoHours]));
  let rtoData: RtoDatum[];
  if (chosen) {
    rtoData = chosen.workloads.map((w) => ({
      workload: WORKLOAD_LABELS[w.workload],
      rtoHours: w.rtoHours,
      targetHours: w.targetHours,
      meets: w.meets,
    }));
  } else {
    const worst = new Map<Workload, number>();
    for (const s of plan.scenarios)
      for (const w of s.workloads) if ((worst.get(w.workload) ?? -1) < w.rtoHours) worst.set(w.workload, w.rtoHours);
    rtoData = [...worst].map(([w, h]) => {
      const target = targets.get(w) ?? null;
      return { workload: WORKLOAD_LABELS[w], rtoHours: h, targetHours: target, meets: target === null ? null : h <= target };
    });
  }
  const rank = new Map(d.priorities.workloads.map((w) => [WORKLOAD_LABELS[w.workload], w.rank]));
  return rtoData.sort((a, b) => (rank.get(a.workload) ?? 99) - (rank.get(b.workload) ?? 99));
}
