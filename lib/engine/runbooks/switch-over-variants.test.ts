// Switch-overs to a standby site in deployments that differ from the examples (site.ts): what is
// brought into service at the standby site, what is still rebuilt, and what the steps say.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { enterprise, enterpriseWithStandbyPool, enterpriseWithStandbySite, standardWithStandby } from "../testing/fixtures";

const siteLoss = (d: Deployment, site = "Redmond") => planDeployment(d).scenarios.find((x) => x.id === `loss-of-site:${site}`)!;
const titled = (s: ReturnType<typeof siteLoss>, title: string) => s.steps.find((x) => x.title === title)!;

describe("switch-over variants", () => {
  it("a standby site richer than the lost one: only what takes over is brought into service, one server per lost one of its role", () => {
    // Redmond loses one pool, one Mediation Server, an Archiving Server that also runs Monitoring, and
    // its Edge servers; Dublin has two pools, a Director, two Mediation Servers and an Archiving Server.
    const wide = enterprise((x) => {
      x.sites.push({ name: "Dublin", kind: "standby" });
      x.pools.push(
        { name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql.litware.com" },
        { name: "drpool2", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql2.litware.com" },
      );
      x.edge.topology = "single-site";
      x.servers = x.servers.filter((v: { fqdn: string }) => v.fqdn !== "edge1.litware.com" && v.fqdn !== "mon1.litware.com");
      x.servers.find((v: { fqdn: string }) => v.fqdn === "arch1.litware.com").roles = ["archiving", "monitoring"];
      for (const db of x.databases) if (db.server === "mon1.litware.com") db.server = "arch1.litware.com";
      x.servers.push(
        { fqdn: "edge1.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge"] },
        { fqdn: "avedge1.litware.com", site: "Redmond", roles: ["av-edge"] },
        { fqdn: "drsql.litware.com", site: "Dublin", roles: ["back-end-sql"] },
        { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] },
        { fqdn: "drsql2.litware.com", site: "Dublin", roles: ["back-end-sql"] },
        { fqdn: "drfe2.litware.com", site: "Dublin", pool: "drpool2", roles: ["front-end"] },
        { fqdn: "drdir1.litware.com", site: "Dublin", roles: ["director"] },
        { fqdn: "drmed1.litware.com", site: "Dublin", roles: ["mediation"] },
        { fqdn: "drmed2.litware.com", site: "Dublin", roles: ["mediation"] },
        { fqdn: "drarch1.litware.com", site: "Dublin", roles: ["archiving"] },
      );
    });
    const s = siteLoss(wide);
    // One lost pool: drpool takes its users, drpool2 stays out of it; one lost Director, one
    // lost Mediation Server, one lost Archiving Server: one standby server of each.
    expect(s.steps.filter((x) => x.title.startsWith("Bring ")).map((x) => [x.order, x.title])).toEqual([
      [9, "Bring the standby pool drpool into service"],
      [10, "Bring drdir1.litware.com into service"],
      [14, "Bring drmed1.litware.com into service"],
      [17, "Bring drarch1.litware.com into service"],
    ]);
    // The rebuilt Edge server waits for the standby pool and the standby Director (its next hops).
    expect(titled(s, "Checkpoint: the standby pools answer").dependsOn).toEqual([10, 13]);
    // Dublin serves archiving but not monitoring: arch1, which runs both, is still rebuilt; the A/V
    // Edge alone serves no workload Dublin lacks, so it is left for the later rebuild.
    expect([...new Set(s.steps.filter((x) => x.title.startsWith("Rebuild Windows")).map((x) => x.server))]).toEqual([
      "edge1.litware.com",
      "arch1.litware.com",
    ]);
    expect(titled(s, "Point the internal DNS records at Dublin").detail).toBe(
      "Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to drpool (inferred: the successors document the same names).",
    );
  });

  // A branch with only Mediation and Edge servers homes no users: its pool at Redmond still answers,
  // so nothing is switched over (no DNS or next-hop change towards Dublin); its servers are rebuilt.
  const branch = (dublinMediation: boolean) =>
    enterprise((x) => {
      x.sites.push({ name: "Dublin", kind: "standby" }, { name: "Branch", kind: "remote" });
      x.pools.push({ name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql.litware.com" });
      x.servers.push(
        { fqdn: "drsql.litware.com", site: "Dublin", roles: ["back-end-sql"] },
        { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] },
      );
      if (dublinMediation) x.servers.push({ fqdn: "drmed1.litware.com", site: "Dublin", roles: ["mediation"] });
      for (const f of ["edge1.litware.com", "med1.litware.com"]) x.servers.find((v: { fqdn: string }) => v.fqdn === f).site = "Branch";
    });

  it("a lost branch site without pools: no users move, so it is rebuilt, with no switch-over and no failback", () => {
    const s = siteLoss(branch(false), "Branch");
    expect(s.path).toBeUndefined();
    expect(s.failback).toBeUndefined();
    expect(s.steps.filter((x) => /^(Move the users|Point the|Bring )/.test(x.title))).toEqual([]);
    expect([...new Set(s.steps.filter((x) => x.title.startsWith("Rebuild Windows")).map((x) => x.server))]).toEqual([
      "med1.litware.com",
      "edge1.litware.com",
    ]);
    expect(s.notes![0]).toBe(
      "No pool goes down with site Branch, so no users move to the standby site Dublin: the site's servers are rebuilt in table 17-9 order.",
    );
    expect(s.notes!.some((n) => n.includes("same roles"))).toBe(false);
  });

  it("a lost branch site whose roles the standby site has twice: the note names both", () => {
    const d = branch(true);
    d.servers.push({ fqdn: "dredge1.litware.com", site: "Dublin", roles: ["access-edge", "web-conferencing-edge", "av-edge"] });
    expect(siteLoss(d, "Branch").notes![1]).toBe(
      "The standby site has servers with the same roles (drmed1.litware.com, dredge1.litware.com): bringing them into service meanwhile may be quicker, with DNS and next hops changed by hand (inferred, not timed here).",
    );
  });

  it("a switch-over without Edge servers: no Edge step, and no Edge step in its failback", () => {
    const d = enterpriseWithStandbySite();
    d.servers = d.servers.filter((x) => x.fqdn !== "edge1.litware.com");
    const s = siteLoss(d);
    // The heading names the whole runbook (issue 25): the switch-over and the rebuilds after it.
    expect(s.path).toBe("Switch over to standby site Dublin, then rebuild 2 servers it has no stand-in for");
    expect([...s.steps, ...s.failback!.steps].filter((x) => /Edge/.test(x.title))).toEqual([]);
  });

  it("a lost branch site whose role the standby site also has: the note names the standby server as an untimed option", () => {
    const s = siteLoss(branch(true), "Branch");
    expect(s.path).toBeUndefined();
    expect(s.notes!.slice(0, 2)).toEqual([
      "No pool goes down with site Branch, so no users move to the standby site Dublin: the site's servers are rebuilt in table 17-9 order.",
      "The standby site has a server with the same roles (drmed1.litware.com): bringing it into service meanwhile may be quicker, with DNS and next hops changed by hand (inferred, not timed here).",
    ]);
  });

  it("a standby Standard Edition server is brought up in its own phase, with no back end to start", () => {
    const step = titled(siteLoss(standardWithStandby()), "Bring the standby pool ocsse2 into service");
    expect([step.phase, step.minutes, step.detail]).toEqual([
      "Standard Edition servers",
      90,
      "Start the services on its 1 server, then check each server's state.",
    ]);
  });

  it("a deployment that lists no databases: the contact-list restore says the RTC size is unknown", () => {
    const d = enterpriseWithStandbyPool();
    d.databases = [];
    expect(titled(siteLoss(d), "Restore the last RTC backup of ocspool1 to a spare SQL Server instance at Dublin").detail).toBe(
      "Inferred, not documented: restore ocspool1's RTC backup (size unknown) under another database instance at Dublin (never over the standby pool's own RTC), only to read the users' contact lists from it. It runs by itself while the users are moved.",
    );
  });
});

describe("switch-overs with several Edge servers", () => {
  // The Enterprise example with the Dublin standby site (drpool, drmed1); Redmond gets a second Edge
  // server, and Dublin none, one or two. Lost Edge servers are matched one for one by standby ones.
  const edges = (dublinEdges: string[]) => {
    const d = enterpriseWithStandbySite();
    d.servers.push({ fqdn: "edge2.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge", "av-edge"] });
    for (const fqdn of dublinEdges) d.servers.push({ fqdn, site: "Dublin", roles: ["access-edge", "web-conferencing-edge", "av-edge"] });
    return d;
  };
  const edgeSteps = (s: ReturnType<typeof siteLoss>) =>
    s.steps.filter((x) => /^(Bring .*edge|Rebuild Windows on .*edge|Point the Edge)/.test(x.title)).map((x) => x.title);

  it("two lost Edge servers and no standby Edge: both are rebuilt and both are pointed at the standby pool", () => {
    const s = siteLoss(edges([]));
    expect(edgeSteps(s)).toEqual([
      "Rebuild Windows on edge1.litware.com",
      "Rebuild Windows on edge2.litware.com",
      "Point the Edge next hop at drpool",
    ]);
    const point = titled(s, "Point the Edge next hop at drpool");
    expect(point.detail).toBe(
      "Set the next hop and trusted lists of the Edge servers edge1.litware.com, edge2.litware.com (once rebuilt) to the standby pool, then point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) at them (inferred). This waits for those Edge servers: before they answer there is nothing to point at.",
    );
    expect(point.dependsOn).toEqual(
      expect.arrayContaining([titled(s, "Check edge1.litware.com").order, titled(s, "Check edge2.litware.com").order]),
    );
    const undo = s.failback!.steps.find((x) => x.title === "Point the Edge servers and external DNS back at Redmond")!;
    expect([undo.phase, undo.verify, undo.assumption, undo.minutes, undo.rules, undo.workloads, undo.detail]).toEqual([
      "Edge Servers",
      true,
      "dnsUpdateMinutes",
      30,
      ["P5", "S6"],
      ["remote-access"],
      "Inferred: undo the switch-over's Edge changes once the users are home: set the next hop and trusted lists of edge1.litware.com, edge2.litware.com back to ocspool1, or to the Director if one led there.",
    ]);
  });

  it("two lost Edge servers and one standby Edge: it takes remote access alone, and neither lost one is rebuilt in the switch-over", () => {
    const s = siteLoss(edges(["dredge1.litware.com"]));
    expect(edgeSteps(s)).toEqual(["Bring dredge1.litware.com into service", "Point the Edge next hop at drpool"]);
    expect(titled(s, "Point the Edge next hop at drpool").detail).toBe(
      "Set the next hop and trusted lists of the standby site's Edge server dredge1.litware.com to the standby pool, then point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) at it (inferred). This waits for that Edge server: before it answers there is nothing to point at.",
    );
    expect(s.failback!.steps.find((x) => x.title === "Point the Edge servers and external DNS back at Redmond")!.detail).toBe(
      "Inferred: undo the switch-over's Edge changes once the users are home: point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) back at edge1.litware.com, edge2.litware.com at Redmond; return dredge1.litware.com at the standby site to the next hop it had before the switch-over.",
    );
  });

  it("two lost Edge servers and two standby ones: both are brought into service, one for each", () => {
    const s = siteLoss(edges(["dredge1.litware.com", "dredge2.litware.com"]));
    expect(edgeSteps(s)).toEqual([
      "Bring dredge1.litware.com into service",
      "Bring dredge2.litware.com into service",
      "Point the Edge next hop at drpool",
    ]);
    expect(titled(s, "Point the Edge next hop at drpool").detail).toMatch(
      /^Set the next hop and trusted lists of the standby site's Edge servers dredge1\.litware\.com, dredge2\.litware\.com to the standby pool, .* at them \(inferred\)\. This waits for those Edge servers: before they answer/,
    );
    expect(s.failback!.steps.find((x) => x.title === "Point the Edge servers and external DNS back at Redmond")!.detail).toMatch(
      /return dredge1\.litware\.com, dredge2\.litware\.com at the standby site to the next hop they had before the switch-over\.$/,
    );
  });

  it("one lost Edge server and two standby ones: only one is brought into service", () => {
    const d = edges(["dredge1.litware.com", "dredge2.litware.com"]);
    d.servers = d.servers.filter((x) => x.fqdn !== "edge2.litware.com");
    expect(edgeSteps(siteLoss(d))).toEqual(["Bring dredge1.litware.com into service", "Point the Edge next hop at drpool"]);
  });
});
