// Am I protected? The verdict, the resilience score and its breakdown, from the plan's scenarios, data
// loss estimates and gaps. The formula (documented in ARCHITECTURE.md and on the overview):
//
//   score = 100 - recovery time points - data loss points - coverage points, each item rounded to 0.1
//
//   recovery time (at most 60): for each ranked workload whose worst case misses its target,
//     60 x weight x (worst - target) / worst        (half its share at twice the target, nearly all at 10x)
//   data loss (at most 15): the same with 15 points and the workload's longest backup interval (P2, D5)
//   coverage (at most 25): every other open gap, 6 points per critical and 2 per warning (info: none)
//
// A workload's weight falls linearly with its rank (see rankedWorkloads); recoverability can cost 75
// points, coverage 25, so a plan that backs everything up but misses its targets still scores low.
// (worst - target) / worst rather than a capped ratio: a change that brings 300 h down to 100 h against
// a 4 h target still shows as progress, so the recommender can rank it.
// An accepted gap costs nothing and does not count for the verdict.
import type { Deployment } from "../../formats/deployment";
import { WORKLOAD_LABELS } from "../../formats/enums";
import type { Assessment, Gap, RpoEntry, Scenario, ScoreItem, Verdict } from "../../formats/plan";
import { rtoGapId } from "../gaps/recovery";
import { rankedWorkloads, worstMisses } from "./worst";

export const RTO_POINTS = 60;
export const RPO_POINTS = 15;
export const COVERAGE_POINTS = 25;
export const GAP_POINTS = { critical: 6, warning: 2, info: 0 } as const;

export interface AssessmentInput {
  d: Deployment;
  scenarios: readonly Scenario[];
  rpo: readonly RpoEntry[];
  gaps: readonly Gap[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
/** The share of a workload's points a miss costs: 0 on target, 1/2 at twice the target, towards 1 beyond. */
const shortfall = (hours: number, target: number) => (hours <= target ? 0 : (hours - target) / hours);
const isRecoveryGap = (id: string) =>
  id.startsWith("rto-over-target:") || id.startsWith("rpo-over-target:") || id.startsWith("archiving-rpo-over-target:");

/** The gap a data item's miss shows up as (see gaps/recovery.ts and the archiving row). */
export function rpoGapIdOf(d: Deployment, r: Pick<RpoEntry, "data" | "subject">): string {
  return d.priorities.regulated && r.data === "LCSLog"
    ? `archiving-rpo-over-target:${r.subject}`
    : `rpo-over-target:${r.data}@${r.subject}`;
}

export function assess(input: AssessmentInput, accepted: ReadonlySet<string> = new Set()): Omit<Assessment, "recommendations"> {
  const { d, scenarios, rpo, gaps } = input;
  const ranked = rankedWorkloads(d);
  const worst = worstMisses(d, scenarios, rpo);
  const breakdown: ScoreItem[] = [];

  for (const w of ranked) {
    const miss = worst.find((x) => x.workload === w.workload)!;
    const label = WORKLOAD_LABELS[w.workload];
    const gapId = rtoGapId(w.workload);
    if (miss.hours !== null && miss.hours > w.rtoHours && !accepted.has(gapId)) {
      const points = round1(RTO_POINTS * w.weight * shortfall(miss.hours, w.rtoHours));
      if (points > 0)
        breakdown.push({
          label: `${label}: back after ${miss.hours} h in the worst case, target ${w.rtoHours} h`,
          points: -points,
          category: "rto",
          gapId,
          workload: w.workload,
          rules: ["P1", "P5"],
        });
    }
    // The longest interval among the data items whose gap is still open.
    let worstInterval = 0;
    let worstEntry: RpoEntry | undefined;
    for (const r of rpo) {
      if (!r.workloads?.includes(w.workload)) continue;
      const interval = r.intervalHours ?? r.hours;
      if (interval > w.rpoHours && interval > worstInterval && !accepted.has(rpoGapIdOf(d, r))) {
        worstInterval = interval;
        worstEntry = r;
      }
    }
    if (worstEntry) {
      const points = round1(RPO_POINTS * w.weight * shortfall(worstInterval, w.rpoHours));
      if (points > 0)
        breakdown.push({
          label: `${label}: ${worstEntry.data} backed up every ${worstInterval} h, target ${w.rpoHours} h of data loss`,
          points: -points,
          category: "rpo",
          gapId: rpoGapIdOf(d, worstEntry),
          workload: w.workload,
          rules: ["P2", "D5"],
        });
    }
  }

  let coverageLeft = COVERAGE_POINTS;
  for (const g of gaps) {
    if (isRecoveryGap(g.id) || accepted.has(g.id)) continue;
    const points = Math.min(coverageLeft, GAP_POINTS[g.severity]);
    if (points <= 0) continue;
    coverageLeft -= points;
    breakdown.push({
      label: `${g.severity === "critical" ? "Critical gap" : "Gap"}: ${g.subject} (${g.id})`,
      points: -points,
      category: "coverage",
      gapId: g.id,
      rules: g.rules,
    });
  }

  const lost = breakdown.reduce((sum, b) => sum - b.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(100 - lost)));
  const { verdict, reasons } = verdictOf(input, worst, accepted);
  const acceptedIds = gaps.filter((g) => accepted.has(g.id)).map((g) => g.id);
  return { verdict, reasons, score, breakdown, worst, ...(acceptedIds.length ? { accepted: acceptedIds } : {}) };
}

/**
 * not-protected: a critical gap is open (a top-ranked workload at twice its target or worse, data
 * that is not backed up, backups a disaster takes with the servers...). at-risk: no critical gap, but a
 * ranked workload misses a recovery time or data loss target. protected: every target met.
 */
function verdictOf(
  input: AssessmentInput,
  worst: ReturnType<typeof worstMisses>,
  accepted: ReadonlySet<string>,
): { verdict: Verdict; reasons: string[] } {
  const open = input.gaps.filter((g) => !accepted.has(g.id));
  const critical = open.filter((g) => g.severity === "critical");
  const rtoMisses = worst.filter((w) => w.meets === false && !accepted.has(rtoGapId(w.workload)));
  const rpoMisses: string[] = [];
  for (const w of rankedWorkloads(input.d)) {
    const open = input.rpo.filter(
      (r) => r.workloads?.includes(w.workload) && (r.intervalHours ?? r.hours) > w.rpoHours && !accepted.has(rpoGapIdOf(input.d, r)),
    );
    if (open.length === 0) continue;
    const r = open.reduce((a, b) => ((b.intervalHours ?? b.hours) > (a.intervalHours ?? a.hours) ? b : a));
    rpoMisses.push(
      `${WORKLOAD_LABELS[w.workload]}: ${r.data} backed up every ${r.intervalHours ?? r.hours} h against a ${w.rpoHours} h data loss target`,
    );
  }
  const missReasons = [
    ...rtoMisses.map((w) => `${WORKLOAD_LABELS[w.workload]}: worst case ${w.hours} h against a ${w.targetHours} h target (${w.scenario})`),
    ...rpoMisses,
  ];
  if (critical.length > 0) {
    const others = critical.filter((g) => !isRecoveryGap(g.id)).map((g) => g.message);
    return {
      verdict: "not-protected",
      reasons: [...missReasons.slice(0, rtoMisses.length), ...others, ...missReasons.slice(rtoMisses.length)],
    };
  }
  if (missReasons.length > 0) return { verdict: "at-risk", reasons: missReasons };
  const warnings = open.filter((g) => g.severity === "warning").length;
  return {
    verdict: "protected",
    reasons: [
      "Every ranked workload meets its recovery time and data loss targets in every scenario, and no critical gap is open.",
      ...(warnings > 0 ? [`${warnings} warning${warnings === 1 ? "" : "s"} remain on the gap list.`] : []),
    ],
  };
}
