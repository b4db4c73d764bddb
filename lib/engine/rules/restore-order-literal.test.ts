// The restore order the runbooks read (RESTORE_PHASES, phaseIndex, restorePhaseOf), pinned by
// literal values copied from rules.md ("Restore order", chapter table 17-9 and facts file 3.2), not
// computed from the table in restore-order.ts: a change to the order, a phase's roles, its rule ids,
// or which roles are inferred fails here.
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../formats/enums";
import { isSeparateAvEdge, phaseById, phaseIndex, RESTORE_PHASES, restorePhaseOf } from "./restore-order";

describe("Restore order (rules.md, table 17-9)", () => {
  // The order of the table's rows is pinned by restore-order.test.ts; here the rows outside one
  // deployment type's table: where the Standard Edition servers stand among the Enterprise rows.
  it("puts the Standard Edition servers after the back ends and before the front ends, and numbers phases by their place", () => {
    expect((["assess", "domain", "back-end", "standard-edition", "front-end"] as const).map(phaseIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(RESTORE_PHASES.map((p) => phaseIndex(p.id))).toEqual([...Array(17).keys()]);
    expect(phaseById("edge").name).toBe("Edge Servers");
  });

  it("names each phase for the runbook steps", () => {
    expect(RESTORE_PHASES.map((p) => p.name)).toEqual([
      "Assess the loss",
      "Domain information",
      "Back-end servers",
      "Standard Edition servers",
      "Front-end servers",
      "Directors",
      "Web Components Servers",
      "Web Conferencing Servers",
      "A/V Conferencing Servers",
      "Application Sharing Conferencing Servers",
      "Archiving Servers",
      "Monitoring Servers",
      "Mediation Servers",
      "Edge Servers",
      "Forwarding proxy servers",
      "Reassign users",
      "Confirm service",
    ]);
  });

  it("restores each role in its own phase, and a server in the earliest phase of its roles, whatever order they are listed in", () => {
    const expected: Record<Role, string> = {
      "back-end-sql": "back-end",
      "standard-edition": "standard-edition",
      "front-end": "front-end",
      director: "director",
      "web-components": "web-components",
      "web-conferencing": "web-conferencing",
      "av-conferencing": "av-conferencing",
      "app-sharing-conferencing": "app-sharing",
      archiving: "archiving",
      monitoring: "monitoring",
      mediation: "mediation",
      "access-edge": "edge",
      "web-conferencing-edge": "edge",
      "av-edge": "edge",
      "forwarding-proxy": "forwarding-proxy",
    };
    expect(Object.keys(expected).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect({ role, phase: restorePhaseOf([role]).id }).toEqual({ role, phase: expected[role] });
    expect(restorePhaseOf(["monitoring", "archiving", "back-end-sql"]).id).toBe("back-end");
    expect(restorePhaseOf(["archiving", "standard-edition"]).id).toBe("standard-edition");
    expect(restorePhaseOf(["mediation", "monitoring"]).id).toBe("monitoring");
    expect(restorePhaseOf(["av-edge", "web-conferencing-edge", "access-edge"]).id).toBe("edge");
    expect(restorePhaseOf([]).id).toBe("confirm");
  });

  it("lists the phases' roles", () => {
    expect(Object.fromEntries(RESTORE_PHASES.filter((p) => p.roles.length !== 1).map((p) => [p.id, [...p.roles]]))).toEqual({
      assess: [],
      domain: [],
      edge: ["access-edge", "web-conferencing-edge", "av-edge"],
      "reassign-users": [],
      confirm: [],
    });
  });

  it("cites the rules: the restore order on every table row, S1/S6 for the domain, D1 for back ends, S8 for conferencing roles, D4 for data roles, P1 around the runbook", () => {
    expect(Object.fromEntries(RESTORE_PHASES.map((p) => [p.id, [...p.rules]]))).toEqual({
      assess: ["P1", "P5"],
      domain: ["Restore order", "S1", "S6"],
      "back-end": ["Restore order", "D1"],
      "standard-edition": ["Restore order"],
      "front-end": ["Restore order"],
      director: ["Restore order"],
      "web-components": ["Restore order", "S8"],
      "web-conferencing": ["Restore order", "S8"],
      "av-conferencing": ["Restore order", "S8"],
      "app-sharing": ["Restore order", "S8"],
      archiving: ["Restore order", "D4"],
      monitoring: ["Restore order", "D4"],
      mediation: ["Restore order"],
      edge: ["Restore order"],
      "forwarding-proxy": ["Restore order"],
      "reassign-users": ["Restore order"],
      confirm: ["P1"],
    });
  });

  it("says which places are inferred (Application Sharing, Monitoring) and that a separate A/V Edge comes after the other Edges", () => {
    expect(RESTORE_PHASES.filter((p) => p.note).map((p) => p.id)).toEqual(["app-sharing", "monitoring", "edge"]);
    expect(phaseById("app-sharing").note).toMatch(/^Not a row of table 17-9/);
    expect(phaseById("monitoring").note).toMatch(/^Not a row of table 17-9: restored alongside the Archiving Servers/);
    expect(phaseById("edge").note).toBe("A separate A/V Edge Server is restored after the other Edge Servers.");
    expect(isSeparateAvEdge(["av-edge"])).toBe(true);
    for (const roles of [
      [],
      ["access-edge"],
      ["web-conferencing-edge"],
      ["av-edge", "access-edge"],
      ["web-conferencing-edge", "av-edge"],
    ] as Role[][])
      expect(isSeparateAvEdge(roles), roles.join()).toBe(false);
  });

  it("keeps the conferencing roles inside the Standard Edition server or the front ends where table 17-9 does", () => {
    for (const id of ["web-components", "web-conferencing", "av-conferencing", "app-sharing"] as const) {
      expect(phaseById(id).table, id).toEqual({
        standard: { partOf: "standard-edition" },
        "enterprise-consolidated": { partOf: "front-end" },
        "enterprise-expanded": { "web-components": 5, "web-conferencing": 6, "av-conferencing": 7, "app-sharing": 7 }[id],
      });
    }
  });
});
