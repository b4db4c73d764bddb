// The deployment in one canonical order, so that a plan never depends on the order in which a file
// lists its sites, pools, servers, roles, databases, shares or ranked workloads. Every later tie-break
// (servers of one restore phase and rank, steps of one start time, lanes of one rank, the "first" pool
// or front end) then falls on names rather than on file positions.
//
// The order:
// - sites: central, then remote, then standby; by name within a kind;
// - pools: by their site (in site order), then by name;
// - servers: by their site (in site order), then in restore order (the table 17-9 phase their roles
//   put them in), then by FQDN; each server's roles in the format's role order;
// - databases: by their server (in server order; a server the file does not list after those, by
//   FQDN), then in the format's database order;
// - file shares: in the format's content order, then by path, then by size;
// - ranked workloads: by rank.
// Names are compared by UTF-16 code units (never locale rules), so the order is the same everywhere.
import type { Deployment } from "../formats/deployment";
import { DATABASE_NAMES, ROLES, SHARE_CONTENTS, SITE_KINDS } from "../formats/enums";
import { isSeparateAvEdge, phaseIndex, restorePhaseOf } from "./rules/restore-order";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const positions = <T>(values: readonly T[]) => new Map(values.map((v, i) => [v, i]));
const ROLE_POSITION = positions(ROLES);
const DATABASE_POSITION = positions(DATABASE_NAMES);
const SHARE_POSITION = positions(SHARE_CONTENTS);
const SITE_KIND_POSITION = positions(SITE_KINDS);

/** The same deployment with every list in canonical order (a new object; the input is not changed). */
export function canonicalOrder(d: Deployment): Deployment {
  const sites = [...d.sites].sort((a, b) => SITE_KIND_POSITION.get(a.kind)! - SITE_KIND_POSITION.get(b.kind)! || byText(a.name, b.name));
  const sitePosition = positions(sites.map((s) => s.name));
  // A reference the format would refuse (an unknown site) sorts last rather than failing here.
  const siteOf = (name: string) => sitePosition.get(name) ?? sites.length;
  const pools = [...d.pools].sort((a, b) => siteOf(a.site) - siteOf(b.site) || byText(a.name, b.name));
  const servers = d.servers
    .map((s) => {
      const roles = [...s.roles].sort((a, b) => ROLE_POSITION.get(a)! - ROLE_POSITION.get(b)!);
      return { server: { ...s, roles }, phase: phaseIndex(restorePhaseOf(roles).id) * 2 + (isSeparateAvEdge(roles) ? 1 : 0) };
    })
    .sort((a, b) => siteOf(a.server.site) - siteOf(b.server.site) || a.phase - b.phase || byText(a.server.fqdn, b.server.fqdn))
    .map((x) => x.server);
  const serverPosition = positions(servers.map((s) => s.fqdn));
  const serverOf = (fqdn: string) => serverPosition.get(fqdn) ?? servers.length;
  const out: Deployment = {
    ...d,
    sites,
    pools,
    servers,
    priorities: {
      ...d.priorities,
      workloads: [...d.priorities.workloads].sort((a, b) => a.rank - b.rank || byText(a.workload, b.workload)),
    },
  };
  if (d.databases)
    out.databases = [...d.databases].sort(
      (a, b) =>
        serverOf(a.server) - serverOf(b.server) ||
        byText(a.server, b.server) ||
        DATABASE_POSITION.get(a.name)! - DATABASE_POSITION.get(b.name)! ||
        a.sizeGb - b.sizeGb,
    );
  if (d.fileShares)
    out.fileShares = [...d.fileShares].sort(
      (a, b) => SHARE_POSITION.get(a.content)! - SHARE_POSITION.get(b.content)! || byText(a.path, b.path) || a.sizeGb - b.sizeGb,
    );
  return out;
}
