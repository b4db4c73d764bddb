// The servers of one deployment, a page at a time, straight from the rows (never the whole
// deployment): the servers list of the model editor stays fast with thousands of servers.
import type { PlatformColumns } from "./prerequisites-store";
import { ROLES, type Role } from "../formats/enums";
import type { Db } from "./client";

export const SERVER_PAGE_SIZE = 50;

export interface ServerListQuery {
  /** Part of the FQDN (case-insensitive; FQDNs are stored lower-cased). */
  q?: string;
  role?: string;
  /** 1-based; clamped to the pages that exist. */
  page?: number;
  pageSize?: number;
}

export interface ServerRow {
  fqdn: string;
  site: string;
  pool: string | null;
  roles: Role[];
  spareHardware: boolean;
  /** Extension 1: the SQL instance of a server holding OCS databases (null: not set). */
  sqlInstance: string | null;
  /** Extension 2 (the edit form only): operating system and SQL Server columns. */
  platform?: PlatformColumns;
}

export interface ServerPage {
  servers: ServerRow[];
  /** Servers matching the query (all pages). */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

/** Roles are stored as ",a,b,", so one role is an exact `contains ",role,"`. */
export const roleFilter = (role: Role) => ({ roles: { contains: `,${role},` } });

export async function listServers(db: Db, deploymentId: string, query: ServerListQuery = {}): Promise<ServerPage> {
  const pageSize = Math.min(Math.max(1, Math.floor(query.pageSize ?? SERVER_PAGE_SIZE)), 500);
  const q = query.q?.trim().toLowerCase() ?? "";
  const where = {
    deploymentId,
    ...(q ? { fqdn: { contains: q } } : {}),
    ...(isRole(query.role) ? roleFilter(query.role) : {}),
  };
  const total = await db.server.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const requested = Number.isFinite(query.page) ? Math.floor(query.page as number) : 1;
  const page = Math.min(Math.max(1, requested), pageCount);
  const rows = await db.server.findMany({
    where,
    orderBy: { position: "asc" },
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { fqdn: true, site: true, pool: true, roles: true, spareHardware: true, sqlInstance: true },
  });
  return {
    servers: rows.map((r) => ({ ...r, roles: r.roles.split(",").filter(isRole) })),
    total,
    page,
    pageSize,
    pageCount,
  };
}

/** One server by FQDN, or null. */
export async function findServer(db: Db, deploymentId: string, fqdn: string): Promise<ServerRow | null> {
  const row = await db.server.findUnique({
    where: { deploymentId_fqdn: { deploymentId, fqdn: fqdn.toLowerCase() } },
    select: {
      fqdn: true,
      site: true,
      pool: true,
      roles: true,
      spareHardware: true,
      sqlInstance: true,
      os: true,
      sqlVersion: true,
      sqlEdition: true,
      sqlServicePack: true,
    },
  });
  if (!row) return null;
  const { os, sqlVersion, sqlEdition, sqlServicePack, ...rest } = row;
  return { ...rest, roles: row.roles.split(",").filter(isRole), platform: { os, sqlVersion, sqlEdition, sqlServicePack } };
}

/** FQDNs of the servers that carry any of `roles` (for the back-end and database-host selects). */
export async function serverFqdnsWithRole(db: Db, deploymentId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db.server.findMany({
    where: { deploymentId, OR: roles.map(roleFilter) },
    orderBy: { position: "asc" },
    select: { fqdn: true },
  });
  return rows.map((r) => r.fqdn);
}
