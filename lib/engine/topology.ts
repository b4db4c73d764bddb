// The deployment indexed once (servers by pool, site and role; what each server hosts and which
// workloads it serves) so that every later stage is a lookup, never a scan of all servers.
import type { DatabaseEntry, Deployment, FileShareEntry, Pool, Server, Site, WorkloadPriority } from "../formats/deployment";
import { DATABASE_NAMES, ROLES, WORKLOADS, type DatabaseName, type Role, type ShareContent, type Workload } from "../formats/enums";
import { isSeparateAvEdge, phaseIndex, restorePhaseOf, type RestorePhase } from "./rules/restore-order";
import { exportedRoles } from "./rules/settings-levels";
import { isPerimeter, serverRole } from "./rules/server-roles";
import { WORKLOAD_COMPONENTS, type WorkloadComponents } from "./rules/workload-components";

export interface ServerInfo {
  server: Server;
  fqdn: string;
  /**
   * Position in the deployment's server list (the tie-break of every server ordering). planDeployment
   * indexes the deployment in canonical order (canonical-order.ts), so this is restore phase, then FQDN order within a site.
   */
  index: number;
  /** The server's roles as a bit set (bit i = ROLES[i]). */
  roleMask: number;
  /** The roles another server in the same pool, or load-balanced array at the site, also has. */
  peerMask: number;
  /** Roles with OCS machine settings (S3); empty for a plain SQL Server. */
  ocsRoles: Role[];
  isOcs: boolean;
  pool: Pool | undefined;
  /** Enterprise pools whose back end this server is. */
  backEndOf: Pool[];
  phase: RestorePhase;
  /** Sort key of the restore sequence: table 17-9 phase, then a separate A/V Edge after the other Edges. */
  phaseRank: number;
  perimeter: boolean;
  spare: boolean;
  databases: DatabaseEntry[];
  shares: FileShareEntry[];
  /** Served workloads this server contributes to, most critical first. */
  workloads: Workload[];
  /** Best (lowest) rank among `workloads`; Infinity when none is ranked. */
  rank: number;
}

export interface DeploymentIndex {
  d: Deployment;
  servers: ServerInfo[];
  byFqdn: Map<string, ServerInfo>;
  pools: Map<string, Pool>;
  /** Pool members (not the back end), in server list order. */
  membersByPool: Map<string, ServerInfo[]>;
  serversBySite: Map<string, ServerInfo[]>;
  /** Servers holding each role, in file order. */
  byRole: Map<Role, ServerInfo[]>;
  /** The server a pool's global+pool export runs on: its Standard Edition server or first front end (S2). */
  poolLead: Map<string, ServerInfo>;
  backEndOfPool: Map<string, ServerInfo>;
  /** Workloads the deployment can serve at all (an essential role exists), most critical first. */
  servedWorkloads: Workload[];
  priority: Map<Workload, WorkloadPriority>;
  /** Shares on a file server the deployment does not list. */
  externalShares: FileShareEntry[];
  shareHost: Map<FileShareEntry, ServerInfo | null>;
  standbySite: Site | undefined;
  /** Databases the topology implies but the file does not list, in server order (D1, D4). */
  missingDatabases: MissingDatabase[];
}

export interface MissingDatabase {
  name: DatabaseName;
  host: ServerInfo;
  /** The role or pool that implies it. */
  because: string;
}

const ROLE_BIT = new Map(ROLES.map((r, i) => [r, 1 << i]));
export const roleMaskOf = (roles: readonly Role[]): number => roles.reduce((mask, r) => mask | ROLE_BIT.get(r)!, 0);
const DATABASE_BIT = new Map(DATABASE_NAMES.map((n, i) => [n, 1 << i]));
const COMPONENTS = new Map(WORKLOAD_COMPONENTS.map((c) => [c.workload, c]));
const componentMask = (c: WorkloadComponents) => ({
  roles: roleMaskOf(c.roles),
  data: c.data.reduce((mask, n) => mask | DATABASE_BIT.get(n)!, 0),
});
const COMPONENT_MASKS = new Map(WORKLOAD_COMPONENTS.map((c) => [c.workload, componentMask(c)]));

export const rankOf = (priority: Map<Workload, WorkloadPriority>, w: Workload): number => priority.get(w)?.rank ?? Infinity;

/** Ranked workloads by rank, then the unranked ones in the format's order. */
export function byCriticality(priority: Map<Workload, WorkloadPriority>, workloads: Iterable<Workload>): Workload[] {
  return [...workloads].sort((a, b) => rankOf(priority, a) - rankOf(priority, b) || WORKLOADS.indexOf(a) - WORKLOADS.indexOf(b));
}

const DATA_WORKLOADS = new Map<DatabaseName, Workload[]>();
for (const c of WORKLOAD_COMPONENTS) for (const db of c.data) DATA_WORKLOADS.set(db, [...(DATA_WORKLOADS.get(db) ?? []), c.workload]);

/** Workloads that use a database (rule P1 table). */
export const workloadsUsingDatabase = (name: DatabaseName): readonly Workload[] => DATA_WORKLOADS.get(name) ?? [];

const SHARE_WORKLOADS = new Map<ShareContent, Workload[]>();
for (const c of WORKLOAD_COMPONENTS) for (const sh of c.shares) SHARE_WORKLOADS.set(sh, [...(SHARE_WORKLOADS.get(sh) ?? []), c.workload]);

/** Workloads that use a file share's content (rule P1 table). */
export const workloadsUsingShare = (content: ShareContent): readonly Workload[] => SHARE_WORKLOADS.get(content) ?? [];

/** The host of a share: a listed server named in its UNC path, or the Standard Edition server (or first front end) for a local path. */
function resolveShareHost(
  path: string,
  byShortName: Map<string, ServerInfo>,
  byFqdn: Map<string, ServerInfo>,
  localHost: ServerInfo | undefined,
) {
  const unc = /^\\\\([^\\]+)\\/.exec(path);
  if (!unc) return /^[a-z]:/i.test(path) ? (localHost ?? null) : null;
  const host = unc[1].toLowerCase();
  return byFqdn.get(host) ?? byShortName.get(host) ?? null;
}

export function indexDeployment(d: Deployment): DeploymentIndex {
  const pools = new Map(d.pools.map((p) => [p.name, p]));
  const priority = new Map(d.priorities.workloads.map((w) => [w.workload, w]));
  const backEndPools = new Map<string, Pool[]>();
  for (const p of d.pools) if (p.backEnd) push(backEndPools, p.backEnd, p);

  let present = 0;
  for (const s of d.servers) present |= roleMaskOf(s.roles);
  const servedWorkloads = byCriticality(
    priority,
    WORKLOAD_COMPONENTS.filter((c) => (roleMaskOf(c.essentialRoles) & present) !== 0).map((c) => c.workload),
  );

  const databasesByHost = new Map<string, DatabaseEntry[]>();
  for (const db of d.databases ?? []) push(databasesByHost, db.server, db);

  // Servers with the same roles, back-end duty and hosted data serve the same workloads: compute once.
  const workloadCache = new Map<number, Workload[]>();
  const workloadsFor = (roleMask: number, backEnd: boolean, dbs: DatabaseEntry[]): Workload[] => {
    const dataMask = dbs.reduce((mask, x) => mask | DATABASE_BIT.get(x.name)!, 0);
    const key = roleMask + (backEnd ? 1 << ROLES.length : 0) + dataMask * 2 ** (ROLES.length + 1);
    let hit = workloadCache.get(key);
    if (!hit) {
      hit = servedWorkloads.filter((w) => {
        const m = COMPONENT_MASKS.get(w)!;
        return (m.roles & roleMask) !== 0 || (backEnd && COMPONENTS.get(w)!.needsPoolBackEnd) || (m.data & dataMask) !== 0;
      });
      workloadCache.set(key, hit);
    }
    return hit;
  };

  const servers: ServerInfo[] = d.servers.map((server, index) => {
    const roleMask = roleMaskOf(server.roles);
    const ocsRoles = exportedRoles(server.roles);
    const backEndOf = backEndPools.get(server.fqdn) ?? [];
    const databases = databasesByHost.get(server.fqdn) ?? [];
    const phase = restorePhaseOf(server.roles);
    const workloads = workloadsFor(roleMask, backEndOf.length > 0, databases);
    return {
      server,
      fqdn: server.fqdn,
      index,
      roleMask,
      peerMask: 0,
      ocsRoles,
      isOcs: ocsRoles.length > 0,
      pool: server.pool ? pools.get(server.pool) : undefined,
      backEndOf,
      phase,
      phaseRank: phaseIndex(phase.id) * 2 + (isSeparateAvEdge(server.roles) ? 1 : 0),
      perimeter: isPerimeter(server.roles),
      spare: server.spareHardware === true,
      databases,
      shares: [],
      workloads,
      rank: workloads.length > 0 ? rankOf(priority, workloads[0]) : Infinity,
    };
  });

  const byFqdn = new Map(servers.map((s) => [s.fqdn, s]));
  const membersByPool = new Map<string, ServerInfo[]>();
  const serversBySite = new Map<string, ServerInfo[]>();
  const byRole = new Map<Role, ServerInfo[]>();
  for (const s of servers) {
    if (s.server.pool) push(membersByPool, s.server.pool, s);
    push(serversBySite, s.server.site, s);
    for (const r of s.server.roles) push(byRole, r, s);
  }
  markPeers(servers, membersByPool, serversBySite);

  const poolLead = new Map<string, ServerInfo>();
  const backEndOfPool = new Map<string, ServerInfo>();
  for (const p of d.pools) {
    const members = membersByPool.get(p.name) ?? [];
    const lead = members.find((m) => m.server.roles.includes(p.kind === "standard" ? "standard-edition" : "front-end"));
    if (lead) poolLead.set(p.name, lead);
    const be = p.backEnd ? byFqdn.get(p.backEnd) : undefined;
    if (be) backEndOfPool.set(p.name, be);
  }

  const shares = d.fileShares ?? [];
  const shareHost = new Map<FileShareEntry, ServerInfo | null>();
  const externalShares: FileShareEntry[] = [];
  if (shares.length > 0) {
    const byShortName = new Map<string, ServerInfo>();
    for (const s of servers) {
      const short = s.fqdn.slice(0, s.fqdn.indexOf("."));
      if (!byShortName.has(short)) byShortName.set(short, s);
    }
    const localHost =
      servers.find((s) => s.server.roles.includes("standard-edition")) ?? servers.find((s) => s.server.roles.includes("front-end"));
    for (const share of shares) {
      const host = resolveShareHost(share.path, byShortName, byFqdn, localHost);
      shareHost.set(share, host);
      if (host) host.shares.push(share);
      else externalShares.push(share);
    }
  }

  return {
    d,
    servers,
    byFqdn,
    pools,
    membersByPool,
    serversBySite,
    byRole,
    poolLead,
    backEndOfPool,
    servedWorkloads,
    priority,
    externalShares,
    shareHost,
    standbySite: d.sites.find((s) => s.kind === "standby" && (serversBySite.get(s.name)?.length ?? 0) > 0),
    missingDatabases: findMissingDatabases(d, servers, backEndOfPool, databasesByHost),
  };
}

/** Set each server's peerMask: roles shared with another pool member (pool roles) or server at the site (arrays). */
function markPeers(servers: ServerInfo[], membersByPool: Map<string, ServerInfo[]>, serversBySite: Map<string, ServerInfo[]>) {
  let poolScoped = 0;
  let siteScoped = 0;
  for (const r of ROLES) {
    const scope = serverRole(r).peers;
    if (scope === "pool") poolScoped |= ROLE_BIT.get(r)!;
    if (scope === "site") siteScoped |= ROLE_BIT.get(r)!;
  }
  // A role bit is "shared" in a group once a second server with it is seen.
  const shared = (group: ServerInfo[], scoped: number) => {
    let seen = 0;
    let twice = 0;
    for (const s of group) {
      const m = s.roleMask & scoped;
      twice |= seen & m;
      seen |= m;
    }
    for (const s of group) s.peerMask |= s.roleMask & scoped & twice;
  };
  for (const group of membersByPool.values()) shared(group, poolScoped);
  for (const group of serversBySite.values()) shared(group, siteScoped);
}

/**
 * RTC belongs on every Standard Edition server and every pool back end; LCSLog with every Archiving
 * Server; RTCCDR and QoEMetrics with every Monitoring Server. A data role's database may sit on a
 * shared SQL Server instead of the role's own server: such a listing is taken to serve the role's
 * servers that have none of their own.
 */
function findMissingDatabases(
  d: Deployment,
  servers: ServerInfo[],
  backEndOfPool: Map<string, ServerInfo>,
  databasesByHost: Map<string, DatabaseEntry[]>,
): MissingDatabase[] {
  const hosts = (s: ServerInfo, name: DatabaseName) => (databasesByHost.get(s.fqdn) ?? []).some((x) => x.name === name);
  const roleOf = new Map(servers.map((s) => [s.fqdn, s.server.roles]));
  const sharedLeft = new Map<string, number>();
  const claimShared = (name: DatabaseName, role: Role): boolean => {
    const key = `${name}|${role}`;
    let left = sharedLeft.get(key);
    if (left === undefined)
      left = (d.databases ?? []).filter((x) => x.name === name && !(roleOf.get(x.server) ?? []).includes(role)).length;
    sharedLeft.set(key, Math.max(0, left - 1));
    return left > 0;
  };
  const backEnds = new Set(backEndOfPool.values());
  const missing: MissingDatabase[] = [];
  for (const s of servers) {
    const roles = s.server.roles;
    if ((roles.includes("standard-edition") || backEnds.has(s)) && !hosts(s, "RTC"))
      missing.push({
        name: "RTC",
        host: s,
        because: roles.includes("standard-edition")
          ? "Standard Edition server"
          : `back end of ${s.backEndOf.map((p) => p.name).join(", ")}`,
      });
    if (roles.includes("archiving") && !hosts(s, "LCSLog") && !claimShared("LCSLog", "archiving"))
      missing.push({ name: "LCSLog", host: s, because: "Archiving Server" });
    if (roles.includes("monitoring")) {
      if (!hosts(s, "RTCCDR") && !claimShared("RTCCDR", "monitoring"))
        missing.push({ name: "RTCCDR", host: s, because: "Monitoring Server" });
      if (!hosts(s, "QoEMetrics") && !claimShared("QoEMetrics", "monitoring"))
        missing.push({ name: "QoEMetrics", host: s, because: "Monitoring Server" });
    }
  }
  return missing;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a lost server's contribution to a workload is covered by a surviving peer (same pool or same site). */
export function hasPeerFor(s: ServerInfo, w: Workload): boolean {
  const c = COMPONENTS.get(w)!;
  if (s.backEndOf.length > 0 && c.needsPoolBackEnd) return false;
  if (s.databases.some((db) => c.data.includes(db.name))) return false;
  const contributing = s.roleMask & COMPONENT_MASKS.get(w)!.roles;
  return contributing !== 0 && (contributing & ~s.peerMask) === 0;
}

/** Whether any role of the server has a peer that keeps serving (a load-balanced pool member or array). */
export const hasAnyPeer = (s: ServerInfo): boolean => s.peerMask !== 0;

/** Restore sequence of a set of servers: table 17-9 phase, then the most critical workload first, then file order (P1). */
export function inRestoreSequence(servers: readonly ServerInfo[]): ServerInfo[] {
  return [...servers].sort((a, b) => a.phaseRank - b.phaseRank || a.rank - b.rank || a.index - b.index);
}
