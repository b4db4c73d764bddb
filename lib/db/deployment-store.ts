// Reading and writing whole deployments. A deployment is stored in normalised rows but always
// crosses this boundary as the deployment file format (lib/formats/deployment.ts), so import,
// export, the API, the forms and the engine share one shape. Every write is one transaction.
import type { Deployment } from "../formats/deployment";
import type { Prisma, Deployment as DeploymentRow, WorkloadPriority as WorkloadRow } from "./generated/sqlite/client";
import type { Db } from "./client";
import { DEPLOYMENT_FORMAT } from "../formats/deployment";

export type Tx = Prisma.TransactionClient;

export interface DeploymentSummary {
  id: string;
  name: string;
  forest: string;
  version: number;
  updatedAt: Date;
  servers: number;
  pools: number;
  sites: number;
}

/** Raised when a write is based on a version that someone else has already replaced. */
export class StaleVersionError extends Error {
  constructor(readonly current: number) {
    super(`This deployment was changed by someone else (now version ${current}). Reload it and apply your change again.`);
  }
}

const roleColumn = (roles: readonly string[]) => `,${roles.join(",")},`;
const rolesOf = (column: string) => column.split(",").filter(Boolean);

function deploymentColumns(d: Deployment) {
  return {
    name: d.name,
    forest: d.forest,
    edgeTopology: d.edge?.topology ?? null,
    adBackedUp: d.dependencies.activeDirectory.backedUp,
    dnsBackedUp: d.dependencies.dns.backedUp,
    reverseProxyFqdn: d.dependencies.reverseProxy?.fqdn ?? null,
    reverseProxyBackedUp: d.dependencies.reverseProxy?.backedUp ?? null,
    certificatesBackedUp: d.dependencies.certificates?.backedUp ?? null,
    regulated: d.priorities.regulated,
    monthlyBudgetUsd: d.priorities.monthlyBudgetUsd ?? null,
    databaseFrequencyHours: d.backup.databaseFrequencyHours,
    settingsFrequencyHours: d.backup.settingsFrequencyHours,
    fileShareFrequencyHours: d.backup.fileShareFrequencyHours,
    windowStartHour: d.backup.windowStartHour,
    retentionCopies: d.backup.retentionCopies,
    backupLocation: d.backup.location,
    offsiteCopy: d.backup.offsiteCopy,
    encrypted: d.backup.encrypted,
    bandwidthMbps: d.backup.bandwidthMbps,
    restoreTested: d.backup.restoreTested,
    logsSeparateFromData: d.backup.logsSeparateFromData,
    vendorHardwareSlaHours: d.recovery.vendorHardwareSlaHours,
    adminsAvailable: d.recovery.adminsAvailable,
    staffTrained: d.recovery.staffTrained,
    mediaAvailable: d.recovery.mediaAvailable,
  };
}

async function insertChildren(tx: Tx, deploymentId: string, d: Deployment) {
  await tx.site.createMany({ data: d.sites.map((s, position) => ({ deploymentId, position, ...s })) });
  await tx.pool.createMany({
    data: d.pools.map((p, position) => ({ deploymentId, position, name: p.name, kind: p.kind, site: p.site, backEnd: p.backEnd ?? null })),
  });
  // SQLite caps bound parameters per statement; chunks keep 5,000-server imports in one transaction.
  const servers = d.servers.map((s, position) => ({
    deploymentId,
    position,
    fqdn: s.fqdn,
    site: s.site,
    pool: s.pool ?? null,
    roles: roleColumn(s.roles),
    spareHardware: s.spareHardware ?? false,
  }));
  for (let i = 0; i < servers.length; i += 2000) await tx.server.createMany({ data: servers.slice(i, i + 2000) });
  await tx.databaseItem.createMany({ data: (d.databases ?? []).map((b, position) => ({ deploymentId, position, ...b })) });
  await tx.fileShare.createMany({ data: (d.fileShares ?? []).map((f, position) => ({ deploymentId, position, ...f })) });
  await tx.workloadPriority.createMany({
    data: d.priorities.workloads.map((w, position) => ({ deploymentId, position, ...w })),
  });
}

async function deleteChildren(tx: Tx, deploymentId: string) {
  const where = { deploymentId };
  await tx.site.deleteMany({ where });
  await tx.pool.deleteMany({ where });
  await tx.server.deleteMany({ where });
  await tx.databaseItem.deleteMany({ where });
  await tx.fileShare.deleteMany({ where });
  await tx.workloadPriority.deleteMany({ where });
}

const TX = { timeout: 60_000, maxWait: 10_000 };

export async function createDeployment(db: Db, d: Deployment): Promise<string> {
  return db.$transaction((tx) => insertDeployment(tx, d), TX);
}

/** The row fields a restore keeps from the backup (lib/db/planner-backup.ts); new ones otherwise. */
export interface KeptRow {
  id?: string;
  version?: number;
  createdAt?: Date;
  updatedAt?: Date;
}

/** Store a valid deployment inside the caller's transaction. */
export async function insertDeployment(tx: Tx, d: Deployment, keep: KeptRow = {}): Promise<string> {
  const row = await tx.deployment.create({ data: { ...keep, ...deploymentColumns(d) }, select: { id: true } });
  await insertChildren(tx, row.id, d);
  return row.id;
}

/**
 * Replace a stored deployment with a new valid version. With `expectedVersion`, the write is refused
 * (StaleVersionError) when the stored version moved on meanwhile, so concurrent edits never lose work.
 */
export async function replaceDeployment(db: Db, id: string, d: Deployment, expectedVersion?: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const where = expectedVersion === undefined ? { id } : { id, version: expectedVersion };
    const updated = await tx.deployment.updateMany({ where, data: { ...deploymentColumns(d), version: { increment: 1 } } });
    if (updated.count === 0) {
      const current = await tx.deployment.findUnique({ where: { id }, select: { version: true } });
      if (!current) throw new Error(`deployment ${id} does not exist`);
      throw new StaleVersionError(current.version);
    }
    await deleteChildren(tx, id);
    await insertChildren(tx, id, d);
    const row = await tx.deployment.findUniqueOrThrow({ where: { id }, select: { version: true } });
    return row.version;
  }, TX);
}

export interface StoredDeployment {
  id: string;
  version: number;
  updatedAt: Date;
  deployment: Deployment;
}

/** A stored deployment in the file format: what export writes and the engine reads. */
export async function loadDeployment(db: Db | Tx, id: string): Promise<StoredDeployment | null> {
  const row = await db.deployment.findUnique({
    where: { id },
    include: {
      sites: { orderBy: { position: "asc" } },
      pools: { orderBy: { position: "asc" } },
      servers: { orderBy: { position: "asc" } },
      databases: { orderBy: { position: "asc" } },
      fileShares: { orderBy: { position: "asc" } },
      workloads: { orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  const settings = settingsFromRow(row, row.workloads);
  const deployment: Deployment = {
    format: DEPLOYMENT_FORMAT,
    name: row.name,
    forest: row.forest,
    sites: row.sites.map((s) => ({ name: s.name, kind: s.kind as Deployment["sites"][number]["kind"] })),
    pools: row.pools.map((p) => ({
      name: p.name,
      kind: p.kind as Deployment["pools"][number]["kind"],
      site: p.site,
      ...(p.backEnd ? { backEnd: p.backEnd } : {}),
    })),
    servers: row.servers.map((s) => ({
      fqdn: s.fqdn,
      site: s.site,
      ...(s.pool ? { pool: s.pool } : {}),
      roles: rolesOf(s.roles) as Deployment["servers"][number]["roles"],
      ...(s.spareHardware ? { spareHardware: true } : {}),
    })),
    ...(settings.edge ? { edge: settings.edge } : {}),
    databases: row.databases.map((b) => ({ name: b.name as NonNullable<Deployment["databases"]>[number]["name"], server: b.server, sizeGb: b.sizeGb })),
    fileShares: row.fileShares.map((f) => ({
      content: f.content as NonNullable<Deployment["fileShares"]>[number]["content"],
      path: f.path,
      sizeGb: f.sizeGb,
    })),
    dependencies: settings.dependencies,
    priorities: settings.priorities,
    backup: settings.backup,
    recovery: settings.recovery,
  };
  return { id: row.id, version: row.version, updatedAt: row.updatedAt, deployment };
}

export type DeploymentSettingsPart = Pick<Deployment, "edge" | "dependencies" | "priorities" | "backup" | "recovery">;

/** The deployment file's scalar parts from a Deployment row and its workload rows (in rank order as given). */
export function settingsFromRow(row: DeploymentRow, workloads: readonly WorkloadRow[]): DeploymentSettingsPart {
  return {
    ...(row.edgeTopology ? { edge: { topology: row.edgeTopology as NonNullable<Deployment["edge"]>["topology"] } } : {}),
    dependencies: {
      activeDirectory: { backedUp: row.adBackedUp },
      dns: { backedUp: row.dnsBackedUp },
      ...(row.reverseProxyFqdn ? { reverseProxy: { fqdn: row.reverseProxyFqdn, backedUp: row.reverseProxyBackedUp ?? false } } : {}),
      ...(row.certificatesBackedUp === null ? {} : { certificates: { backedUp: row.certificatesBackedUp } }),
    },
    priorities: {
      workloads: workloads.map((w) => ({
        workload: w.workload as Deployment["priorities"]["workloads"][number]["workload"],
        rank: w.rank,
        rtoHours: w.rtoHours,
        rpoHours: w.rpoHours,
      })),
      regulated: row.regulated,
      ...(row.monthlyBudgetUsd === null ? {} : { monthlyBudgetUsd: row.monthlyBudgetUsd }),
    },
    backup: {
      databaseFrequencyHours: row.databaseFrequencyHours,
      settingsFrequencyHours: row.settingsFrequencyHours,
      fileShareFrequencyHours: row.fileShareFrequencyHours,
      windowStartHour: row.windowStartHour,
      retentionCopies: row.retentionCopies,
      location: row.backupLocation as Deployment["backup"]["location"],
      offsiteCopy: row.offsiteCopy,
      encrypted: row.encrypted,
      bandwidthMbps: row.bandwidthMbps,
      restoreTested: row.restoreTested,
      logsSeparateFromData: row.logsSeparateFromData,
    },
    recovery: {
      vendorHardwareSlaHours: row.vendorHardwareSlaHours,
      adminsAvailable: row.adminsAvailable,
      staffTrained: row.staffTrained,
      mediaAvailable: row.mediaAvailable,
    },
  };
}

export async function listDeployments(db: Db): Promise<DeploymentSummary[]> {
  const rows = await db.deployment.findMany({
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      forest: true,
      version: true,
      updatedAt: true,
      _count: { select: { servers: true, pools: true, sites: true } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, ..._count }));
}

export async function renameDeployment(db: Db, id: string, name: string): Promise<void> {
  await db.deployment.update({ where: { id }, data: { name, version: { increment: 1 } } });
}

export async function deleteDeployment(db: Db, id: string): Promise<void> {
  await db.deployment.delete({ where: { id } });
}

/** A what-if variant: a full copy under a new name. */
export async function duplicateDeployment(db: Db, id: string, name: string): Promise<string | null> {
  const stored = await loadDeployment(db, id);
  if (!stored) return null;
  return createDeployment(db, { ...stored.deployment, name });
}
