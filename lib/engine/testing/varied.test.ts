// The varied generator makes valid deployments and really varies them: each variation of the top of
// varied.ts shows up in a sample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../../formats/parse-deployment";
import { ROLES } from "../../formats/enums";
import { variedDeploymentArbitrary } from "./varied";

describe("variedDeploymentArbitrary", () => {
  const sample = fc.sample(variedDeploymentArbitrary, { numRuns: 300, seed: 17 });

  it("makes valid deployment files", () => {
    for (const d of sample) {
      const r = validateDeployment(JSON.parse(JSON.stringify(d)));
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
  });

  it("varies role order, collocations, shared and remote back ends, share hosts and edge splits", () => {
    const count = (p: (d: (typeof sample)[number]) => boolean) => sample.filter(p).length;
    const canonical = (roles: readonly string[]) =>
      roles.every((r, i) => i === 0 || ROLES.indexOf(roles[i - 1] as never) <= ROLES.indexOf(r as never));
    const backEnds = (d: (typeof sample)[number]) => d.servers.filter((s) => s.roles.includes("back-end-sql"));
    const seen = {
      rolesOutOfOrder: count((d) => d.servers.some((s) => !canonical(s.roles))),
      archivingWithMonitoring: count((d) =>
        d.servers.some((s) => s.roles.includes("archiving") && s.roles.includes("monitoring") && !s.roles.includes("back-end-sql")),
      ),
      backEndRunsArchivingOrMonitoring: count((d) => backEnds(d).some((s) => s.roles.length > 1)),
      dataDatabaseOnBackEnd: count((d) =>
        (d.databases ?? []).some(
          (db) => ["LCSLog", "RTCCDR", "QoEMetrics"].includes(db.name) && backEnds(d).some((s) => s.fqdn === db.server),
        ),
      ),
      sharedBackEnd: count(
        (d) => new Set(d.pools.filter((p) => p.backEnd).map((p) => p.backEnd)).size < d.pools.filter((p) => p.backEnd).length,
      ),
      backEndAtAnotherSite: count((d) => d.pools.some((p) => p.backEnd && d.servers.find((s) => s.fqdn === p.backEnd)!.site !== p.site)),
      sharesOnSeveralServers: count((d) => new Set((d.fileShares ?? []).map((f) => f.path.split("\\")[2])).size > 1),
      separateAccessEdge: count((d) => d.servers.some((s) => s.roles.length === 1 && s.roles[0] === "access-edge")),
      twoSeparateAvEdges: count((d) => d.servers.filter((s) => s.roles.length === 1 && s.roles[0] === "av-edge").length >= 2),
    };
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThanOrEqual(5);
  });
});
