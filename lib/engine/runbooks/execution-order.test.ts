// Runbooks an administrator works down in number order: properties over generated deployments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import type { RunbookStep, Scenario } from "../../formats/plan";
import { planDeployment, type Plan } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";
import { runs } from "../testing/runs";
import { ancestors } from "../testing/step-graph";

const RUNS = runs(80);

function runbooks(plan: Plan) {
  return plan.scenarios.flatMap((s: Scenario) => [
    { id: s.id, steps: s.steps },
    ...(s.alternatives ?? []).map((a) => ({ id: `${s.id}#${a.id}`, steps: a.steps })),
    ...(s.failback ? [{ id: `${s.id}#failback`, steps: s.failback.steps }] : []),
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
    if ((s.workloads ?? []).length > 0 && worst > best[i])
      out.push(`${s.order}. ${s.title} waits for a step serving only less critical workloads`);
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
        for (const r of runbooks(planDeployment(d)))
          expect({ id: r.id, inversions: inversions(r.steps, rank) }).toEqual({ id: r.id, inversions: [] });
      }),
      RUNS,
    );
  });

  it("restores RTC only after stopping the OCS services of the pool, unless its front ends are installed after the restore", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d)))
          r.steps.forEach((x) => {
            const host = /^Restore RTC on (.+)$/.exec(x.title)?.[1];
            if (!host) return;
            const before = ancestors(r.steps, x.order);
            const stopped = [...before].some((o) => r.steps[o - 1].title.startsWith("Stop the OCS services"));
            // Otherwise every front end of the host's pools must be (re)installed after the restore.
            const heads = d.servers.filter(
              (sv) => sv.roles.includes("front-end") && d.pools.some((p) => p.backEnd === host && p.name === sv.pool),
            );
            const installedAfter = heads.every((h) =>
              r.steps.some(
                (y) => y.title.startsWith("Install and activate") && y.server === h.fqdn && ancestors(r.steps, y.order).has(x.order),
              ),
            );
            expect({ id: r.id, step: x.title, ok: stopped || (heads.length > 0 && installedAfter) }).toEqual({
              id: r.id,
              step: x.title,
              ok: true,
            });
          });
      }),
      RUNS,
    );
  });

  // Issue 25 (checks after their data): IM and presence is back once its check, which waits for the
  // contact-list import, passes; the import reads the whole RTC backup, so with a spare server the
  // rebuild in place can bring IM back first. What the fast path always gives sooner is sign-in.
  it("with a standby pool, a pool loss lets the users sign in on the standby pool before the rebuild in place brings their top workload back", () => {
    let seen = 0;
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        const plan = planDeployment(d);
        const fast = plan.scenarios.filter((s) => s.loss.kind === "pool" && s.failback);
        fc.pre(fast.length > 0);
        seen++;
        // The same deployment without a standby site rebuilds in place.
        const inPlace = planDeployment({ ...d, sites: d.sites.map((x) => (x.kind === "standby" ? { ...x, kind: "remote" as const } : x)) });
        const rank = rankIn(d);
        for (const s of fast) {
          const other = inPlace.scenarios.find((x) => x.id === s.id)!;
          expect(other.failback).toBeUndefined();
          const top = [...s.workloads].sort((a, b) => rank(a.workload) - rank(b.workload))[0];
          const slow = other.workloads.find((w) => w.workload === top.workload)!;
          const moved = Math.max(...s.steps.filter((x) => /^Move the users of .+ to /.test(x.title)).map((x) => x.finishMinute!));
          expect({ id: s.id, workload: top.workload, sooner: moved / 60 < slow.rtoHours }).toEqual({
            id: s.id,
            workload: top.workload,
            sooner: true,
          });
        }
      }),
      runs(200),
    );
    expect(seen).toBeGreaterThan(0);
  });
});
