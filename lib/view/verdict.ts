// The overview's verdict section as data: the assessment, the targets for the effects' "(target 4 h)",
// the titles of the scenarios the reasons name, and the headline: the top-ranked workload that misses
// (its worst miss) and what the top recommendation buys for the highest-ranked workload it affects.
import type { Deployment } from "../formats/deployment";
import { WORKLOAD_LABELS, type Workload } from "../formats/enums";
import type { Assessment, Effect, EvidenceItem, EvidenceSection, Recommendation, RpoEntry, Scenario, WorstMiss } from "../formats/plan";
import { scenarioTitle } from "../print/runbook-document";
import { evidenceProblemOf } from "./rpo-summary";

export interface TopMiss {
  workload: Workload;
  measure: "rto" | "rpo";
  hours: number;
  targetHours: number;
  /** The recovery's scenario (rto) or the data item (rpo). */
  where: string | null;
}

export interface VerdictHeadline {
  /** The highest-ranked workload missing a target, at its worst; null when every ranked workload meets both. */
  topMiss: TopMiss | null;
  missText: string | null;
  /** The top recommendation and its effect on the highest-ranked workload it changes (null: it changes none). */
  best: { recommendation: Recommendation; effect: Effect | null } | null;
  helpText: string | null;
  /** The worst problem the backup evidence shows (null without evidence or when every item is within target). */
  evidenceText: string | null;
}

export interface VerdictView {
  assessment: Assessment;
  targets: Map<string, number>;
  scenarioTitles: Map<string, string>;
  headline: VerdictHeadline;
  /** The reasons as shown: the worst recovery-time miss first, the worst evidence problem beside it, then the rest. */
  reasons: string[];
}

interface VerdictPlan {
  assessment: Assessment;
  scenarios: readonly Scenario[];
  rpo?: readonly RpoEntry[];
  evidence?: EvidenceSection;
}

const PROBLEM_RANK: Record<EvidenceItem["status"], number> = { "no-evidence": 4, "no-good-backup": 3, stale: 2, "failed-runs": 1, ok: 0 };
const overTarget = (i: EvidenceItem) =>
  i.actualRpoHours === null ? Infinity : i.targetHours ? i.actualRpoHours / i.targetHours : i.actualRpoHours / i.plannedRpoHours;

/**
 * The evidence item a reader should hear about first: one outside its target before one within it, then
 * no backup at all, a stale backup, failed runs; then the furthest past its target.
 */
export function worstEvidenceItem(evidence: EvidenceSection | undefined): EvidenceItem | null {
  let worst: EvidenceItem | null = null;
  for (const i of evidence?.items ?? []) {
    if (i.status === "ok" && i.withinTarget) continue;
    if (
      worst === null ||
      Number(!i.withinTarget) - Number(!worst.withinTarget) > 0 ||
      (i.withinTarget === worst.withinTarget &&
        (PROBLEM_RANK[i.status] > PROBLEM_RANK[worst.status] ||
          (PROBLEM_RANK[i.status] === PROBLEM_RANK[worst.status] && overTarget(i) > overTarget(worst))))
    )
      worst = i;
  }
  return worst;
}

export function evidenceProblemText(i: EvidenceItem): string {
  const loss =
    i.actualRpoHours === null
      ? "has no good backup to restore"
      : `could lose ${i.actualRpoHours} h${i.targetHours !== null ? ` against its ${i.targetHours} h target` : ` (planned ${i.plannedRpoHours} h)`}`;
  const age = i.ageHours !== null ? `, last good backup ${i.ageHours} h old` : "";
  return `Backup evidence: ${i.subject} ${loss}${age} (${evidenceProblemOf(i) ?? "within target"}).`;
}

export function effectText(e: Effect, targets: Map<string, number>): string {
  const what = e.measure === "rto" ? WORKLOAD_LABELS[e.workload] : `${e.data} data loss`;
  const target = e.measure === "rto" ? targets.get(e.workload) : undefined;
  return `${what} ${e.fromHours ?? "—"} h → ${e.toHours ?? "—"} h${target !== undefined ? ` (target ${target} h)` : ""}`;
}

/** The miss a reader should hear first: the recovery time when it misses, else the data loss. */
function worstMissOf(w: WorstMiss, titles: Map<string, string>): TopMiss | null {
  if (w.meets === false && w.hours !== null)
    return {
      workload: w.workload,
      measure: "rto",
      hours: w.hours,
      targetHours: w.targetHours,
      where: w.scenario ? (titles.get(w.scenario) ?? w.scenario) : null,
    };
  if (w.rpo && !w.rpo.meets)
    return {
      workload: w.workload,
      measure: "rpo",
      hours: w.rpo.intervalHours,
      targetHours: w.rpo.targetHours,
      where: w.rpo.subject ? `${w.rpo.data} on ${w.rpo.subject}` : w.rpo.data,
    };
  return null;
}

/**
 * What the change does to the score, as a difference: the recommendations were scored on the model alone,
 * while the verdict above also counts backup evidence and recorded exercises, so "59 → 63" under a
 * verdict of 57 would read as a contradiction.
 */
export function scoreChange(rec: Pick<Recommendation, "scoreFrom" | "scoreTo">): string | null {
  if (rec.scoreFrom === undefined || rec.scoreTo === undefined || rec.scoreTo === rec.scoreFrom) return null;
  const d = rec.scoreTo - rec.scoreFrom;
  return `Score ${d > 0 ? "+" : "−"}${Math.abs(d)} point${Math.abs(d) === 1 ? "" : "s"}`;
}

const saved = (e: Effect) => (e.fromHours ?? 0) - (e.toHours ?? 0);

/**
 * The effect on the highest-ranked workload the recommendation changes: a recovery time effect names its
 * workload; a data loss effect counts for the best-ranked workload using that data. Ties: recovery time
 * first, then the larger saving.
 */
export function effectForTopWorkload(rec: Recommendation, worst: readonly WorstMiss[], rpo: readonly RpoEntry[]): Effect | null {
  const place = new Map(worst.map((w, i) => [w.workload, i]));
  const placeOf = (e: Effect): number => {
    if (e.measure === "rto") return place.get(e.workload) ?? Infinity;
    let best = Infinity;
    for (const r of rpo)
      if (r.data === e.data && (e.server === undefined || r.subject === e.server))
        for (const w of r.workloads ?? []) best = Math.min(best, place.get(w) ?? Infinity);
    return best;
  };
  let chosen: { e: Effect; place: number } | null = null;
  for (const e of rec.effects) {
    const p = placeOf(e);
    if (
      chosen === null ||
      p < chosen.place ||
      (p === chosen.place && e.measure === "rto" && chosen.e.measure === "rpo") ||
      (p === chosen.place && e.measure === chosen.e.measure && saved(e) > saved(chosen.e))
    )
      chosen = { e, place: p };
  }
  return chosen?.e ?? null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function verdictHeadline(plan: VerdictPlan, targets: Map<string, number>, titles: Map<string, string>): VerdictHeadline {
  const { worst, recommendations } = plan.assessment;
  let topMiss: TopMiss | null = null;
  for (const w of worst) if ((topMiss = worstMissOf(w, titles))) break;
  const missText = topMiss
    ? `${WORKLOAD_LABELS[topMiss.workload]} ${topMiss.measure === "rto" ? "takes" : "can lose"} ${topMiss.hours} h against its ${topMiss.targetHours} h ${topMiss.measure === "rto" ? "recovery" : "data loss"} target${topMiss.where ? ` (${topMiss.where})` : ""}.`
    : null;
  const rec = recommendations?.[0];
  const effect = rec ? effectForTopWorkload(rec, worst, plan.rpo ?? []) : null;
  const helpText = rec ? `Most help: ${lowerFirst(rec.title)}${effect ? ` — ${effectText(effect, targets)}` : ""}.` : null;
  const badEvidence = worstEvidenceItem(plan.evidence);
  const evidenceText = badEvidence ? evidenceProblemText(badEvidence) : null;
  return { topMiss, missText, best: rec ? { recommendation: rec, effect } : null, helpText, evidenceText };
}

export function verdictViewOf(plan: VerdictPlan, d: Deployment): VerdictView {
  const named = new Set(plan.assessment.worst.map((w) => w.scenario));
  const targets = new Map<string, number>(d.priorities.workloads.map((w) => [w.workload, w.rtoHours]));
  const scenarioTitles = new Map(plan.scenarios.filter((s) => named.has(s.id)).map((s) => [s.id, scenarioTitle(s)]));
  const headline = verdictHeadline(plan, targets, scenarioTitles);
  const [first, ...rest] = plan.assessment.reasons;
  const reasons =
    headline.evidenceText && first !== undefined && plan.assessment.verdict !== "protected"
      ? [first, headline.evidenceText, ...rest]
      : headline.evidenceText
        ? [headline.evidenceText, ...plan.assessment.reasons]
        : [...plan.assessment.reasons];
  return { assessment: plan.assessment, targets, scenarioTitles, headline, reasons };
}
