// The topology picture as an ELK graph (pure: deployment and protection in, graph out; elkjs lays it
// out elsewhere). Compound nodes nest as the deployment does:
//   site → internal network → (groups of site servers by role | pools → members | back-end SQL Servers)
//        → perimeter network → (Edge servers | reverse proxy)
//   file shares → file server → share
// Layered layout: in a site the perimeter network above the internal one (edge between them); in the
// internal network, left to right, the Directors, Mediation Servers and forwarding proxies, then the
// pools, then the back ends (edge from each pool) and the data roles (explicit partitions, since most
// of these groups have no edge between them to order them). More than six servers in a container are
// packed in a grid (rectpacking). Pools and groups over `collapseAbove` servers, and then the largest
// ones until at most `maxShown` servers are drawn, become one summary node with counts by status, so a
// deployment of thousands of servers stays a picture of its sites and pools.
import type { ElkExtendedEdge, ElkNode, ElkPoint, LayoutOptions } from "elkjs/lib/elk-api";
import type { Deployment, Server } from "../formats/deployment";
import { EDGE_ROLES, POOL_KIND_LABELS, ROLES, ROLE_LABELS, type Role, type ShareContent } from "../formats/enums";
import { countByStatus, groupStatusOf, PROTECTION_LABELS, shareKey, type DeploymentProtection, type ProtectionStatus } from "./protection";

export type TopologyNodeKind =
  "site" | "network" | "pool" | "group" | "server" | "summary" | "reverse-proxy" | "storage" | "file-server" | "share";

export interface TopologyNodeMeta {
  kind: TopologyNodeKind;
  title: string;
  subtitle?: string;
  status?: ProtectionStatus;
  /** Members by status (summaries and groups). */
  counts?: Record<ProtectionStatus, number>;
  href?: string;
  /** The link's accessible name, e.g. "fe1.litware.com, Front end, protected". */
  name?: string;
  /** What is not backed up (shown as the node's tooltip). */
  missing?: string[];
}

export interface TopologyGraph {
  root: ElkNode;
  meta: Record<string, TopologyNodeMeta>;
  /** Server nodes drawn one by one, and servers counted in summary nodes instead. */
  shownServers: number;
  collapsedServers: number;
}

export interface TopologyOptions {
  /** Base of the links, e.g. `/deployments/<id>`. */
  basePath: string;
  /** A pool or group with more servers than this is drawn as one summary node. */
  collapseAbove?: number;
  /** Collapse more, largest first, until at most this many servers are drawn one by one. */
  maxShown?: number;
  /** Draw only this site (and the file shares); all sites when absent. */
  site?: string;
  /** Display names of share contents (the content id is shown without them). */
  shareLabels?: Partial<Record<ShareContent, string>>;
}

export const DEFAULT_COLLAPSE_ABOVE = 30;
export const DEFAULT_MAX_SHOWN = 400;

/**
 * Which pools and groups to draw as summaries: every one over `collapseAbove` servers, then the
 * largest remaining ones (ties: first listed) until at most `budget` servers are drawn one by one
 * (each summary counts as one node). Keeps a picture of thousands of servers legible and quick to lay out.
 */
export function containersToCollapse(
  containers: readonly { id: string; size: number }[],
  collapseAbove: number,
  budget: number,
): Set<string> {
  const collapsed = new Set(containers.filter((c) => c.size > collapseAbove).map((c) => c.id));
  let shown = containers.reduce((n, c) => n + (collapsed.has(c.id) ? 1 : c.size), 0);
  const rest = containers.filter((c) => !collapsed.has(c.id) && c.size > 1).sort((a, b) => b.size - a.size);
  for (const c of rest) {
    if (shown <= budget) break;
    collapsed.add(c.id);
    shown -= c.size - 1;
  }
  return collapsed;
}

// Text metrics: the picture's text is measured by character count (no DOM on the server). FQDNs are
// set in a monospace face, whose width per character is known; the others get a generous average.
export const METRICS = {
  monoChar: 7.3,
  sansChar: 6,
  titleChar: 8,
  serverHeight: 50,
  iconArea: 38,
  headerHeight: 44,
  pad: 14,
} as const;

const SERVER_MIN_WIDTH = 190;
const GRID_ABOVE = 6;

/** Column of a site-level group inside the internal network (left to right). */
const PARTITION: Partial<Record<Role, number>> = { director: 0, mediation: 0, "forwarding-proxy": 0, archiving: 2, monitoring: 2 };

const GROUP_TITLES: Partial<Record<Role, string>> = {
  director: "Directors",
  archiving: "Archiving Servers",
  monitoring: "Monitoring Servers",
  mediation: "Mediation Servers",
  "forwarding-proxy": "Forwarding proxies",
  "back-end-sql": "SQL Servers",
};

/** The roles of a server as one short phrase ("Consolidated Edge" for the three Edge roles together). */
export function roleSummary(roles: readonly Role[]): string {
  const edges = EDGE_ROLES.filter((r) => roles.includes(r));
  const parts =
    edges.length === EDGE_ROLES.length
      ? ["Consolidated Edge", ...roles.filter((r) => !EDGE_ROLES.includes(r)).map((r) => ROLE_LABELS[r])]
      : roles.map((r) => ROLE_LABELS[r]);
  return parts.join(", ");
}

export const serverHref = (basePath: string, fqdn: string) => `${basePath}/model/servers/${encodeURIComponent(fqdn)}`;

const isEdge = (s: Server) => s.roles.some((r) => EDGE_ROLES.includes(r));
const primaryRole = (s: Server): Role => ROLES.find((r) => s.roles.includes(r)) ?? s.roles[0];

/** "3 servers, all protected" or "5 servers: 3 protected, 2 unprotected". */
export function membersText(counts: Record<ProtectionStatus, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const present = (Object.keys(counts) as ProtectionStatus[]).filter((k) => counts[k] > 0);
  const servers = `${total} server${total === 1 ? "" : "s"}`;
  if (present.length === 1) return `${servers}, ${total === 1 ? "" : "all "}${PROTECTION_LABELS[present[0]]}`;
  return `${servers}: ${countsText(counts)}`;
}

export function countsText(counts: Record<ProtectionStatus, number>): string {
  return (Object.keys(counts) as ProtectionStatus[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${PROTECTION_LABELS[k]}`)
    .join(", ");
}

export function topologyGraph(d: Deployment, protection: DeploymentProtection, options: TopologyOptions): TopologyGraph {
  const collapseAbove = options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
  const maxShown = options.maxShown ?? DEFAULT_MAX_SHOWN;
  const meta: Record<string, TopologyNodeMeta> = {};
  let shownServers = 0;
  let collapsedServers = 0;

  const serverNode = (s: Server): ElkNode => {
    const p = protection.servers.get(s.fqdn);
    const status = p?.status ?? "not-applicable";
    const roles = roleSummary(s.roles);
    const id = `server:${s.fqdn}`;
    meta[id] = {
      kind: "server",
      title: s.fqdn,
      subtitle: `${roles}, ${PROTECTION_LABELS[status]}`,
      status,
      href: serverHref(options.basePath, s.fqdn),
      name: `${s.fqdn}, ${roles}, ${PROTECTION_LABELS[status]}`,
      missing: p?.items.filter((i) => !i.covered).map((i) => i.label),
    };
    shownServers++;
    return leaf(id, meta[id]);
  };

  let collapsed = new Set<string>();
  /** The members of a pool or group, or one summary node when there are too many. */
  const members = (parentId: string, what: string, servers: Server[], href: string): ElkNode[] => {
    if (!collapsed.has(parentId)) return servers.map(serverNode);
    const counts = countByStatus(servers.map((s) => protection.servers.get(s.fqdn)));
    const id = `summary:${parentId}`;
    meta[id] = {
      kind: "summary",
      title: `${servers.length} servers`,
      subtitle: countsText(counts),
      status: groupStatusOf(counts),
      counts,
      href,
      name: `${what}: ${servers.length} servers, ${countsText(counts)}`,
    };
    collapsedServers += servers.length;
    return [leaf(id, meta[id])];
  };

  const group = (id: string, m: TopologyNodeMeta, children: ElkNode[], layoutOptions: LayoutOptions = {}): ElkNode => {
    meta[id] = m;
    const leaves = children.every((c) => c.children === undefined);
    // Members of one container share a width, so they line up as a column or grid.
    if (leaves) {
      const width = Math.max(...children.map((c) => c.width ?? 0));
      for (const c of children) c.width = width;
    }
    const grid = leaves && children.length > GRID_ABOVE;
    return {
      id,
      children,
      layoutOptions: {
        ...(grid ? GRID_LAYOUT : COLUMN_LAYOUT),
        "elk.padding": `[top=${METRICS.headerHeight + 4},left=${METRICS.pad},bottom=${METRICS.pad},right=${METRICS.pad}]`,
        "elk.nodeSize.constraints": "[MINIMUM_SIZE]",
        "elk.nodeSize.minimum": `(${headerWidth(m)}, ${METRICS.headerHeight + 20})`,
        ...layoutOptions,
      },
    };
  };

  const poolsByName = new Map(d.pools.map((p) => [p.name, p]));
  const allSites = [...new Set([...d.sites.map((s) => s.name), ...d.pools.map((p) => p.site), ...d.servers.map((s) => s.site)])];
  const siteNames = options.site === undefined ? allSites : allSites.filter((n) => n === options.site);
  const siteKind = new Map(d.sites.map((s) => [s.name, s.kind]));
  const backEnds = new Set(d.pools.flatMap((p) => (p.backEnd ? [p.backEnd] : [])));
  const poolMembers = new Map<string, Server[]>();
  const bySite = new Map<string, { groups: Map<Role, Server[]>; edge: Server[]; backEnd: Server[] }>();
  for (const name of siteNames) bySite.set(name, { groups: new Map(), edge: [], backEnd: [] });
  const poolSite = new Map(d.pools.map((p) => [p.name, p.site]));
  const serversAt = new Map<string, number>();
  for (const s of d.servers) serversAt.set(s.site, (serversAt.get(s.site) ?? 0) + 1);
  for (const s of d.servers) {
    if (s.pool && poolsByName.has(s.pool)) {
      if (bySite.has(poolSite.get(s.pool)!)) push(poolMembers, s.pool, s);
      continue;
    }
    const site = bySite.get(s.site);
    if (!site) continue;
    if (isEdge(s)) site.edge.push(s);
    else if (backEnds.has(s.fqdn) || s.roles.includes("back-end-sql")) site.backEnd.push(s);
    else push(site.groups, primaryRole(s), s);
  }
  const containers: { id: string; size: number }[] = [...poolMembers].map(([pool, list]) => ({ id: `pool:${pool}`, size: list.length }));
  for (const [name, site] of bySite) {
    for (const [role, list] of site.groups) containers.push({ id: `group:${name}:${role}`, size: list.length });
    if (site.edge.length > 0) containers.push({ id: `group:${name}:edge`, size: site.edge.length });
  }
  const alwaysShown = [...bySite.values()].reduce((n, site) => n + site.backEnd.length, 0);
  collapsed = containersToCollapse(containers, collapseAbove, maxShown - alwaysShown);

  // The reverse proxy publishes the Web Components to the internet: it sits with the Edge servers,
  // at the first site that has them (the deployment file does not say where it is).
  const edgeSites = new Set(d.servers.filter(isEdge).map((s) => s.site));
  const rpSite = d.dependencies.reverseProxy ? (allSites.find((n) => edgeSites.has(n)) ?? allSites[0]) : undefined;

  const sites: ElkNode[] = siteNames.map((siteName) => {
    const site = bySite.get(siteName)!;
    const internal: ElkNode[] = [];
    const edges: ElkExtendedEdge[] = [];
    const leafIds = new Set<string>();
    for (const [role, servers] of [...site.groups].sort(([a], [b]) => ROLES.indexOf(a) - ROLES.indexOf(b))) {
      const id = `group:${siteName}:${role}`;
      const title = GROUP_TITLES[role] ?? ROLE_LABELS[role];
      const counts = countByStatus(servers.map((s) => protection.servers.get(s.fqdn)));
      internal.push(
        group(
          id,
          { kind: "group", title, subtitle: membersText(counts), counts, status: groupStatusOf(counts) },
          members(id, `${title} at ${siteName}`, servers, `${options.basePath}/model/servers?role=${role}`),
          { "elk.partitioning.partition": String(PARTITION[role] ?? 2) },
        ),
      );
    }
    for (const pool of d.pools.filter((p) => p.site === siteName)) {
      const id = `pool:${pool.name}`;
      const servers = poolMembers.get(pool.name) ?? [];
      const own = protection.pools.get(pool.name);
      internal.push(
        group(
          id,
          {
            kind: "pool",
            title: pool.name,
            subtitle: `${POOL_KIND_LABELS[pool.kind]} · settings ${own ? PROTECTION_LABELS[own.status] : "not exported"}`,
            status: own?.status ?? "unprotected",
            missing: own?.items.filter((i) => !i.covered).map((i) => i.label),
          },
          members(id, `Pool ${pool.name}`, servers, `${options.basePath}/model/pools`),
          { "elk.partitioning.partition": "1" },
        ),
      );
    }
    for (const s of site.backEnd) {
      const node = serverNode(s);
      node.layoutOptions = { "elk.partitioning.partition": "2" };
      internal.push(node);
      leafIds.add(node.id);
    }
    for (const pool of d.pools.filter((p) => p.site === siteName && p.backEnd))
      if (leafIds.has(`server:${pool.backEnd}`))
        edges.push({ id: `edge:${pool.name}->${pool.backEnd}`, sources: [`pool:${pool.name}`], targets: [`server:${pool.backEnd}`] });

    const children: ElkNode[] = [];
    const perimeter: ElkNode[] = [];
    if (site.edge.length > 0) {
      const id = `group:${siteName}:edge`;
      const counts = countByStatus(site.edge.map((s) => protection.servers.get(s.fqdn)));
      perimeter.push(
        group(
          id,
          { kind: "group", title: "Edge servers", subtitle: membersText(counts), counts, status: groupStatusOf(counts) },
          members(id, `Edge servers at ${siteName}`, site.edge, `${options.basePath}/model/servers?role=access-edge`),
        ),
      );
    }
    if (rpSite === siteName && d.dependencies.reverseProxy) {
      const rp = d.dependencies.reverseProxy;
      const status = protection.reverseProxy?.status ?? "not-applicable";
      meta["reverse-proxy"] = {
        kind: "reverse-proxy",
        title: rp.fqdn,
        subtitle: `Reverse proxy, ${PROTECTION_LABELS[status]}`,
        status,
        href: `${options.basePath}/model/dependencies`,
        name: `${rp.fqdn}, Reverse proxy, ${PROTECTION_LABELS[status]}`,
        missing: protection.reverseProxy?.items.filter((i) => !i.covered).map((i) => i.label),
      };
      perimeter.push(leaf("reverse-proxy", meta["reverse-proxy"]));
    }
    const perimeterId = `net:${siteName}:perimeter`;
    const internalId = `net:${siteName}:internal`;
    if (perimeter.length > 0)
      children.push(
        group(perimeterId, { kind: "network", title: "Perimeter network" }, perimeter, { ...LAYERED_LAYOUT, "elk.direction": "DOWN" }),
      );
    if (internal.length > 0)
      children.push(
        group(internalId, { kind: "network", title: "Internal network" }, internal, {
          ...LAYERED_LAYOUT,
          "elk.partitioning.activate": "true",
        }),
      );
    const siteEdges: ElkExtendedEdge[] =
      perimeter.length > 0 && internal.length > 0
        ? [{ id: `edge:${siteName}:perimeter->internal`, sources: [perimeterId], targets: [internalId] }]
        : [];
    const count = serversAt.get(siteName) ?? 0;
    // Top to bottom: the perimeter network (the internet side), then the internal network.
    const node = group(
      `site:${siteName}`,
      {
        kind: "site",
        title: siteName,
        subtitle: `${siteKind.get(siteName) ?? "unlisted"} site · ${count} server${count === 1 ? "" : "s"}`,
      },
      children,
      { ...LAYERED_LAYOUT, "elk.direction": "DOWN", "elk.alignment": "LEFT" },
    );
    node.edges = siteEdges;
    const internalNode = children.find((c) => c.id === internalId);
    if (internalNode) internalNode.edges = edges;
    return node;
  });

  const root: ElkNode = {
    id: "root",
    children: sites,
    layoutOptions: { ...LAYERED_LAYOUT, "elk.padding": "[top=0,left=0,bottom=0,right=0]" },
  };

  const shares = d.fileShares ?? [];
  if (shares.length > 0) {
    const byHost = new Map<string, typeof shares>();
    for (const share of shares) push(byHost, shareHostOf(share.path), share);
    const servers = [...byHost].map(([host, list]) =>
      group(
        `file-server:${host}`,
        { kind: "file-server", title: host },
        list.map((share) => {
          const key = shareKey(share);
          const p = protection.shares.get(key);
          const status = p?.status ?? "not-applicable";
          const id = `share:${key}`;
          const content = options.shareLabels?.[share.content] ?? share.content;
          meta[id] = {
            kind: "share",
            title: share.path,
            subtitle: `${content}, ${PROTECTION_LABELS[status]}`,
            status,
            href: `${options.basePath}/model/file-shares`,
            name: `${share.path}, ${content}, ${PROTECTION_LABELS[status]}`,
            missing: p?.items.filter((i) => !i.covered).map((i) => i.label),
          };
          return leaf(id, meta[id]);
        }),
      ),
    );
    root.children!.push(
      group("storage", { kind: "storage", title: "File shares" }, servers, { ...LAYERED_LAYOUT, "elk.alignment": "LEFT" }),
    );
  }

  return { root, meta, shownServers, collapsedServers };
}

const LAYERED_LAYOUT: LayoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.spacing.nodeNode": "16",
  "elk.layered.spacing.nodeNodeBetweenLayers": "40",
  "elk.layered.spacing.edgeNodeBetweenLayers": "20",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  // One layout per container, not per connected component: components would be packed side by side
  // in no particular order, and the partitions (columns) would be lost.
  "elk.separateConnectedComponents": "false",
};

/** A few members one under another. */
const COLUMN_LAYOUT: LayoutOptions = { ...LAYERED_LAYOUT, "elk.spacing.nodeNode": "10" };

/** Many members in rows, about as wide as high (wider grids push the site off the page). */
const GRID_LAYOUT: LayoutOptions = {
  "elk.algorithm": "rectpacking",
  "elk.aspectRatio": "1.2",
  "elk.spacing.nodeNode": "10",
  "elk.contentAlignment": "[V_TOP, H_LEFT]",
};

function leaf(id: string, m: TopologyNodeMeta): ElkNode {
  const text = Math.max(m.title.length * METRICS.monoChar, (m.subtitle ?? "").length * METRICS.sansChar);
  return { id, width: Math.ceil(Math.max(SERVER_MIN_WIDTH, METRICS.iconArea + text + 12)), height: METRICS.serverHeight };
}

function headerWidth(m: TopologyNodeMeta): number {
  const status = m.status ? METRICS.iconArea - 14 : 0;
  return Math.ceil(2 * METRICS.pad + status + Math.max(m.title.length * METRICS.titleChar, (m.subtitle ?? "").length * METRICS.sansChar));
}

/** `\\fs01\ocs\meetings` → `\\fs01`; a local path → "Local paths". */
export function shareHostOf(path: string): string {
  const unc = /^\\\\([^\\]+)\\/.exec(path);
  return unc ? `\\\\${unc[1].toLowerCase()}` : "Local paths";
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// After layout: absolute positions, ready to draw.

const LEAF_KINDS: ReadonlySet<TopologyNodeKind> = new Set(["server", "summary", "reverse-proxy", "share"]);

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  /** The containing node's id (null at the top). */
  parent: string | null;
  compound: boolean;
  meta: TopologyNodeMeta;
}

export interface PlacedEdge {
  id: string;
  points: ElkPoint[];
}

export interface PlacedTopology {
  width: number;
  height: number;
  /** Containers before their contents (drawing order). */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** ELK gives positions relative to the parent node (edges: to the node that lists them); add them up. */
export function placeLayout(root: ElkNode, meta: Record<string, TopologyNodeMeta>): PlacedTopology {
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  const visit = (n: ElkNode, ox: number, oy: number, depth: number, parent: string | null) => {
    for (const e of n.edges ?? [])
      for (const s of e.sections ?? [])
        edges.push({ id: e.id, points: [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x + ox, y: p.y + oy })) });
    for (const c of n.children ?? []) {
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      const m = meta[c.id];
      if (m)
        nodes.push({
          id: c.id,
          x,
          y,
          width: c.width ?? 0,
          height: c.height ?? 0,
          depth,
          parent,
          compound: !LEAF_KINDS.has(m.kind),
          meta: m,
        });
      visit(c, x, y, depth + 1, c.id);
    }
  };
  visit(root, 0, 0, 0, null);
  return { width: Math.ceil(root.width ?? 0), height: Math.ceil(root.height ?? 0), nodes, edges };
}
