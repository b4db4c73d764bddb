// Restore order: chapter table 17-9, with the inferred Monitoring and Application Sharing rows.
import { describe, expect, it } from "vitest";
import { isSeparateAvEdge, phaseById, RESTORE_PHASES, restoreOrder, restorePhaseOf } from "./restore-order";

const names = (kind: Parameters<typeof restoreOrder>[0]) => restoreOrder(kind).map((p) => [p.id, p.table![kind]]);

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
