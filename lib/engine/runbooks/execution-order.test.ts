// Runbooks an administrator works down in number order: properties over generated deployments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import type { RunbookStep, Scenario } from "../../formats/plan";
import { planDeployment, type Plan } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";

const RUNS = { numRuns: 80 };

function runbooks(plan: Plan) {
  return plan.scenarios.flatMap((s: Scenario) => [
    { id: s.id, steps: s.steps },
    ...(s.alternatives ?? []).map((a) => ({ id: `${s.id}#${a.id}`, steps: a.steps })),
  ]);
}

const rankIn = (d: Deployment) => {
  const ranks = new Map(d.priorities.workloads.map((w) => [w.workload, w.rank]));
  return (w: Workload) => ranks.get(w) ?? Infinity;
};

/**
 * The inversions of a runbook: a step serving workload W that waits, directly or through other steps,
 * for a step whose every workload is less critical than W. Steps that serve no workload (coordination)
 * are neutral.
 */
export function inversions(steps: RunbookStep[], rank: (w: Workload) => number): string[] {
  const best = steps.map((s) => Math.min(...(s.workloads ?? []).map(rank)));
  // The worst "best rank" among every step a step transitively waits for (ignoring neutral steps).
  const worstBefore: number[] = [];
  const out: string[] = [];
  steps.forEach((s, i) => {
    let worst = -Infinity;
    for (const o of s.dependsOn) {
      const d = o - 1;
      worst = Math.max(worst, worstBefore[d]);
      if ((steps[d].workloads ?? []).length > 0) worst = Math.max(worst, best[d]);
    }
    worstBefore[i] = worst;
    if ((s.workloads ?? []).length > 0 && worst > best[i]) out.push(`${s.order}. ${s.title} waits for a step serving only less critical workloads`);
  });
  return out;
}

describe("execution order", () => {
  it("numbers steps in the order they start: a later number never starts earlier", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d)))
          for (let i = 1; i < r.steps.length; i++)
            expect({ id: r.id, order: r.steps[i].order, ok: r.steps[i].startMinute! >= r.steps[i - 1].startMinute! }).toEqual({
              id: r.id,
              order: r.steps[i].order,
              ok: true,
            });
      }),
      RUNS,
    );
  });

  it("never makes a more critical workload wait for a step that serves only less critical ones (P1)", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        const rank = rankIn(d);
        for (const r of runbooks(planDeployment(d))) expect({ id: r.id, inversions: inversions(r.steps, rank) }).toEqual({ id: r.id, inversions: [] });
      }),
      RUNS,
    );
  });
});
