// The fix of a recovery gap is the recommendation that helps it most, with its effect in hours; the gap
// names it by id in `recommendation` (the text stays for people).
import { WORKLOAD_LABELS, WORKLOADS, type Workload } from "../../formats/enums";
import type { Effect, Gap, Recommendation } from "../../formats/plan";

type RtoEffect = Extract<Effect, { measure: "rto" }>;
type RpoEffect = Extract<Effect, { measure: "rpo" }>;

const saved = (e: { fromHours: number | null; toHours: number | null }) => (e.fromHours ?? 0) - (e.toHours ?? Infinity);

function best<E extends Effect>(recs: readonly Recommendation[], match: (e: Effect) => e is E): { rec: Recommendation; effect: E } | null {
  let found: { rec: Recommendation; effect: E } | null = null;
  for (const rec of recs)
    for (const e of rec.effects)
      if (match(e) && saved(e) > 0 && (found === null || saved(e) > saved(found.effect))) found = { rec, effect: e };
  return found;
}

/** Per workload, the most hours its worst-case recovery may take and still fit its MTD (MTD minus WRT), for the MTD gaps (P8). */
export type MtdBudgets = ReadonlyMap<Workload, number>;

export function withBestFixes(gaps: readonly Gap[], recs: readonly Recommendation[], mtdBudgets: MtdBudgets = new Map()): Gap[] {
  return gaps.map((g) => {
    if (g.id.startsWith("mtd-exceeded:")) {
      const fix = mtdFix(g, recs, mtdBudgets);
      if (fix) return fix;
    }
    const rto = /^(?:rto-over-target|mtd-exceeded):(.*)$/.exec(g.id);
    if (rto) {
      const workload = rto[1] as Workload;
      if (!WORKLOADS.includes(workload)) return g;
      const hit = best(recs, (e): e is RtoEffect => e.measure === "rto" && e.workload === workload);
      return hit
        ? {
            ...g,
            fix: `${hit.rec.title}: ${WORKLOAD_LABELS[workload]} ${hit.effect.fromHours} h → ${hit.effect.toHours} h in the worst case.`,
            recommendation: hit.rec.id,
          }
        : g;
    }
    const rpo = /^(?:archiving-)?rpo-over-target:(.*)$/.exec(g.id);
    if (rpo) {
      const hit = best(
        recs,
        (e): e is RpoEffect =>
          e.measure === "rpo" &&
          (g.id.startsWith("archiving-") ? e.data === "LCSLog" && e.server === rpo[1] : `${e.data}@${e.server}` === rpo[1]),
      );
      return hit
        ? {
            ...g,
            fix: `${hit.rec.title}: up to ${hit.effect.fromHours} h → ${hit.effect.toHours} h of ${hit.effect.data} lost.`,
            recommendation: hit.rec.id,
          }
        : g;
    }
    return g;
  });
}

// An MTD gap names the first recommendation (best first) that brings the workload within its MTD;
// when none does, the one that shortens it most, saying that it is not enough.
function mtdFix(g: Gap, recs: readonly Recommendation[], budgets: MtdBudgets): Gap | null {
  const workload = g.id.slice("mtd-exceeded:".length) as Workload;
  const budget = budgets.get(workload);
  if (!WORKLOADS.includes(workload) || budget === undefined) return null;
  const isRto = (e: Effect): e is RtoEffect => e.measure === "rto" && e.workload === workload;
  for (const rec of recs)
    for (const e of rec.effects)
      if (isRto(e) && e.toHours !== null && e.toHours <= budget)
        return {
          ...g,
          fix: `${rec.title}: ${WORKLOAD_LABELS[workload]} ${e.fromHours} h → ${e.toHours} h in the worst case, within the MTD once the work recovery time is added.`,
          recommendation: rec.id,
        };
  const hit = best(recs, isRto);
  return hit
    ? {
        ...g,
        fix: `${hit.rec.title}: ${WORKLOAD_LABELS[workload]} ${hit.effect.fromHours} h → ${hit.effect.toHours} h in the worst case, still beyond the MTD; no single recommendation is enough, so record an action with an owner and a date (P8).`,
        recommendation: hit.rec.id,
      }
    : null;
}
