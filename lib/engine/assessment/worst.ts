// The worst case of every ranked workload: the scenario with its longest recovery, and its largest
// data loss. Reads only the plan's public output (scenarios, rpo) and the deployment's priorities.
import type { Deployment } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import type { RpoEntry, Scenario, WorstMiss } from "../../formats/plan";

/** Ranked workloads in rank order (ties in file order), with their weight in the score. */
export interface RankedWorkload {
  workload: Workload;
  rank: number;
  /** 1-based place in the ranking. */
  position: number;
  rtoHours: number;
  rpoHours: number;
  /** Share of the recoverability points; the weights of all ranked workloads add up to 1. */
  weight: number;
}

/**
 * Weights fall linearly with the place in the ranking: with n workloads the first weighs n, the last 1,
 * normalised to add up to 1 (P1: the most critical workloads count most, none counts for nothing).
 */
export function rankedWorkloads(d: Deployment): RankedWorkload[] {
  const list = d.priorities.workloads
    .map((w, i) => ({ w, i }))
    .sort((a, b) => a.w.rank - b.w.rank || a.i - b.i)
    .map(({ w }) => w);
  const n = list.length;
  const total = (n * (n + 1)) / 2;
  return list.map((w, i) => ({
    workload: w.workload,
    rank: w.rank,
    position: i + 1,
    rtoHours: w.rtoHours,
    rpoHours: w.rpoHours,
    weight: (n - i) / total,
  }));
}

export interface WorstRpo {
  entry: RpoEntry;
  intervalHours: number;
  meets: boolean;
}

/** The workload's longest recovery over every scenario's main path (ties: the first scenario). */
export function worstRecovery(scenarios: readonly Scenario[], workload: Workload): { scenario: Scenario; hours: number } | null {
  let best: { scenario: Scenario; hours: number } | null = null;
  for (const s of scenarios)
    for (const w of s.workloads)
      if (w.workload === workload && (best === null || w.rtoHours > best.hours)) best = { scenario: s, hours: w.rtoHours };
  return best;
}

/** The data item whose loss costs the workload most, judged by the backup interval (P2, D5). */
export function worstDataLoss(rpo: readonly RpoEntry[], workload: Workload, targetHours: number): WorstRpo | null {
  let best: WorstRpo | null = null;
  for (const r of rpo) {
    if (!r.workloads?.includes(workload)) continue;
    const intervalHours = r.intervalHours ?? r.hours;
    if (best === null || intervalHours > best.intervalHours || (intervalHours === best.intervalHours && r.hours > best.entry.hours))
      best = { entry: r, intervalHours, meets: intervalHours <= targetHours };
  }
  return best;
}

export function worstMisses(d: Deployment, scenarios: readonly Scenario[], rpo: readonly RpoEntry[]): WorstMiss[] {
  return rankedWorkloads(d).map((w) => {
    const rec = worstRecovery(scenarios, w.workload);
    const loss = worstDataLoss(rpo, w.workload, w.rpoHours);
    return {
      workload: w.workload,
      rank: w.rank,
      scenario: rec?.scenario.id ?? null,
      hours: rec?.hours ?? null,
      targetHours: w.rtoHours,
      meets: rec === null || rec.hours <= w.rtoHours,
      rpo: loss
        ? {
            data: loss.entry.data,
            ...(loss.entry.subject ? { subject: loss.entry.subject } : {}),
            hours: loss.entry.hours,
            intervalHours: loss.intervalHours,
            targetHours: w.rpoHours,
            meets: loss.meets,
          }
        : null,
    };
  });
}
