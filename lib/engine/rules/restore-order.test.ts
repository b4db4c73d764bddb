// Restore order: chapter table 17-9, with the inferred Monitoring and Application Sharing rows. The
// runbooks order phases by phaseIndex (their place in RESTORE_PHASES); these tests hold that order
// to the table's step numbers for each deployment type.
import { describe, expect, it } from "vitest";
import type { PoolKind } from "../../formats/enums";
import { isSeparateAvEdge, phaseById, phaseIndex, RESTORE_PHASES, restorePhaseOf } from "./restore-order";

/** The table's numbered rows for a deployment type, in the order the runbooks restore them. */
const names = (kind: PoolKind) =>
  RESTORE_PHASES.filter((p) => typeof p.table?.[kind] === "number")
    .sort((a, b) => phaseIndex(a.id) - phaseIndex(b.id))
    .map((p) => [p.id, p.table![kind]]);

describe("Restore order (table 17-9)", () => {
  it("Standard Edition: domain, SE servers, Archiving (+Monitoring), Mediation, Edge, forwarding proxy, reassign users", () => {
    expect(names("standard")).toEqual([
      ["domain", 1],
      ["standard-edition", 2],
      ["archiving", 3],
      ["monitoring", 3],
      ["mediation", 4],
      ["edge", 5],
      ["forwarding-proxy", 6],
      ["reassign-users", 7],
    ]);
  });

  it("Enterprise consolidated: back ends before front ends; conferencing roles are part of the front ends", () => {
    expect(names("enterprise-consolidated")).toEqual([
      ["domain", 1],
      ["back-end", 2],
      ["front-end", 3],
      ["director", 4],
      ["archiving", 5],
      ["monitoring", 5],
      ["mediation", 6],
      ["edge", 7],
      ["forwarding-proxy", 8],
      ["reassign-users", 9],
    ]);
    expect(phaseById("web-conferencing").table!["enterprise-consolidated"]).toEqual({ partOf: "front-end" });
  });

  it("Enterprise expanded: Web Components, Web Conferencing, A/V, then Application Sharing (inferred) as separate servers", () => {
    expect(names("enterprise-expanded").map(([id]) => id)).toEqual([
      "domain",
      "back-end",
      "front-end",
      "director",
      "web-components",
      "web-conferencing",
      "av-conferencing",
      "app-sharing",
      "archiving",
      "monitoring",
      "mediation",
      "edge",
      "forwarding-proxy",
      "reassign-users",
    ]);
    expect(phaseById("reassign-users").table!["enterprise-expanded"]).toBe(12);
  });

  it("restores in the table's order for every deployment type: a later phaseIndex never has a smaller step number", () => {
    for (const kind of ["standard", "enterprise-consolidated", "enterprise-expanded"] as const) {
      const steps = names(kind).map(([, step]) => step as number);
      expect(steps, kind).toEqual([...steps].sort((a, b) => a - b));
    }
    // The rows outside the table frame every runbook: assess first, confirm last.
    expect(RESTORE_PHASES[0].id).toBe("assess");
    expect(RESTORE_PHASES.at(-1)!.id).toBe("confirm");
  });

  it("flags the rows the table lacks as inferred: Monitoring with Archiving, Application Sharing after A/V", () => {
    expect(RESTORE_PHASES.filter((p) => p.inferred).map((p) => p.id)).toEqual(["app-sharing", "monitoring"]);
  });

  it("restores a server in the earliest phase of its roles; a separate A/V Edge goes after the other Edges", () => {
    expect(restorePhaseOf(["standard-edition", "archiving"]).id).toBe("standard-edition");
    expect(restorePhaseOf(["back-end-sql", "monitoring"]).id).toBe("back-end");
    expect(isSeparateAvEdge(["av-edge"])).toBe(true);
    expect(isSeparateAvEdge(["access-edge", "av-edge"])).toBe(false);
  });
});
