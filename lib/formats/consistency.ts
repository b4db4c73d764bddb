// The consistency rules of the deployment format ("Consistency rules" in deployment-format.md),
// run after the schema on every save and import. Errors block; warnings are shown.
import { componentsOf } from "./workload-components";
import { EDGE_ROLES, EXPANDED_ONLY_ROLES, POOL_MEMBER_ROLES, ROLE_LABELS, SQL_INSTANCE_ROLES, type Role } from "./enums";
import type { Deployment } from "./deployment";
import type { Problem } from "./problems";
import { checkPeople } from "./people-consistency";
import { checkPrerequisites } from "./prerequisites-consistency";

const err = (path: string, message: string, rule?: string): Problem => ({ path, message, severity: "error", rule });
const warn = (path: string, message: string, rule?: string): Problem => ({ path, message, severity: "warning", rule });

function duplicates<T>(items: readonly T[], key: (t: T) => string, pathOf: (i: number) => string, what: string): Problem[] {
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push(err(pathOf(i), `duplicate ${what} "${k}" (first used at index ${first})`));
  });
  return out;
}

export function checkConsistency(d: Deployment): Problem[] {
  const problems: Problem[] = [];
  const databases = d.databases ?? [];
  const sites = new Set(d.sites.map((s) => s.name));
  const pools = new Map(d.pools.map((p) => [p.name, p]));
  const servers = new Map(d.servers.map((s) => [s.fqdn, s]));

  problems.push(
    ...duplicates(
      d.sites,
      (s) => s.name,
      (i) => `sites[${i}].name`,
      "site name",
    ),
  );
  problems.push(
    ...duplicates(
      d.pools,
      (p) => p.name,
      (i) => `pools[${i}].name`,
      "pool name",
    ),
  );
  problems.push(
    ...duplicates(
      d.servers,
      (s) => s.fqdn,
      (i) => `servers[${i}].fqdn`,
      "server FQDN",
    ),
  );
  problems.push(
    ...duplicates(
      d.priorities.workloads,
      (w) => w.workload,
      (i) => `priorities.workloads[${i}].workload`,
      "workload",
    ),
  );
  problems.push(
    ...duplicates(
      d.priorities.workloads,
      (w) => String(w.rank),
      (i) => `priorities.workloads[${i}].rank`,
      "rank",
    ),
  );
  problems.push(
    ...duplicates(
      databases,
      (b) => `${b.name}@${b.server}`,
      (i) => `databases[${i}]`,
      "database",
    ),
  );

  if (!d.sites.some((s) => s.kind === "central")) problems.push(warn("sites", "no site is marked central"));

  // Members of each pool, gathered once.
  const membersByPool = new Map<string, Deployment["servers"]>();
  d.servers.forEach((s) => {
    if (s.pool) membersByPool.set(s.pool, [...(membersByPool.get(s.pool) ?? []), s]);
  });

  d.pools.forEach((p, i) => {
    const at = `pools[${i}]`;
    if (!sites.has(p.site)) problems.push(err(`${at}.site`, `site "${p.site}" is not defined in sites`));
    const members = membersByPool.get(p.name) ?? [];
    if (p.kind === "standard") {
      if (p.backEnd)
        problems.push(err(`${at}.backEnd`, "a Standard Edition pool keeps its databases on the server itself: remove backEnd"));
      const se = members.filter((m) => m.roles.includes("standard-edition"));
      if (se.length !== 1)
        problems.push(err(`${at}`, `a standard pool needs exactly one server with role standard-edition (found ${se.length})`, "S8"));
    } else {
      if (!p.backEnd) problems.push(err(`${at}.backEnd`, "an Enterprise pool needs backEnd: the FQDN of its back-end SQL Server"));
      else {
        const be = servers.get(p.backEnd);
        if (!be) problems.push(err(`${at}.backEnd`, `back end "${p.backEnd}" is not a server in servers`));
        else if (!be.roles.includes("back-end-sql"))
          problems.push(err(`${at}.backEnd`, `back end "${p.backEnd}" does not have the role back-end-sql`));
      }
      if (!members.some((m) => m.roles.includes("front-end")))
        problems.push(err(`${at}`, "an Enterprise pool needs at least one server with role front-end"));
    }
  });

  d.servers.forEach((s, i) => {
    const at = `servers[${i}]`;
    if (!sites.has(s.site)) problems.push(err(`${at}.site`, `site "${s.site}" is not defined in sites`));
    duplicates(
      s.roles,
      (r) => r,
      (j) => `${at}.roles[${j}]`,
      "role",
    ).forEach((p) => problems.push(p));

    const memberRoles = s.roles.filter((r) => POOL_MEMBER_ROLES.includes(r));
    const pool = s.pool ? pools.get(s.pool) : undefined;
    if (s.pool && !pool) problems.push(err(`${at}.pool`, `pool "${s.pool}" is not defined in pools`));
    if (!s.pool && memberRoles.length > 0)
      problems.push(err(`${at}.pool`, `a server with role ${memberRoles[0]} belongs to a pool: set pool`));
    if (s.pool && memberRoles.length === 0)
      problems.push(err(`${at}.pool`, `only pool members (${POOL_MEMBER_ROLES.join(", ")}) have a pool: remove pool`));
    if (pool && pool.site !== s.site)
      problems.push(err(`${at}.site`, `the server is in pool "${pool.name}" at site "${pool.site}", not "${s.site}"`));

    if (s.roles.includes("back-end-sql") && s.roles.some((r) => r !== "back-end-sql" && !["archiving", "monitoring"].includes(r)))
      problems.push(warn(`${at}.roles`, "a back-end SQL Server normally runs no OCS server role besides hosting databases"));

    if (pool) {
      s.roles.forEach((r, j) => {
        const rp = `${at}.roles[${j}]`;
        if (r === "standard-edition" && pool.kind !== "standard")
          problems.push(err(rp, `role standard-edition is only valid in a standard pool; "${pool.name}" is ${pool.kind}`));
        if (r === "front-end" && pool.kind === "standard")
          problems.push(err(rp, `a Standard Edition pool has no separate front ends; "${pool.name}" is standard`));
        if (EXPANDED_ONLY_ROLES.includes(r) && pool.kind !== "enterprise-expanded")
          problems.push(
            err(
              rp,
              `${ROLE_LABELS[r]} runs on the ${pool.kind === "standard" ? "Standard Edition server" : "front ends"} in a ${pool.kind} pool; a separate ${r} server exists only in an expanded Enterprise pool`,
              "S8",
            ),
          );
      });
      if (pool.kind === "enterprise-expanded") {
        const dedicated = s.roles.filter((r) => r === "front-end" || EXPANDED_ONLY_ROLES.includes(r));
        if (dedicated.length > 1)
          problems.push(err(`${at}.roles`, `in an expanded pool each of ${dedicated.join(", ")} runs on its own server`, "S8"));
      }
    }
    if (s.sqlInstance !== undefined && !s.roles.some((r) => SQL_INSTANCE_ROLES.includes(r)))
      problems.push(
        err(
          `${at}.sqlInstance`,
          `only a server that holds OCS databases (${SQL_INSTANCE_ROLES.join(", ")}) has a SQL instance: remove sqlInstance`,
          "D10",
        ),
      );

    if (s.roles.includes("director") && !d.pools.some((p) => p.kind !== "standard"))
      problems.push(warn(`${at}.roles`, "Directors are used with Enterprise pools; this deployment has none", "S8"));

    const edgeRoles = s.roles.filter((r) => EDGE_ROLES.includes(r));
    if (edgeRoles.length > 0) {
      if (!d.edge) problems.push(err(`${at}.roles`, "edge roles need an edge topology: set edge.topology"));
      if (edgeRoles.length !== s.roles.length)
        problems.push(err(`${at}.roles`, "an Edge server sits in the perimeter network and carries only edge roles"));
      const siteKind = d.sites.find((x) => x.name === s.site)?.kind;
      if (d.edge?.topology === "consolidated" && EDGE_ROLES.some((r) => !s.roles.includes(r)))
        problems.push(err(`${at}.roles`, "in a consolidated edge topology the edge server carries all three edge roles", "S8"));
      if (d.edge?.topology === "remote-site" && siteKind === "remote" && s.roles.includes("access-edge"))
        problems.push(
          err(
            `${at}.roles`,
            "a remote-site edge server carries only web-conferencing-edge and av-edge; the Access Edge stays at the central site",
            "S8",
          ),
        );
    }
  });

  if (d.edge && !d.servers.some((s) => s.roles.some((r) => EDGE_ROLES.includes(r))))
    problems.push(warn("edge", `an edge topology (${d.edge.topology}) is set but no server carries an edge role`));

  databases.forEach((b, i) => {
    const host = servers.get(b.server);
    if (!host) problems.push(err(`databases[${i}].server`, `server "${b.server}" is not defined in servers`));
    else if (!databaseHostRoles(b.name).some((r) => host.roles.includes(r)))
      problems.push(
        warn(`databases[${i}].server`, `${b.name} is normally on a server with role ${databaseHostRoles(b.name).join(" or ")}`, "D1"),
      );
  });

  if (d.backup.destination && d.backup.offsiteDestination && sameFolder(d.backup.destination, d.backup.offsiteDestination))
    problems.push(
      warn(
        "backup.offsiteDestination",
        "the off-site destination is the backup destination itself: an off-site copy must survive the loss of the first",
        "P5",
      ),
    );

  if (d.dependencies.reverseProxy && servers.has(d.dependencies.reverseProxy.fqdn))
    problems.push(warn("dependencies.reverseProxy.fqdn", "the reverse proxy is not an OCS server; it need not be listed in servers", "S3"));

  d.priorities.workloads.forEach((w, i) => {
    const needs = componentsOf(w.workload).essentialRoles;
    if (!d.servers.some((s) => s.roles.some((r) => needs.includes(r))))
      problems.push(
        warn(`priorities.workloads[${i}].workload`, `${w.workload} is ranked but no server has role ${needs.join(" or ")}`, "P1"),
      );
  });

  problems.push(...checkPeople(d));
  problems.push(...checkPrerequisites(d));
  return problems;
}

function databaseHostRoles(name: string): Role[] {
  switch (name) {
    case "RTC":
    case "RTCConfig":
    case "RTCDyn":
      return ["back-end-sql", "standard-edition"];
    case "LCSLog":
      return ["archiving", "back-end-sql"];
    default:
      return ["monitoring", "back-end-sql"];
  }
}

const sameFolder = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
