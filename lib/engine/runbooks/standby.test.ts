// The standby fast path names the Mediation Servers whose next hop is most likely the lost pool.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";
import { enterpriseWithStandbyPool, enterpriseWithStandbySite } from "../testing/fixtures";
import type { Deployment } from "../../formats/deployment";

describe("standby fast path: Mediation next hop", () => {
  it("names the Mediation Servers at the lost pool's site when it has some, else every one", () => {
    let seen = 0;
    const check = (d: Deployment) => {
      const plan = planDeployment(d);
      for (const s of plan.scenarios) {
        if (s.loss.kind !== "pool") continue;
        const step = s.steps.find((x) => x.title.startsWith("Point the Mediation Servers' next hop at"));
        if (!step) continue;
        seen++;
        const pool = d.pools.find((p) => p.name === s.loss.target)!;
        const mediation = d.servers.filter((x) => x.roles.includes("mediation"));
        const atSite = mediation.filter((m) => m.site === pool.site);
        const expected = (atSite.length > 0 ? atSite : mediation).map((m) => m.fqdn);
        const named = mediation.map((m) => m.fqdn).filter((f) => new RegExp(`\\b${f.replace(/\./g, "\\.")}\\b`).test(step.detail ?? ""));
        expect(named).toEqual(expected.slice(0, 6));
      }
    };
    fc.assert(fc.property(deploymentArbitrary, check), { numRuns: 60 });
    // Generated samples may hold no pool with a standby and a Mediation Server: the example with one always does.
    const fromSamples = seen;
    check(enterpriseWithStandbySite());
    expect(seen).toBeGreaterThan(fromSamples);
  });
});

describe("which pool a lost pool's users move to (standbyPoolFor)", () => {
  const scenario = (d: Deployment, id: string) => planDeployment(d).scenarios.find((x) => x.id === id)!;

  it("a pool at the standby site has no standby of its own: its loss is a rebuild", () => {
    const d = enterpriseWithStandbyPool();
    expect(scenario(d, "loss-of-pool:ocspool1").path).toBe("Move the users to the standby pool drpool first, then rebuild in place");
    expect(scenario(d, "loss-of-pool:drpool").path).toBeUndefined();
    expect(scenario(d, "loss-of-pool:drpool").failback).toBeUndefined();
  });

  it("a pool at the standby site does not move its users to another pool there", () => {
    const d = enterpriseWithStandbyPool();
    d.pools.push({ name: "drpool2", kind: "enterprise-consolidated", site: "Dublin", backEnd: "sqldr2.litware.com" });
    d.servers.push(
      { fqdn: "sqldr2.litware.com", site: "Dublin", roles: ["back-end-sql"] },
      { fqdn: "drfe2.litware.com", site: "Dublin", pool: "drpool2", roles: ["front-end"] },
    );
    expect([scenario(d, "loss-of-pool:drpool").path, scenario(d, "loss-of-pool:drpool2").path]).toEqual([undefined, undefined]);
  });

  it("a surviving pool at another site is no standby: only a pool at the standby site is", () => {
    // Amsterdam sorts before Dublin, so its pool comes first in the deployment's canonical order.
    const d = enterpriseWithStandbyPool();
    d.sites.push({ name: "Amsterdam", kind: "remote" });
    d.pools.push({ name: "apool", kind: "enterprise-consolidated", site: "Amsterdam", backEnd: "sqla.litware.com" });
    d.servers.push(
      { fqdn: "sqla.litware.com", site: "Amsterdam", roles: ["back-end-sql"] },
      { fqdn: "afe1.litware.com", site: "Amsterdam", pool: "apool", roles: ["front-end"] },
    );
    expect(scenario(d, "loss-of-pool:ocspool1").path).toBe("Move the users to the standby pool drpool first, then rebuild in place");
  });

  // drpool on ocspool1's back end goes down with it: no pool is left to move the users to.
  it("a standby pool whose back end goes down too is no standby: a shared back end's loss is a rebuild", () => {
    const d = enterpriseWithStandbyPool();
    d.pools.find((p) => p.name === "drpool")!.backEnd = "sql01.litware.com";
    d.servers = d.servers.filter((x) => x.fqdn !== "sqldr.litware.com");
    expect(scenario(d, "loss-of-back-end:ocspool1").path).toBeUndefined();
  });
});

describe("Mediation next hop in the fast path", () => {
  const mediationSteps = (d: Deployment) =>
    planDeployment(d)
      .scenarios.filter((x) => x.id === "loss-of-pool:ocspool1")
      .flatMap((x) => [...x.steps, ...(x.failback?.steps ?? [])])
      .filter((x) => x.title.includes("Mediation Servers' next hop"))
      .map((x) => x.title);

  it("is moved to the standby pool and back when there are Mediation Servers", () => {
    expect(mediationSteps(enterpriseWithStandbyPool())).toEqual([
      "Point the Mediation Servers' next hop at drpool",
      "Point the Mediation Servers' next hop back at ocspool1",
    ]);
  });

  it("is not mentioned without Mediation Servers", () => {
    const d = enterpriseWithStandbyPool();
    d.servers = d.servers.filter((x) => !x.roles.includes("mediation"));
    expect(mediationSteps(d)).toEqual([]);
  });
});

describe("failbacks", () => {
  it("each pool loss has its own failback, and the site loss one failback for both pools", () => {
    const d = enterpriseWithStandbyPool();
    d.pools.push(
      { name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql02.litware.com" },
      { name: "drpool2", kind: "enterprise-consolidated", site: "Dublin", backEnd: "sqldr2.litware.com" },
    );
    d.servers.push(
      { fqdn: "sql02.litware.com", site: "Redmond", roles: ["back-end-sql"] },
      { fqdn: "ocspool2server1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] },
      { fqdn: "sqldr2.litware.com", site: "Dublin", roles: ["back-end-sql"] },
      { fqdn: "drfe2.litware.com", site: "Dublin", pool: "drpool2", roles: ["front-end"] },
    );
    const plan = planDeployment(d);
    const failback = (id: string) => plan.scenarios.find((x) => x.id === id)!.failback!;
    // Every pool with a standby gets the first standby pool that still answers: drpool for both.
    expect([failback("loss-of-pool:ocspool1").title, failback("loss-of-pool:ocspool2").title]).toEqual([
      "Failback: bring the users home to ocspool1",
      "Failback: bring the users home to ocspool2",
    ]);
    expect(failback("loss-of-pool:ocspool2").when).toBe(
      "After the switch-over, once ocspool2 is rebuilt and checked: the users move back from drpool.",
    );
    // A pool's loss and its back end's loss share one failback.
    expect(failback("loss-of-back-end:ocspool2")).toBe(failback("loss-of-pool:ocspool2"));
    // The site loss moves each pool to its own standby pool and brings both home in one failback.
    expect(failback("loss-of-site:Redmond").when).toBe(
      "After the switch-over, once ocspool1, ocspool2 is rebuilt and checked: the users move back from drpool, drpool2.",
    );
  });
});

describe("the Edge next hop in a fast path without a Director", () => {
  it("names every Edge server that sends traffic to the lost pool", () => {
    const d = enterpriseWithStandbyPool();
    d.servers = d.servers.filter((x) => !x.roles.includes("director"));
    d.servers.push({ fqdn: "edge2.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge", "av-edge"] });
    const s = planDeployment(d).scenarios.find((x) => x.id === "loss-of-pool:ocspool1")!;
    const step = s.steps.find((x) => x.title === "Point the Edge next hop at drpool")!;
    expect([step.verify, step.assumption, step.rules, step.workloads, step.detail]).toEqual([
      true,
      "dnsUpdateMinutes",
      ["P5", "S6"],
      ["remote-access"],
      "Inferred: there is no Director, so the Edge servers edge1.litware.com, edge2.litware.com send internal traffic to a pool: set their next hop to drpool (Edge properties in the OCS snap-in) while ocspool1 is down.",
    ]);
  });
});
