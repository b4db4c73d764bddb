// Coverage gaps: every row of the gap table run against the plan, most severe first, then by id.
import type { Gap, GapSeverity } from "../../formats/plan";
import { GAP_RULES, type GapContext } from "./detectors";

const SEVERITY_ORDER: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

export function gapsFor(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const row of GAP_RULES)
    for (const g of row.detect(ctx))
      gaps.push({
        id: g.id,
        severity: g.severity ?? row.severity,
        subject: g.subject,
        message: g.message,
        fix: g.fix,
        rules: [...row.rules],
      });
  return gaps.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
