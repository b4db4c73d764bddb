// A second fast-check arbitrary of VALID deployments: the ones of arbitrary.ts, varied the ways real
// deployments vary and the first generator never does:
// - roles listed in any order on a server, servers and pools listed in any order;
// - collocations: Archiving and Monitoring on one server; a back end that also runs Archiving or
//   Monitoring, or only holds the LCSLog or CDR (RTCCDR, QoEMetrics) databases of a separate server;
//   two Enterprise pools sharing one back-end SQL Server;
// - a pool's back end at another site than its pool (pool members themselves must stay at their
//   pool's site: the format refuses anything else, lib/formats/consistency.ts);
// - file shares on different servers (a file server each, or a pool member);
// - edge topologies with their role splits: a separate Access, Web Conferencing or A/V Edge, and
//   remote-site Edges.
import fc from "fast-check";
import type { Deployment, Server } from "../../formats/deployment";
import type { Role } from "../../formats/enums";
import { validateDeployment } from "../../formats/parse-deployment";
import { deploymentArbitrary } from "./arbitrary";

const variation = fc.record({
  /** Sort keys that permute each server's roles, the servers and the pools. */
  roleKeys: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
  serverKeys: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
  poolKeys: fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 }),
  archivingWithMonitoring: fc.boolean(),
  backEndRuns: fc.constantFrom<"nothing" | "archiving" | "monitoring" | "both">("nothing", "archiving", "monitoring", "both"),
  dataDatabasesOnBackEnd: fc.boolean(),
  shareBackEnd: fc.boolean(),
  backEndSite: fc.nat(3),
  shareHosts: fc.array(fc.constantFrom("own-file-server", "fs01", "pool-member"), { minLength: 4, maxLength: 4 }),
  edgeSplit: fc.constantFrom<"as-generated" | "three-servers" | "av-alone-twice">("as-generated", "three-servers", "av-alone-twice"),
});

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never;

const permuted = <T>(items: readonly T[], keys: readonly number[], offset = 0): T[] =>
  items
    .map((item, i) => ({ item, key: keys[(i + offset) % keys.length], i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);

function vary(base: Deployment, v: Variation): Deployment {
  const d = structuredClone(base);
  const databases = (d.databases ??= []);
  const server = (fqdn: string) => d.servers.find((s) => s.fqdn === fqdn)!;
  const addRole = (s: Server, role: Role) => {
    if (!s.roles.includes(role)) s.roles.push(role);
  };
  const enterprise = d.pools.filter((p) => p.backEnd);

  // Archiving and Monitoring on one server: the first Monitoring server folds into the first Archiving server.
  const archiving = d.servers.find((s) => s.roles.length === 1 && s.roles[0] === "archiving");
  const monitoring = d.servers.find((s) => s.roles.length === 1 && s.roles[0] === "monitoring");
  if (v.archivingWithMonitoring && archiving && monitoring) {
    addRole(archiving, "monitoring");
    for (const db of databases) if (db.server === monitoring.fqdn) db.server = archiving.fqdn;
    d.servers = d.servers.filter((s) => s !== monitoring);
  }

  const firstBackEnd = enterprise[0]?.backEnd ? server(enterprise[0].backEnd) : undefined;
  if (firstBackEnd) {
    if (v.backEndRuns === "archiving" || v.backEndRuns === "both") addRole(firstBackEnd, "archiving");
    if (v.backEndRuns === "monitoring" || v.backEndRuns === "both") addRole(firstBackEnd, "monitoring");
    // The LCSLog and CDR databases of the separate Archiving and Monitoring servers live on the back end.
    if (v.dataDatabasesOnBackEnd) {
      for (const db of databases) {
        if (
          ["LCSLog", "RTCCDR", "QoEMetrics"].includes(db.name) &&
          !databases.some((o) => o.name === db.name && o.server === firstBackEnd.fqdn)
        )
          db.server = firstBackEnd.fqdn;
      }
    }
    const site = d.sites[v.backEndSite % d.sites.length].name;
    firstBackEnd.site = site;
  }

  // Two Enterprise pools on one back end: the second pool's back end goes away (its databases with it,
  // since the format lists a database once per server).
  if (v.shareBackEnd && enterprise.length >= 2 && firstBackEnd) {
    const second = enterprise[1];
    const gone = second.backEnd!;
    if (gone !== firstBackEnd.fqdn) {
      second.backEnd = firstBackEnd.fqdn;
      const goneServer = server(gone);
      for (const role of goneServer.roles) if (role !== "back-end-sql") addRole(firstBackEnd, role);
      d.servers = d.servers.filter((s) => s.fqdn !== gone);
      d.databases = databases.filter(
        (db) => db.server !== gone || !databases.some((o) => o.name === db.name && o.server === firstBackEnd.fqdn),
      );
      for (const db of d.databases) if (db.server === gone) db.server = firstBackEnd.fqdn;
    }
  }

  // File shares on different servers.
  const member = d.servers.find((s) => s.pool);
  (d.fileShares ?? []).forEach((share, i) => {
    const how = v.shareHosts[i % v.shareHosts.length];
    const host = how === "own-file-server" ? `fs${i + 1}` : how === "pool-member" && member ? member.fqdn.split(".")[0] : "fs01";
    share.path = share.path.replace(/^\\\\[^\\]+/, `\\\\${host}`);
  });

  // Edge role splits the topology allows.
  if (d.edge && (d.edge.topology === "single-site" || d.edge.topology === "scaled-single-site") && v.edgeSplit !== "as-generated") {
    const central = d.servers.find((s) => s.roles.includes("access-edge"))?.site ?? d.sites[0].name;
    d.servers = d.servers.filter((s) => !s.roles.some((r) => r === "access-edge" || r === "web-conferencing-edge" || r === "av-edge"));
    const edge = (name: string, roles: Role[]) => d.servers.push({ fqdn: `${name}.${d.forest}`, site: central, roles });
    if (v.edgeSplit === "three-servers") {
      edge("accessedge", ["access-edge"]);
      edge("webconfedge", ["web-conferencing-edge"]);
      edge("avedge", ["av-edge"]);
    } else {
      edge("edge", ["access-edge", "web-conferencing-edge"]);
      edge("avedge1", ["av-edge"]);
      edge("avedge2", ["av-edge"]);
    }
  }

  // Any order: roles on each server, the servers, the pools.
  d.servers.forEach((s, i) => (s.roles = permuted(s.roles, v.roleKeys, i)));
  d.servers = permuted(d.servers, v.serverKeys);
  d.pools = permuted(d.pools, v.poolKeys);
  return d;
}

/** A varied deployment, checked valid (a generator that made an invalid one is a bug in it). */
function validVaried(base: Deployment, v: Variation): Deployment {
  const d = vary(base, v);
  const r = validateDeployment(JSON.parse(JSON.stringify(d)));
  if (!r.ok) throw new Error(`varied deployment is invalid: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.deployment;
}

/** Valid deployments varied as real ones are (see the top of this file). */
export const variedDeploymentArbitrary: fc.Arbitrary<Deployment> = fc
  .tuple(deploymentArbitrary, variation)
  .map(([d, v]) => validVaried(d, v));
