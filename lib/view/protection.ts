// How well each part of the topology is protected by the plan's backups, for the topology picture.
// Derived from the coverage items (themselves derived from the plan's gaps), so the picture, the
// coverage score and the gap list can never disagree:
// - an OCS server rests on its machine settings export plus the databases and file shares it hosts;
//   without its export it is unprotected whatever else is covered (its settings would be rebuilt by hand);
// - a back-end or other SQL Server rests on the databases it hosts that must be backed up (D1-D5), and on
//   the ones its roles imply but the deployment does not list (they cannot be backed up: never covered);
// - a pool rests on its global+pool export, a file share on its own backup, the reverse proxy on S6;
// - whatever has nothing that must be backed up (RTCDyn only, the address book share) is "not applicable".
import type { Deployment } from "../formats/deployment";
import { coverageOf } from "../engine/coverage";
import type { Plan } from "../engine/plan";

export const PROTECTION_STATUSES = ["protected", "partly", "unprotected", "not-applicable"] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];

export const PROTECTION_LABELS: Record<ProtectionStatus, string> = {
  protected: "protected",
  partly: "partly protected",
  unprotected: "unprotected",
  "not-applicable": "nothing to back up",
};

/** One thing the status rests on: a coverage item, or data that cannot be backed up because it is not listed. */
export interface ProtectionItem {
  id: string;
  label: string;
  covered: boolean;
}

export interface Protection {
  status: ProtectionStatus;
  items: ProtectionItem[];
}

export interface DeploymentProtection {
  /** Every server of the deployment, by FQDN. */
  servers: Map<string, Protection>;
  /** Every pool with a global+pool export (a pool without its lead server has none), by name. */
  pools: Map<string, Protection>;
  /** Every listed file share, by `content@path` (the coverage id's suffix). */
  shares: Map<string, Protection>;
  /** null when the deployment lists no reverse proxy. */
  reverseProxy: Protection | null;
}

export type PlanForProtection = Pick<Plan, "settingsExports" | "databaseBackups" | "fileShareBackups" | "environmentBackups" | "gaps">;

/**
 * The status of a set of items: none → not applicable; the primary item (a server's settings export)
 * not covered → unprotected; all covered → protected; none covered → unprotected; otherwise partly.
 */
export function statusOf(items: readonly ProtectionItem[], primaryId?: string): ProtectionStatus {
  if (items.length === 0) return "not-applicable";
  if (primaryId !== undefined && items.some((i) => i.id === primaryId && !i.covered)) return "unprotected";
  const covered = items.filter((i) => i.covered).length;
  return covered === items.length ? "protected" : covered === 0 ? "unprotected" : "partly";
}

export const shareKey = (share: { content: string; path: string }) => `${share.content}@${share.path}`;

const MISSING_DATABASE = "missing-database:";

export function protectionOf(d: Deployment, plan: PlanForProtection): DeploymentProtection {
  const coverage = new Map(coverageOf(plan).items.map((i) => [i.id, i]));
  const itemsByServer = new Map<string, ProtectionItem[]>();
  const add = (fqdn: string, item: ProtectionItem) => {
    const list = itemsByServer.get(fqdn);
    if (list) list.push(item);
    else itemsByServer.set(fqdn, [item]);
  };
  const fromCoverage = (id: string): ProtectionItem | undefined => {
    const c = coverage.get(id);
    return c ? { id: c.id, label: c.label, covered: c.covered } : undefined;
  };

  // Machine exports first, so every server's list starts with what its status rests on most.
  for (const e of plan.settingsExports) {
    if (!e.levels.includes("machine")) continue;
    const item = fromCoverage(`export:machine:${e.server}`);
    if (item) add(e.server, item);
  }
  for (const b of plan.databaseBackups) {
    if (!b.backUp) continue;
    const item = fromCoverage(`database:${b.database}@${b.server}`);
    if (item) add(b.server, item);
  }
  for (const g of plan.gaps) {
    if (!g.id.startsWith(MISSING_DATABASE)) continue;
    const [name, host] = splitOnce(g.id.slice(MISSING_DATABASE.length), "@");
    add(host, { id: g.id, label: `${name} on ${host} (not listed, so not backed up)`, covered: false });
  }
  const shares = new Map<string, Protection>();
  for (const f of plan.fileShareBackups) {
    const key = shareKey(f);
    const item = f.backUp ? fromCoverage(`share:${key}`) : undefined;
    const items = item ? [item] : [];
    shares.set(key, { status: statusOf(items), items });
    if (item && f.host) add(f.host, item);
  }

  const servers = new Map<string, Protection>();
  for (const s of d.servers) {
    const items = itemsByServer.get(s.fqdn) ?? [];
    servers.set(s.fqdn, { status: statusOf(items, `export:machine:${s.fqdn}`), items });
  }

  const pools = new Map<string, Protection>();
  for (const p of d.pools) {
    const item = fromCoverage(`export:pool:${p.name}`);
    if (item) pools.set(p.name, { status: statusOf([item]), items: [item] });
  }

  const rp = fromCoverage("environment:reverseProxy");
  return { servers, pools, shares, reverseProxy: rp ? { status: statusOf([rp]), items: [rp] } : null };
}

/** How many of a set of servers have each status. */
export function countByStatus(protections: Iterable<Protection | undefined>): Record<ProtectionStatus, number> {
  const counts: Record<ProtectionStatus, number> = { protected: 0, partly: 0, unprotected: 0, "not-applicable": 0 };
  for (const p of protections) counts[p?.status ?? "not-applicable"]++;
  return counts;
}

/** A group's status from its members': the members with something to back up decide, as for a server's items. */
export function groupStatusOf(counts: Record<ProtectionStatus, number>): ProtectionStatus {
  if (counts.unprotected > 0) return counts.protected + counts.partly > 0 ? "partly" : "unprotected";
  if (counts.partly > 0) return "partly";
  if (counts.protected > 0) return "protected";
  return "not-applicable";
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
