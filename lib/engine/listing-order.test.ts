// A plan must not depend on the order in which a deployment file lists things: shuffling the sites,
// pools, servers, each server's roles, the databases, the shares and the ranked workloads gives the
// same plan, byte for byte (every runbook's steps with their numbers, starts, durations and
// administrators, every RTO and RPO, every gap, in the same order). The planner sorts the deployment
// into one canonical order first (canonical-order.ts), so output order is canonical too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import { ROLES, type Role } from "../formats/enums";
import { isSeparateAvEdge, phaseIndex, restorePhaseOf } from "./rules/restore-order";
import { canonicalOrder } from "./canonical-order";
import { planDeployment } from "./plan";
import { variedDeploymentArbitrary } from "./testing/varied";

/** Sort keys for one shuffle of every list of a deployment (as many keys as any list can need). */
const shuffleKeys = fc.array(fc.double({ noNaN: true, min: 0, max: 1 }), { minLength: 64, maxLength: 64 });

const shuffled = <T>(items: readonly T[], keys: readonly number[], salt: number): T[] =>
  items
    .map((item, i) => ({ item, key: keys[(i * 7 + salt) % keys.length] + i / 1e6 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

function shuffle(d: Deployment, keys: readonly number[]): Deployment {
  const out: Deployment = structuredClone(d);
  out.sites = shuffled(out.sites, keys, 1);
  out.pools = shuffled(out.pools, keys, 2);
  out.servers = shuffled(out.servers, keys, 3).map((s, i) => ({ ...s, roles: shuffled(s.roles, keys, 4 + i) }));
  if (out.databases) out.databases = shuffled(out.databases, keys, 5);
  if (out.fileShares) out.fileShares = shuffled(out.fileShares, keys, 6);
  out.priorities.workloads = shuffled(out.priorities.workloads, keys, 8);
  return out;
}

const reversed = (d: Deployment): Deployment => {
  const out: Deployment = structuredClone(d);
  for (const list of [out.sites, out.pools, out.servers, out.databases ?? [], out.fileShares ?? [], out.priorities.workloads])
    list.reverse();
  for (const s of out.servers) s.roles.reverse();
  return out;
};

const planJson = (d: Deployment) => JSON.stringify(planDeployment(d));

export const LISTING_ORDER_RUNS = 60;

describe("the order a deployment file lists things in", () => {
  it("never changes the plan: shuffled sites, pools, servers, roles, databases, shares and priorities give the same plan JSON", () => {
    let runs = 0;
    fc.assert(
      fc.property(variedDeploymentArbitrary, shuffleKeys, (d, keys) => {
        runs++;
        const plan = planJson(d);
        expect(planJson(shuffle(d, keys))).toBe(plan);
        expect(planJson(reversed(d))).toBe(plan);
      }),
      { numRuns: LISTING_ORDER_RUNS },
    );
    expect(runs).toBe(LISTING_ORDER_RUNS);
  });

  it("puts servers by site, then restore phase, then FQDN, roles in the format's order, sites central-remote-standby, without changing the input", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        const before = JSON.stringify(d);
        const c = canonicalOrder(reversed(d));
        expect(JSON.stringify(d)).toBe(before);
        expect(c.servers.map((s) => s.fqdn).sort()).toEqual(d.servers.map((s) => s.fqdn).sort());
        const kinds = c.sites.map((s) => ["central", "remote", "standby"].indexOf(s.kind));
        expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
        const sitePos = new Map(c.sites.map((s, i) => [s.name, i]));
        const phase = (roles: readonly Role[]) => phaseIndex(restorePhaseOf(roles).id) * 2 + (isSeparateAvEdge(roles) ? 1 : 0);
        for (let i = 1; i < c.servers.length; i++) {
          const [a, b] = [c.servers[i - 1], c.servers[i]];
          const key = (s: typeof a) => [sitePos.get(s.site)!, phase(s.roles)];
          const [ka, kb] = [key(a), key(b)];
          const before = ka[0] < kb[0] || (ka[0] === kb[0] && (ka[1] < kb[1] || (ka[1] === kb[1] && a.fqdn < b.fqdn)));
          expect(before, `${a.fqdn} before ${b.fqdn}`).toBe(true);
          expect(a.roles).toEqual([...a.roles].sort((x, y) => ROLES.indexOf(x) - ROLES.indexOf(y)));
        }
        expect(canonicalOrder(c)).toEqual(c);
      }),
      { numRuns: 40 },
    );
  });
});
