// Invariants of the engine over generated valid deployments (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import type { RunbookStep, Scenario } from "../formats/plan";
import { planSchema } from "../formats/plan";
import { validateDeployment } from "../formats/parse-deployment";
import { canonicalOrder } from "./canonical-order";
import { planDeployment, type Plan } from "./plan";
import { restoreLevelsFor } from "./rules/loss-levels";
import { isOcsServer } from "./rules/settings-levels";
import { deploymentArbitrary } from "./testing/arbitrary";
import { runs } from "./testing/runs";

const RUNS = runs(120);
const clone = (d: Deployment): Deployment => structuredClone(d);

/** Every runbook of a plan: main steps and alternative paths, with their RTOs. */
function runbooks(plan: Plan) {
  return plan.scenarios.flatMap((s: Scenario) => [
    { id: s.id, steps: s.steps, rtoHours: s.rtoHours, workloads: s.workloads },
    ...(s.alternatives ?? []).map((a) => ({ id: `${s.id}#${a.id}`, steps: a.steps, rtoHours: a.rtoHours, workloads: a.workloads })),
    ...(s.failback
      ? [{ id: `${s.id}#failback`, steps: s.failback.steps, rtoHours: s.failback.rtoHours, workloads: s.failback.workloads }]
      : []),
  ]);
}

/** Longest chain of dependencies ending at each step, in minutes. */
function chainTo(steps: RunbookStep[]): number[] {
  const until: number[] = [];
  for (const s of steps) until.push(Math.max(0, ...s.dependsOn.map((o) => until[o - 1])) + s.minutes);
  return until;
}

/** RTOs keyed by runbook and workload, to compare two plans of the same deployment shape. */
function rtos(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of runbooks(plan)) {
    out.set(r.id, r.rtoHours);
    for (const w of r.workloads) out.set(`${r.id}|${w.workload}`, w.rtoHours);
  }
  return out;
}

function expectNoWorse(better: Plan, worse: Plan) {
  const a = rtos(better);
  const b = rtos(worse);
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [key, value] of a) expect({ key, rto: value }).toEqual({ key, rto: Math.min(value, b.get(key)!) });
}

describe("generated deployments", () => {
  it("are valid deployment files and give plans that pass the plan schema", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        const r = validateDeployment(JSON.parse(JSON.stringify(d)));
        expect(r.ok ? [] : r.errors).toEqual([]);
        const parsed = planSchema.safeParse(planDeployment(d));
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("settings exports (S2, S3)", () => {
  it("export every OCS server's machine settings exactly once and every pool's global+pool settings exactly once", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        const plan = planDeployment(d);
        // In canonical order (servers by site, restore phase, then FQDN; pools by site, then name), whatever the file's order.
        const c = canonicalOrder(d);
        const machine = plan.settingsExports.filter((e) => e.levels.includes("machine")).map((e) => e.server);
        expect(machine).toEqual(c.servers.filter((s) => isOcsServer(s.roles)).map((s) => s.fqdn));
        const pool = plan.settingsExports.filter((e) => e.levels.includes("pool")).map((e) => e.pool);
        expect(pool).toEqual(c.pools.map((p) => p.name));
      }),
      RUNS,
    );
  });
});

describe("runbooks", () => {
  it("never start a step before the steps it depends on have finished, which come earlier in order (restore order)", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d)))
          r.steps.forEach((s, i) => {
            expect(s.order).toBe(i + 1);
            for (const o of s.dependsOn) {
              expect(o).toBeLessThan(s.order);
              expect(s.startMinute!).toBeGreaterThanOrEqual(r.steps[o - 1].finishMinute!);
            }
            expect(s.finishMinute!).toBe(s.startMinute! + s.minutes);
          });
      }),
      RUNS,
    );
  });

  it("never give one admin two steps at once, and never give a waiting step an admin", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d))) {
          const byAdmin = new Map<number, RunbookStep[]>();
          for (const s of r.steps) {
            if (s.waiting) expect(s.assignee).toBeUndefined();
            // A zero-minute step (a restore of an empty database) takes nobody's time.
            else if (s.minutes > 0) byAdmin.set(s.assignee!, [...(byAdmin.get(s.assignee!) ?? []), s]);
          }
          for (const [admin, steps] of byAdmin) {
            expect(admin).toBeGreaterThanOrEqual(1);
            expect(admin).toBeLessThanOrEqual(d.recovery.adminsAvailable);
            const sorted = [...steps].sort((a, b) => a.startMinute! - b.startMinute! || a.finishMinute! - b.finishMinute!);
            for (let i = 1; i < sorted.length; i++) expect(sorted[i].startMinute!).toBeGreaterThanOrEqual(sorted[i - 1].finishMinute!);
          }
        }
      }),
      RUNS,
    );
  });

  it("restore the settings levels rule S7 gives each kind of loss", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const s of planDeployment(d).scenarios) expect(s.restoreLevels).toEqual(restoreLevelsFor(s.loss.kind));
      }),
      RUNS,
    );
  });

  it("have an RTO never shorter than their longest chain of dependencies", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const r of runbooks(planDeployment(d))) {
          const chain = chainTo(r.steps);
          expect(r.rtoHours * 60 + 1e-6).toBeGreaterThanOrEqual(Math.max(0, ...chain));
          for (const w of r.workloads) {
            const needed = r.steps.flatMap((s, i) => (s.workloads?.includes(w.workload) ? [chain[i]] : []));
            expect(w.rtoHours * 60 + 1e-6).toBeGreaterThanOrEqual(Math.max(0, ...needed));
          }
        }
      }),
      RUNS,
    );
  });
});

describe("RTO monotonicity", () => {
  it("more admins never increase an RTO", () => {
    fc.assert(
      fc.property(deploymentArbitrary, fc.integer({ min: 1, max: 3 }), (d, extra) => {
        const more = clone(d);
        more.recovery.adminsAvailable = d.recovery.adminsAvailable + extra;
        expectNoWorse(planDeployment(more), planDeployment(d));
      }),
      RUNS,
    );
  });

  // A spare or a different size changes a duration. The schedule places ranks best first, so a change
  // to work of some rank never moves the work of a better rank (below, exactly); the workloads of that
  // rank and worse fill the gaps the better ranks leave, and a faster chain moves those gaps, so they can
  // come back earlier or later (Graham's anomaly; ARCHITECTURE.md states the bound, schedule.test.ts
  // tests it).
  it("spare hardware never changes the RTO of a workload ranked above all the work that waits for the hardware", () => {
    fc.assert(
      fc.property(deploymentArbitrary, fc.nat(), (d, pick) => {
        const withoutSpare = d.servers.filter((s) => !s.spareHardware);
        fc.pre(withoutSpare.length > 0);
        const target = withoutSpare[pick % withoutSpare.length].fqdn;
        const spared = clone(d);
        spared.servers.find((s) => s.fqdn === target)!.spareHardware = true;
        const base = planDeployment(d);
        expectSameAbove(d, base, planDeployment(spared), (s) => s.title === `Get replacement hardware for ${target}`);
      }),
      RUNS,
    );
  });

  it("a larger database never changes the RTO of a workload ranked above all the work that waits for its restore", () => {
    fc.assert(
      fc.property(deploymentArbitrary, fc.nat(), fc.integer({ min: 1, max: 500 }), (d, pick, growGb) => {
        fc.pre((d.databases ?? []).length > 0);
        const larger = clone(d);
        const db = larger.databases![pick % larger.databases!.length];
        db.sizeGb += growGb;
        // Every step whose minutes read the size: restores and copies of the database, and user-data exports from RTC.
        const reads = (s: RunbookStep) => s.title.includes(db.name) || (db.name === "RTC" && /user data/.test(s.title));
        expectSameAbove(d, planDeployment(d), planDeployment(larger), reads);
      }),
      RUNS,
    );
  });
});

/**
 * Per runbook: the steps `changed` picks and every step after them decide the best rank a change can
 * reach; the RTO of every workload ranked above it is the same in both plans.
 */
function expectSameAbove(d: Deployment, a: Plan, b: Plan, changed: (s: RunbookStep) => boolean) {
  const rank = new Map(d.priorities.workloads.map((p) => [p.workload as string, p.rank]));
  const other = new Map(runbooks(b).map((r) => [r.id, r]));
  for (const r of runbooks(a)) {
    const reached = new Set<number>();
    for (const s of r.steps) if (changed(s) || s.dependsOn.some((o) => reached.has(o))) reached.add(s.order);
    let floor = Infinity;
    for (const o of reached) for (const w of r.steps[o - 1].workloads ?? []) floor = Math.min(floor, rank.get(w) ?? Infinity);
    const mine = new Map(other.get(r.id)!.workloads.map((w) => [w.workload, w.rtoHours]));
    for (const w of r.workloads)
      if ((rank.get(w.workload) ?? Infinity) < floor)
        expect({ key: `${r.id}|${w.workload}`, rto: w.rtoHours }).toEqual({ key: `${r.id}|${w.workload}`, rto: mine.get(w.workload) });
  }
}

describe("RPO monotonicity", () => {
  it("more frequent backups never increase an RPO", () => {
    fc.assert(
      fc.property(
        deploymentArbitrary,
        fc.constantFrom("databaseFrequencyHours", "fileShareFrequencyHours", "settingsFrequencyHours"),
        fc.integer({ min: 1, max: 23 }),
        (d, kind, cut) => {
          const current = d.backup[kind];
          fc.pre(current > 1);
          const faster = clone(d);
          faster.backup[kind] = Math.max(1, current - Math.min(cut, current - 1));
          const before = new Map(planDeployment(d).rpo.map((r) => [`${r.data}@${r.subject ?? ""}`, r.hours]));
          for (const r of planDeployment(faster).rpo) {
            const was = before.get(`${r.data}@${r.subject ?? ""}`);
            if (was !== undefined) expect(r.hours).toBeLessThanOrEqual(was);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("determinism", () => {
  it("gives the same plan for the same deployment", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        expect(JSON.stringify(planDeployment(d))).toBe(JSON.stringify(planDeployment(clone(d))));
      }),
      runs(40),
    );
  });
});
