// The rebuild runbooks (rebuild.ts): the domain step of a site loss, the surviving front ends of a lost
// back end, which pools get their databases created, and when the Edge checkpoint exists.
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, standard, type Json } from "../testing/fixtures";

const runbook = (d: ReturnType<typeof enterprise>, id: string): Scenario => planDeployment(d).scenarios.find((s) => s.id === id)!;
const titled = (s: Scenario, title: string) => s.steps.find((x) => x.title === title)!;
const withoutEdge = (d: Json) => {
  d.servers = d.servers.filter((s: { fqdn: string }) => s.fqdn !== "edge1.litware.com");
  delete d.edge;
};

describe("site loss", () => {
  it("restores the domain right after the assessment, and imports the global settings after it (S1, S6)", () => {
    const s = runbook(enterprise(), "loss-of-site:Redmond");
    const domain = titled(s, "Restore domain information");
    expect(domain).toMatchObject({
      order: 2,
      dependsOn: [1],
      phase: "Domain information",
      rules: ["Restore order", "S6", "S1"],
      detail:
        "Bring back the site's domain controllers and DNS from their backups with Windows tools (outside OCS), or confirm that domain controllers elsewhere serve the site.",
    });
    expect(titled(s, "Import the global settings").dependsOn).toContain(domain.order);
  });

  it("does not rebuild a back end at another site: no databases created or restored for the pool", () => {
    const away = enterprise((d) => {
      d.sites.push({ name: "Dublin", kind: "remote" });
      d.servers.find((x: { fqdn: string }) => x.fqdn === "sql01.litware.com").site = "Dublin";
    });
    const titles = runbook(away, "loss-of-site:Redmond").steps.map((x) => x.title);
    expect(titles.filter((t) => /sql01|Create the databases|Restore RTC on/.test(t))).toEqual([]);
  });

  it("creates no pool databases for a Standard Edition pool: its server restores RTC into its own SQL Express", () => {
    const titles = runbook(standard(), "loss-of-site:Redmond").steps.map((x) => x.title);
    expect(titles.filter((t) => t.startsWith("Create the databases"))).toEqual([]);
    expect(titles).toContain("Restore RTC on ocsse1.litware.com");
  });

  it("has an Edge checkpoint only when it rebuilds an Edge server after its next hop", () => {
    const checkpoints = (s: Scenario) => s.steps.filter((x) => x.title.startsWith("Checkpoint:")).length;
    expect(checkpoints(runbook(enterprise(), "loss-of-site:Redmond"))).toBe(1);
    expect(checkpoints(runbook(enterprise(withoutEdge), "loss-of-site:Redmond"))).toBe(0);
    expect(titled(runbook(enterprise(), "loss-of-site:Redmond"), "Checkpoint: the Edge servers' next hop answers")).toMatchObject({
      phase: "Edge Servers",
      minutes: 0,
      waiting: true,
      rules: ["Restore order", "P1"],
      detail:
        "Edge servers come after the internal roles (table 17-9) because their next hop (the Director or the pool) must answer first; they do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
    });
    // Two Edge servers wait for one checkpoint.
    const split = enterprise((x) => {
      x.edge.topology = "single-site";
      x.servers = x.servers.filter((v: { fqdn: string }) => v.fqdn !== "edge1.litware.com");
      x.servers.push(
        { fqdn: "avedge1.litware.com", site: "Redmond", roles: ["av-edge"] },
        { fqdn: "edge1.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge"] },
      );
    });
    expect(checkpoints(runbook(split, "loss-of-site:Redmond"))).toBe(1);
    // A site holding only the Edge server: its next hop at the other site still answers.
    const edgeSite = enterprise((x) => {
      x.sites.push({ name: "Perimeter", kind: "remote" });
      x.servers.find((v: { fqdn: string }) => v.fqdn === "edge1.litware.com").site = "Perimeter";
    });
    expect(checkpoints(runbook(edgeSite, "loss-of-site:Perimeter"))).toBe(0);
    // The Edge server alone: its next hop is up, nothing to wait for.
    expect(checkpoints(runbook(enterprise(), "loss-of-server:edge1.litware.com"))).toBe(0);
  });
});

describe("back-end loss", () => {
  it("stops the surviving front ends' services after the assessment, before RTC is restored (D1, S7)", () => {
    const s = runbook(enterprise(), "loss-of-back-end:ocspool1");
    expect(s.steps[1]).toMatchObject({
      title: "Stop the OCS services on the front ends of ocspool1",
      dependsOn: [1],
      phase: "Back-end servers",
      rules: ["D1", "S7"],
      verify: true,
      command: "sc \\\\ocspool1server1.litware.com stop RTCSRV\nsc \\\\ocspool1server2.litware.com stop RTCSRV",
      detail:
        "The front ends survive but cannot work without their back end. Stop their Front End service before the RTC database is restored, so nothing writes to it half-way (facts 8, inferred); reapplying their settings starts them again. The service's short name is a recollection.",
    });
    expect(titled(s, "Restore RTC on sql01.litware.com").dependsOn).toContain(2);
  });

  it("stops the front ends of two pools sharing the lost back end side by side: each pool is its own lane", () => {
    // Two admins, two pools on sql01: the assessment takes decisionMinutes (60), then each admin
    // stops one pool's front ends (10 minutes each, depending only on the assessment), both at 60.
    const shared = enterprise((x) => {
      x.recovery.adminsAvailable = 2;
      x.pools.push({ name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql01.litware.com" });
      x.servers.push({ fqdn: "ocspool2server1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] });
    });
    for (const id of ["loss-of-back-end:ocspool1", "loss-of-back-end:ocspool2"]) {
      const s = runbook(shared, id);
      const stops = ["ocspool1", "ocspool2"].map((p) => titled(s, `Stop the OCS services on the front ends of ${p}`));
      expect(stops.map((x) => [x.startMinute, x.finishMinute, x.dependsOn])).toEqual([
        [60, 70, [1]],
        [60, 70, [1]],
      ]);
      expect(new Set(stops.map((x) => x.assignee)).size).toBe(2);
    }
  });
});

describe("expanded pool loss", () => {
  it("lets users sign in once the front ends answer; the whole pool is checked with its conferencing servers beside that (P1)", () => {
    const d = enterprise((x) => {
      x.pools[0].kind = "enterprise-expanded";
      x.servers.push({ fqdn: "appshare1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["app-sharing-conferencing"] });
    });
    const s = runbook(d, "loss-of-pool:ocspool1");
    const frontEnds = titled(s, "Check the front ends of pool ocspool1");
    const all = titled(s, "Check pool ocspool1 with all its members");
    expect(all.dependsOn).toEqual([frontEnds.order, titled(s, "Check appshare1.litware.com").order]);
    expect(titled(s, "Reassign the users of ocspool1").dependsOn).toEqual([frontEnds.order]);
    expect(s.steps.filter((x) => x.title === "Check pool ocspool1")).toEqual([]);
  });
});
