// The engine's invariants (those of properties.test.ts that do not depend on how a deployment is
// listed) over the varied deployments of testing/varied.ts: roles in any order, collocated Archiving
// and Monitoring, back ends holding LCSLog or CDR databases or shared by two pools, back ends at
// another site, shares on different servers, split Edge roles. Plus what must not depend on the order
// a deployment lists things in, and D7 (address-book files are never restored).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import type { RunbookStep, Scenario } from "../formats/plan";
import { planSchema } from "../formats/plan";
import { planDeployment, type Plan } from "./plan";
import { restoreLevelsFor } from "./rules/loss-levels";
import { isOcsServer } from "./rules/settings-levels";
import { variedDeploymentArbitrary } from "./testing/varied";
import { runs } from "./testing/runs";

const RUNS = runs(80);

function runbooks(plan: Plan) {
  return plan.scenarios.flatMap((s: Scenario) => [
    { id: s.id, steps: s.steps, rtoHours: s.rtoHours, workloads: s.workloads },
    ...(s.alternatives ?? []).map((a) => ({ id: `${s.id}#${a.id}`, steps: a.steps, rtoHours: a.rtoHours, workloads: a.workloads })),
  ]);
}

function chainTo(steps: RunbookStep[]): number[] {
  const until: number[] = [];
  for (const s of steps) until.push(Math.max(0, ...s.dependsOn.map((o) => until[o - 1])) + s.minutes);
  return until;
}

/** Every RTO and RPO of a plan by scenario and workload, sorted so listing order does not matter. */
function outcomes(plan: Plan): string[] {
  const out: string[] = [];
  for (const r of runbooks(plan)) {
    out.push(`${r.id} rto ${r.rtoHours}`);
    for (const w of r.workloads) out.push(`${r.id}|${w.workload} rto ${w.rtoHours}`);
  }
  for (const r of plan.rpo ?? []) out.push(`rpo ${JSON.stringify(r)}`);
  return out.sort();
}

describe("varied deployments", () => {
  it("give plans that pass the plan schema, with S7's levels for every loss", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        const plan = planDeployment(d);
        const parsed = planSchema.safeParse(plan);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
        for (const s of plan.scenarios) expect(s.restoreLevels).toEqual(restoreLevelsFor(s.loss.kind));
      }),
      RUNS,
    );
  });

  it("export every OCS server's machine settings once and every pool's global+pool settings once (S2, S3)", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        const plan = planDeployment(d);
        const machine = plan.settingsExports.filter((e) => e.levels.includes("machine")).map((e) => e.server);
        expect([...machine].sort()).toEqual(
          d.servers
            .filter((s) => isOcsServer(s.roles))
            .map((s) => s.fqdn)
            .sort(),
        );
        const pool = plan.settingsExports.filter((e) => e.levels.includes("pool")).map((e) => e.pool);
        expect([...pool].sort()).toEqual(d.pools.map((p) => p.name).sort());
      }),
      RUNS,
    );
  });

  it("never start a step before its dependencies finish, never give an admin two steps at once, never end before the longest chain", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d))) {
          const chain = chainTo(r.steps);
          r.steps.forEach((s, i) => {
            expect(s.order).toBe(i + 1);
            for (const o of s.dependsOn) {
              expect(o).toBeLessThan(s.order);
              expect(s.startMinute!).toBeGreaterThanOrEqual(r.steps[o - 1].finishMinute!);
            }
            expect(s.finishMinute!).toBe(s.startMinute! + s.minutes);
          });
          const busy = new Map<number, RunbookStep[]>();
          // A zero-minute step (a restore of an empty database) takes nobody's time.
          for (const s of r.steps) if (!s.waiting && s.minutes > 0) busy.set(s.assignee!, [...(busy.get(s.assignee!) ?? []), s]);
          for (const steps of busy.values()) {
            const sorted = [...steps].sort((a, b) => a.startMinute! - b.startMinute! || a.finishMinute! - b.finishMinute!);
            for (let i = 1; i < sorted.length; i++) expect(sorted[i].startMinute!).toBeGreaterThanOrEqual(sorted[i - 1].finishMinute!);
          }
          expect(r.rtoHours * 60 + 1e-6).toBeGreaterThanOrEqual(Math.max(0, ...chain));
        }
      }),
      RUNS,
    );
  });

  it("never restore the address-book files: no runbook step restores or copies the address-book share (D7)", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        const paths = (d.fileShares ?? []).filter((s) => s.content === "address-book").map((s) => s.path.toLowerCase());
        fc.pre(paths.length > 0);
        for (const r of runbooks(planDeployment(d)))
          for (const s of r.steps) {
            // D9: the hand-written normalization rules file goes back into the Address Book folder on its own
            // (robocopy names that one file); the generated address-book files never are restored.
            if (/^robocopy .* company_phone_number_normalization_rules\.txt /i.test(s.command ?? "")) continue;
            const text = `${s.title}\n${s.command ?? ""}`.toLowerCase();
            for (const p of paths) expect(text.includes(p), `${r.id} step ${s.order}: ${s.title}`).toBe(false);
          }
      }),
      RUNS,
    );
  });

  it("give the same plan outcomes whatever order each server's roles are listed in", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        const reordered: Deployment = structuredClone(d);
        for (const s of reordered.servers) s.roles.reverse();
        expect(outcomes(planDeployment(reordered))).toEqual(outcomes(planDeployment(d)));
      }),
      runs(60),
    );
  });
});
