// P8: the plan's business impact rows and the gap of a workload whose estimate plus WRT exceeds its MTD.
import { describe, expect, it } from "vitest";
import { planDeployment } from "./plan";
import { validateDeployment } from "../formats/parse-deployment";
import { extension2Example } from "../formats/testing/extension-2-example";
import { biaRowSchema } from "../formats/plan";
import { planToMarkdown } from "./markdown";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const planOf = (edit?: (d: any) => void, options = {}) => {
  const d = extension2Example();
  edit?.(d);
  const r = validateDeployment(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return planDeployment(r.deployment, options);
};

describe("bia (P8)", () => {
  it("has one row per ranked workload: target, worst-case estimate, WRT, MTD and whether estimate + WRT fits", () => {
    const bia = planOf().bia;
    expect(bia.map((r) => [r.workload, r.rtoTargetHours, r.estimatedHours, r.wrtHours, r.mtdHours, r.meetsMtd])).toEqual([
      // Each workload's worst case in the site loss, as the scheduler places it (issue 25: rank by rank,
      // each step to whichever administrator is free) with the certificate and port steps of the
      // example's register (issue 28) in the rebuilds.
      ["im-presence", 4, 19.17, 1, 8, false],
      ["enterprise-voice", 4, 21, 1, 8, false],
      ["remote-access", 8, 24.7, 2, 24, false],
      ["web-conferencing", 24, 21.75, 4, 48, true],
      ["av-conferencing", 24, 22.25, 4, 48, true],
      ["archiving", 24, 30.9, 8, 96, true],
      ["monitoring", 72, 33, 8, 168, true],
    ]);
    expect(bia.every((r) => r.scenario === "loss-of-site:Redmond" && r.rules.join() === "P8")).toBe(true);
    for (const r of bia) expect(biaRowSchema.safeParse(r).success).toBe(true);
  });

  it("leaves meetsMtd null without an MTD, and counts a missing WRT as 0", () => {
    const bia = planOf((d) => {
      delete d.priorities.workloads[0].mtdHours;
      delete d.priorities.workloads[3].wrtHours;
      d.priorities.workloads[3].mtdHours = 29.17;
    }).bia;
    expect(bia[0]).toMatchObject({ workload: "im-presence", mtdHours: null, meetsMtd: null });
    expect(bia[3]).toMatchObject({ workload: "web-conferencing", wrtHours: null, mtdHours: 29.17, meetsMtd: true });
  });

  it("reports each workload beyond its MTD as a critical gap, with the recommendation that shortens it most", () => {
    const plan = planOf(undefined, { recommendations: true });
    const mtd = plan.gaps.filter((g) => g.id.startsWith("mtd-exceeded:"));
    expect(mtd.map((g) => [g.id, g.severity, g.rules])).toEqual([
      ["mtd-exceeded:enterprise-voice", "critical", ["P8"]],
      ["mtd-exceeded:im-presence", "critical", ["P8"]],
      ["mtd-exceeded:remote-access", "critical", ["P8"]],
    ]);
    expect(mtd[1].message).toBe(
      "IM and presence: the estimated recovery (19.17 h, worst case Loss of site Redmond) plus the work recovery time (1 h) is 20.17 h, beyond the maximum tolerable downtime of 8 h.",
    );
    expect(mtd[1].fix).toBe(
      "Prepare a standby site with a standby pool (Standby): IM and presence 19.17 h → 13.92 h in the worst case, still beyond the MTD; no single recommendation is enough, so record an action with an owner and a date (P8).",
    );
    expect(mtd[1].recommendation).toBe("standby:Standby");
  });

  it("names the first recommendation that brings the workload within its MTD when one does", () => {
    const plan = planOf((d) => (d.priorities.workloads[0].mtdHours = 16), { recommendations: true });
    const g = plan.gaps.find((x) => x.id === "mtd-exceeded:im-presence");
    expect([g?.fix, g?.recommendation]).toEqual([
      "Prepare a standby site with a standby pool (Standby): IM and presence 19.17 h → 13.92 h in the worst case, within the MTD once the work recovery time is added.",
      "standby:Standby",
    ]);
  });

  it("without recommendations the fix is the general advice with the P8 action", () => {
    const g = planOf().gaps.find((x) => x.id === "mtd-exceeded:im-presence");
    expect(g?.fix).toBe(
      "Shorten the critical path: spare hardware, more administrators, a standby site, or redundant servers. If the MTD cannot move, record an action with an owner and a date.",
    );
  });

  it("the plan's Markdown has the business impact table only when an MTD is stated", () => {
    expect(planToMarkdown(planOf())).toContain("| im-presence | 4 | 19.17 | 1 | 8 | **no** |");
    const without = planToMarkdown(
      planOf((d) => {
        for (const w of d.priorities.workloads) delete w.mtdHours;
      }),
    );
    expect(without).not.toContain("## Business impact (P8)");
  });
});
