// Recovery gaps: one per ranked workload that misses its recovery time target (not one per scenario),
// naming what dominates its worst case; one per data item whose backup interval exceeds the data loss
// target of a workload using it. Severity comes from the workload's place in the ranking and the size
// of the miss (severityOfMiss).
import { WORKLOAD_LABELS, type Workload } from "../../formats/enums";
import type { GapSeverity } from "../../formats/plan";
import { criticalChain } from "../assessment/critical-path";
import { rankedWorkloads, worstRecovery, type RankedWorkload } from "../assessment/worst";
import type { GapContext, GapDraft } from "./detectors";

/**
 * Critical: a workload in the top half of the ranking at twice its target or more. Info: a workload in
 * the bottom half missing by at most a quarter. Warning: every other miss.
 */
export function severityOfMiss(position: number, rankedCount: number, ratio: number): GapSeverity {
  const topHalf = position <= Math.ceil(rankedCount / 2);
  if (topHalf && ratio >= 2) return "critical";
  if (!topHalf && ratio <= 1.25) return "info";
  return "warning";
}

const ratioOf = (hours: number, target: number) => (target > 0 ? hours / target : hours > 0 ? Infinity : 1);
const SEVERITY_RANK: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

export const rtoGapId = (w: Workload) => `rto-over-target:${w}`;
export const GENERIC_RTO_FIX = "Shorten the critical path: spare hardware, more administrators, a standby site, or redundant servers.";

export function rtoGaps(ctx: GapContext): GapDraft[] {
  const ranked = rankedWorkloads(ctx.d);
  const out: GapDraft[] = [];
  for (const w of ranked) {
    const worst = worstRecovery(ctx.scenarios, w.workload);
    if (!worst || worst.hours <= w.rtoHours) continue;
    const missing = ctx.scenarios.filter((s) => s.workloads.some((x) => x.workload === w.workload && x.meets === false)).length;
    const touching = ctx.scenarios.filter((s) => s.workloads.some((x) => x.workload === w.workload)).length;
    const chain = criticalChain(worst.scenario, w.workload);
    const label = WORKLOAD_LABELS[w.workload];
    out.push({
      id: rtoGapId(w.workload),
      subject: label,
      message:
        `${label} (rank ${w.rank}) is back after about ${worst.hours} h in its worst case, ${worst.scenario.title ?? worst.scenario.id}, against a ${w.rtoHours} h target; ` +
        `${missing} of ${touching} scenario${touching === 1 ? "" : "s"} miss it.` +
        (chain?.description ? ` Its recovery is dominated by ${chain.description}.` : ""),
      fix: GENERIC_RTO_FIX,
      severity: severityOfMiss(w.position, ranked.length, ratioOf(worst.hours, w.rtoHours)),
    });
  }
  return out;
}

export function rpoGaps(ctx: GapContext): GapDraft[] {
  const ranked = rankedWorkloads(ctx.d);
  const byWorkload = new Map<Workload, RankedWorkload>(ranked.map((w) => [w.workload, w]));
  const out: GapDraft[] = [];
  for (const r of ctx.rpo) {
    if (r.meets !== false || (ctx.d.priorities.regulated && r.data === "LCSLog")) continue;
    const interval = r.intervalHours ?? r.hours;
    let severity: GapSeverity = "info";
    const missed: string[] = [];
    for (const workload of r.workloads ?? []) {
      const w = byWorkload.get(workload);
      if (!w || interval <= w.rpoHours) continue;
      missed.push(`${WORKLOAD_LABELS[workload]} (${w.rpoHours} h)`);
      const s = severityOfMiss(w.position, ranked.length, ratioOf(interval, w.rpoHours));
      if (SEVERITY_RANK[s] < SEVERITY_RANK[severity]) severity = s;
    }
    out.push({
      id: `rpo-over-target:${r.data}@${r.subject}`,
      subject: `${r.data} (${r.subject})`,
      message:
        `${r.data} is backed up every ${interval} h, more than ${missed.join(", ")} can lose; ` +
        `a loss can cost up to ${r.hours} h of it (the interval plus the backup's own run). Targets are judged by the interval between full backups (P2, D5).`,
      fix: `Back it up at least every ${r.targetHours} h.`,
      severity,
    });
  }
  return out;
}
