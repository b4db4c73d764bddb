// The compact plan file loses nothing: expanding it gives back every step field, and it passes the schema.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDeployment } from "./plan";
import { deploymentArbitrary } from "./testing/arbitrary";
import { enterprise } from "./testing/fixtures";
import { planSchema } from "../formats/plan";
import { compactPlan, expandPlan, planJson } from "../formats/plan-json";
import { runs } from "./testing/runs";

/** JSON drops undefined keys: compare what a file would hold. */
const asFile = (x: unknown) => JSON.parse(JSON.stringify(x));

describe("compact plan file", () => {
  it("expands back to the full plan, field for field, on generated deployments", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        const plan = planDeployment(d);
        const read = expandPlan(JSON.parse(planJson(plan)));
        expect(read).toEqual(asFile(plan));
      }),
      runs(60),
    );
  });

  it("passes the plan schema, and stores shared step texts once", () => {
    const plan = planDeployment(enterprise());
    const compact = asFile(compactPlan(plan));
    expect(planSchema.safeParse(compact).success).toBe(true);
    const details = new Set(plan.scenarios.flatMap((s) => s.steps.map((x) => x.detail)).filter(Boolean));
    expect(compact.stepKinds.filter((k: { detail?: string }) => k.detail).length).toBeGreaterThanOrEqual(details.size);
    expect(JSON.stringify(compact)).not.toContain('"finishMinute"');
    expect(JSON.stringify(compact)).not.toContain('"critical":false');
    // A step that serves only some of its runbook's workloads names them by index.
    const pool = compact.scenarios.find((s: { id: string }) => s.id === "loss-of-server:med1.litware.com");
    expect(pool.workloads.map((w: { workload: string }) => w.workload)).toEqual(["enterprise-voice"]);
  });

  it("leaves a plan in full form as it is", () => {
    const plan = asFile(planDeployment(enterprise()));
    expect(expandPlan(plan)).toBe(plan);
  });
});
