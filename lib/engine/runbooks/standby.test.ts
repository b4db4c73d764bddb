// The standby fast path names the Mediation Servers whose next hop is most likely the lost pool.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";
import { enterpriseWithStandbySite } from "../testing/fixtures";
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
