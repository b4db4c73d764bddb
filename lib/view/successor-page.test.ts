import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import { parseTargetParam, successorPage } from "./successor-page";

describe("the Successor page's view", () => {
  const d = enterprise();
  const plan = planDeployment(d);

  it("lists the three targets with their path, end of support and hours", () => {
    const vm = successorPage(d, plan, undefined, "2026-12-01");
    expect(vm.chosen).toBeNull();
    expect(vm.targets.map((t) => [t.product, t.supported, t.supportEndsOn, t.supportEnded])).toEqual([
      ["Lync Server 2013", true, "2023-04-11", true],
      ["Skype for Business Server 2015", true, "2025-10-14", true],
      ["Skype for Business Server 2019", false, "2025-10-14", true],
    ]);
    expect(vm.targets[2].paths).toEqual([]);
    expect(vm.targets[0].hours).toBeGreaterThan(0);
  });

  it("groups the chosen target's migration by phase, in order", () => {
    const vm = successorPage(d, plan, "sfb-2015", "2026-12-01");
    expect(vm.chosen?.target).toBe("sfb-2015");
    expect(vm.migrationPhases.map((p) => p.label)).toEqual([
      "Prerequisites",
      "Once for the deployment",
      "Pool by pool",
      "After the last pool",
      "In-place upgrade",
    ]);
    expect(vm.migrationPhases.flatMap((p) => p.steps.map((s) => s.order))).toEqual(vm.chosen!.migration.map((s) => s.order));
  });

  it("compares in the what-if shape: this plan as baseline, the successor with decision time as variant", () => {
    const vm = successorPage(d, plan, "lync-2013", "2026-12-01");
    const im = vm.compare.find((r) => r.key === "im-presence")!;
    const row = vm.chosen!.resilience.compare.find((c) => c.workload === "im-presence")!;
    expect(im.name).toBe("IM and presence");
    expect(im.change).toEqual({ a: row.thisPlanHours, b: 1.5, delta: Math.round((1.5 - row.thisPlanHours) * 100) / 100 });
    expect(vm.compare.find((r) => r.key === "archiving")!.change).toEqual({ a: expect.any(Number), b: null, delta: null });
  });

  it("names an unknown target instead of failing", () => {
    expect(parseTargetParam("teams")).toEqual({ target: null, unknown: "teams" });
    expect(parseTargetParam(["lync-2013", "sfb-2015"])).toEqual({ target: null, unknown: null });
    expect(successorPage(d, plan, "teams", "2026-12-01")).toMatchObject({ chosen: null, unknownTarget: "teams" });
  });
});
