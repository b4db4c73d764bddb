import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { generateDeployment } from "../engine/testing/generate";
import { overviewScenarioChoices } from "./scenario-choices";

const plan = planDeployment(generateDeployment({ servers: 500, pools: 20, seed: 11 }));

describe("the overview's scenario picker", () => {
  it("offers the multi-server losses first, within the limit, and counts what it leaves out", () => {
    const { groups, omitted } = overviewScenarioChoices(plan.scenarios, 40);
    const offered = groups.flatMap((g) => g.scenarios);
    expect(offered).toHaveLength(40);
    expect(omitted).toBe(plan.scenarios.length - 40);
    expect(groups[0].label).toBe("Active Directory");
    const kinds = offered.map((s) => s.loss.kind);
    // Never a single server while a bigger loss was left out.
    const firstServer = kinds.indexOf("server");
    if (firstServer !== -1) expect(plan.scenarios.filter((s) => s.loss.kind !== "server").length).toBeLessThanOrEqual(firstServer);
  });

  it("offers single servers only when their loss misses a target", () => {
    const { groups } = overviewScenarioChoices(plan.scenarios, 10_000);
    for (const s of groups.flatMap((g) => g.scenarios).filter((x) => x.loss.kind === "server"))
      expect(s.workloads.some((w) => w.meets === false)).toBe(true);
    const offered = groups.flatMap((g) => g.scenarios).length;
    expect(offered).toBeLessThan(plan.scenarios.length);
  });

  it("always keeps the scenario being shown", () => {
    const server = plan.scenarios.find((s) => s.loss.kind === "server" && s.workloads.every((w) => w.meets !== false))!;
    const { groups } = overviewScenarioChoices(plan.scenarios, 5, server.id);
    const offered = groups.flatMap((g) => g.scenarios);
    expect(offered).toHaveLength(5);
    expect(offered.map((s) => s.id)).toContain(server.id);
  });
});
