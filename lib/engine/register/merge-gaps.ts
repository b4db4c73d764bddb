// Gaps from a later stage of planning merged into the plan's list in its order: most severe first, then by id.
import type { Gap, GapSeverity } from "../../formats/plan";

const SEVERITY_ORDER: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

export function withExtraGaps(gaps: readonly Gap[], extra: readonly Gap[]): Gap[] {
  if (extra.length === 0) return [...gaps];
  return [...gaps, ...extra].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
