// Focused reads for the model editor: each page loads only the part of a deployment it edits (in
// the file format's shapes), so pages stay fast for deployments with thousands of servers. Saving
// always goes through mutateDeployment, which validates the whole deployment.
import type { Deployment } from "../formats/deployment";
import type { Db } from "./client";
import { settingsFromRow } from "./deployment-store";

export interface DeploymentHead {
  id: string;
  name: string;
  version: number;
}

export async function deploymentHead(db: Db, id: string): Promise<DeploymentHead | null> {
  return db.deployment.findUnique({ where: { id }, select: { id: true, name: true, version: true } });
}

export interface ModelCounts {
  sites: number;
  pools: number;
  servers: number;
  databases: number;
  fileShares: number;
  workloads: number;
}

export async function modelCounts(db: Db, id: string): Promise<ModelCounts | null> {
  const row = await db.deployment.findUnique({
    where: { id },
    select: { _count: { select: { sites: true, pools: true, servers: true, databases: true, fileShares: true, workloads: true } } },
  });
  return row?._count ?? null;
}

export async function siteList(db: Db, id: string): Promise<Deployment["sites"]> {
  const rows = await db.site.findMany({ where: { deploymentId: id }, orderBy: { position: "asc" }, select: { name: true, kind: true } });
  return rows.map((s) => ({ name: s.name, kind: s.kind as Deployment["sites"][number]["kind"] }));
}

export interface PoolWithMembers {
  pool: Deployment["pools"][number];
  members: number;
}

export async function poolList(db: Db, id: string): Promise<PoolWithMembers[]> {
  const [rows, counts] = await Promise.all([
    db.pool.findMany({
      where: { deploymentId: id },
      orderBy: { position: "asc" },
      select: { name: true, kind: true, site: true, backEnd: true },
    }),
    db.server.groupBy({ by: ["pool"], where: { deploymentId: id, pool: { not: null } }, _count: { _all: true } }),
  ]);
  const members = new Map(counts.map((c) => [c.pool, c._count._all]));
  return rows.map((p) => ({
    pool: {
      name: p.name,
      kind: p.kind as Deployment["pools"][number]["kind"],
      site: p.site,
      ...(p.backEnd ? { backEnd: p.backEnd } : {}),
    },
    members: members.get(p.name) ?? 0,
  }));
}

export async function databaseList(db: Db, id: string): Promise<NonNullable<Deployment["databases"]>> {
  const rows = await db.databaseItem.findMany({
    where: { deploymentId: id },
    orderBy: { position: "asc" },
    select: { name: true, server: true, sizeGb: true },
  });
  return rows.map((b) => ({ ...b, name: b.name as NonNullable<Deployment["databases"]>[number]["name"] }));
}

export async function fileShareList(db: Db, id: string): Promise<NonNullable<Deployment["fileShares"]>> {
  const rows = await db.fileShare.findMany({
    where: { deploymentId: id },
    orderBy: { position: "asc" },
    select: { content: true, path: true, sizeGb: true },
  });
  return rows.map((f) => ({ ...f, content: f.content as NonNullable<Deployment["fileShares"]>[number]["content"] }));
}

export type DeploymentSettings = DeploymentHead &
  Pick<Deployment, "forest" | "edge" | "dependencies" | "priorities" | "backup" | "recovery">;

/** Everything but the sites, pools, servers, databases and shares. */
export async function deploymentSettings(db: Db, id: string): Promise<DeploymentSettings | null> {
  const row = await db.deployment.findUnique({
    where: { id },
    include: { workloads: { orderBy: { rank: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    forest: row.forest,
    ...settingsFromRow(row, row.workloads),
  };
}

/** How many pools and servers use each site (a site in use cannot be removed). */
export async function siteUsage(db: Db, id: string): Promise<Record<string, { pools: number; servers: number }>> {
  const [pools, servers] = await Promise.all([
    db.pool.groupBy({ by: ["site"], where: { deploymentId: id }, _count: { _all: true } }),
    db.server.groupBy({ by: ["site"], where: { deploymentId: id }, _count: { _all: true } }),
  ]);
  const usage: Record<string, { pools: number; servers: number }> = {};
  for (const p of pools) (usage[p.site] ??= { pools: 0, servers: 0 }).pools = p._count._all;
  for (const s of servers) (usage[s.site] ??= { pools: 0, servers: 0 }).servers = s._count._all;
  return usage;
}
