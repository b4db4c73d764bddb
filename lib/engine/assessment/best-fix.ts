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

export function withBestFixes(gaps: readonly Gap[], recs: readonly Recommendation[]): Gap[] {
  return gaps.map((g) => {
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
