// The compact plan file loses nothing: expanding it gives back every field, it passes the schema, and
// every step keeps the fields plan format version 1 requires, written out as in the full form.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDeployment } from "./plan";
import { deploymentArbitrary } from "./testing/arbitrary";
import { enterprise } from "./testing/fixtures";
import { generateDeployment } from "./testing/generate";
import { variedDeploymentArbitrary } from "./testing/varied";
import { planSchema, type RunbookStep } from "../formats/plan";
import { compactPlan, expandPlan, planJson } from "../formats/plan-json";
import { runs } from "./testing/runs";

/** JSON drops undefined keys: compare what a file would hold. */
const asFile = (x: unknown) => JSON.parse(JSON.stringify(x));

const REQUIRED_STEP_FIELDS = ["order", "title", "server", "command", "minutes", "dependsOn", "rules"] as const;

interface FileRunbook {
  id?: string;
  steps: Partial<RunbookStep>[];
  alternatives?: FileRunbook[];
  failback?: FileRunbook;
}
const runbooksOf = (plan: { scenarios: FileRunbook[] }): FileRunbook[] =>
  plan.scenarios.flatMap((s) => [s, ...(s.alternatives ?? []), ...(s.failback ? [s.failback] : [])]);

describe("compact plan file", () => {
  it("expands back to the full plan, field for field, on generated and varied deployments", () => {
    fc.assert(
      fc.property(fc.oneof(deploymentArbitrary, variedDeploymentArbitrary), (d) => {
        const plan = planDeployment(d);
        const read = expandPlan(JSON.parse(planJson(plan)));
        expect(read).toEqual(asFile(plan));
      }),
      runs(60),
    );
  });

  it("keeps every required field of every step and scenario, written out as in the full plan", () => {
    const plan = asFile(planDeployment(generateDeployment({ servers: 120, pools: 6, seed: 3 })));
    const compact = JSON.parse(planJson(plan));
    const full = runbooksOf(plan);
    const written = runbooksOf(compact);
    expect(written.length).toBe(full.length);
    written.forEach((r, i) => {
      expect(r.steps.length).toBe(full[i].steps.length);
      r.steps.forEach((s, k) => {
        for (const f of REQUIRED_STEP_FIELDS) expect(s[f], `${full[i].id ?? i} step ${k + 1} ${f}`).toEqual(full[i].steps[k][f]);
      });
    });
    for (const [i, s] of compact.scenarios.entries())
      for (const f of ["id", "loss", "restoreLevels", "rtoHours", "workloads"]) expect(s[f]).toEqual(plan.scenarios[i][f]);
    for (const list of ["settingsExports", "databaseBackups", "fileShareBackups", "rpo", "gaps"]) expect(compact[list]).toEqual(plan[list]);
    expect(expandPlan(compact)).toEqual(plan);
  });

  it("passes the plan schema, and stores shared step texts, the schedule, notes and repeated commands once", () => {
    const plan = planDeployment(enterprise());
    const compact = asFile(compactPlan(plan));
    expect(planSchema.safeParse(compact).success).toBe(true);
    const details = new Set(plan.scenarios.flatMap((s) => s.steps.map((x) => x.detail)).filter(Boolean));
    expect(compact.stepKinds.filter((k: { detail?: string }) => k.detail).length).toBeGreaterThanOrEqual(details.size);
    const steps = JSON.stringify(runbooksOf(compact).map((r) => r.steps));
    for (const key of ["finishMinute", "startMinute", "assignee", "critical", "phase", "detail"]) expect(steps).not.toContain(`"${key}":`);
    expect(compact.scenarios.some((s: { notes?: unknown }) => s.notes)).toBe(false);
    const first = compact.scenarios[0];
    expect(first.schedule.start.length).toBe(first.steps.length);
    expect(first.schedule.critical.every((o: number) => plan.scenarios[0].steps[o - 1].critical)).toBe(true);
    // A checklist item repeating a settings export's command names the export instead.
    const machine = compact.checklists.backup.find((c: { id: string }) => c.id.startsWith("export:machine:"));
    expect(machine.command).toBeUndefined();
    expect(plan.settingsExports[Number(machine.commandOf.split("/")[1])].command).toBe(
      plan.checklists.backup.find((c) => c.id === machine.id)!.command,
    );
    // A step that serves only some of its runbook's workloads names them by index.
    const pool = compact.scenarios.find((s: { id: string }) => s.id === "loss-of-server:med1.litware.com");
    expect(pool.workloads.map((w: { workload: string }) => w.workload)).toEqual(["enterprise-voice"]);
  });

  it("leaves a plan in full form as it is, and does not change the plan it compacts", () => {
    const plan = asFile(planDeployment(enterprise()));
    expect(expandPlan(plan)).toBe(plan);
    const before = JSON.stringify(plan);
    compactPlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
