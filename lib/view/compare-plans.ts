// What-if: two plans side by side (a deployment and its variant, e.g. with a spare server, one more
// administrator or 6-hourly backups). Pure: plans in, differences out.
import type { Plan } from "../engine/plan";
import type { Workload } from "../formats/enums";
import type { GapSeverity } from "../formats/plan";
import { scenarioTitle } from "../print/runbook-document";

export interface Change {
  a: number | null;
  b: number | null;
  /** b - a, rounded to 2 decimals; null when either side lacks the figure. */
  delta: number | null;
}

const change = (a: number | null | undefined, b: number | null | undefined): Change => ({
  a: a ?? null,
  b: b ?? null,
  delta: a === null || a === undefined || b === null || b === undefined ? null : Math.round((b - a) * 100) / 100,
});

export interface PlanComparison {
  scenarios: ({ id: string; title: string } & Change)[];
  /** Worst recovery time of each workload over all scenarios. */
  workloads: ({ workload: Workload } & Change)[];
  rpo: ({ data: string } & Change)[];
  gaps: Record<GapSeverity | "total", Change>;
}

function worstByWorkload(plan: Plan): Map<Workload, number> {
  const worst = new Map<Workload, number>();
  for (const s of plan.scenarios) for (const w of s.workloads) worst.set(w.workload, Math.max(worst.get(w.workload) ?? 0, w.rtoHours));
  return worst;
}

const rpoKey = (r: Plan["rpo"][number]) => (r.subject ? `${r.data} @ ${r.subject}` : r.data);

export function comparePlans(a: Plan, b: Plan): PlanComparison {
  const bScenarios = new Map(b.scenarios.map((s) => [s.id, s]));
  const aIds = new Set(a.scenarios.map((s) => s.id));
  const scenarios = [
    ...a.scenarios.map((s) => ({ id: s.id, title: scenarioTitle(s), ...change(s.rtoHours, bScenarios.get(s.id)?.rtoHours) })),
    ...b.scenarios.filter((s) => !aIds.has(s.id)).map((s) => ({ id: s.id, title: scenarioTitle(s), ...change(null, s.rtoHours) })),
  ];
  const wa = worstByWorkload(a);
  const wb = worstByWorkload(b);
  const workloads = [...new Set([...wa.keys(), ...wb.keys()])].map((workload) => ({
    workload,
    ...change(wa.get(workload), wb.get(workload)),
  }));
  const rb = new Map(b.rpo.map((r) => [rpoKey(r), r.hours]));
  const rpoA = new Set(a.rpo.map(rpoKey));
  const rpo = [
    ...a.rpo.map((r) => ({ data: rpoKey(r), ...change(r.hours, rb.get(rpoKey(r))) })),
    ...b.rpo.filter((r) => !rpoA.has(rpoKey(r))).map((r) => ({ data: rpoKey(r), ...change(null, r.hours) })),
  ];
  const count = (p: Plan, sev?: GapSeverity) => p.gaps.filter((g) => !sev || g.severity === sev).length;
  const gaps = {
    critical: change(count(a, "critical"), count(b, "critical")),
    warning: change(count(a, "warning"), count(b, "warning")),
    info: change(count(a, "info"), count(b, "info")),
    total: change(count(a), count(b)),
  };
  return { scenarios, workloads, rpo, gaps };
}
