// Reading and writing whole deployments. A deployment is stored in normalised rows but always
// crosses this boundary as the deployment file format (lib/formats/deployment.ts), so import,
// export, the API, the forms and the engine share one shape. Every write is one transaction.
// A save (replaceDeployment) writes only the child rows that changed (lib/db/deployment-diff.ts).
import type { Deployment } from "../formats/deployment";
import type { AvailabilityImpact } from "../formats/extension-2-people";
import type { Prisma, Deployment as DeploymentRow, WorkloadPriority as WorkloadRow } from "./generated/sqlite/client";
import type { Db } from "./client";
import { DEPLOYMENT_FORMAT } from "../formats/deployment";
import {
  CHILD_COLUMNS,
  CHILD_TABLES,
  CHUNK,
  childRows,
  diffDeployment,
  rolesOf,
  type Cell,
  type ChildColumns,
  type ChildTable,
  type Columns,
  type StoredChildRows,
  type TableDiff,
} from "./deployment-diff";
import { insertPeople, peopleFromRows, PEOPLE_INCLUDE, replacePeople } from "./people-store";
import { loadPrerequisites, platformOf, writePrerequisites } from "./prerequisites-store";

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
    availabilityImpact: d.priorities.availabilityImpact ?? null,
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
    backupDestination: d.backup.destination ?? null,
    offsiteDestination: d.backup.offsiteDestination ?? null,
    vendorHardwareSlaHours: d.recovery.vendorHardwareSlaHours,
    adminsAvailable: d.recovery.adminsAvailable,
    staffTrained: d.recovery.staffTrained,
    mediaAvailable: d.recovery.mediaAvailable,
  };
}

/**
 * The part of a child table's Prisma delegate that writes use. The six delegates (site, pool, server,
 * databaseItem, fileShare, workloadPriority) all have it; their rows are ChildColumns plus
 * deploymentId and position (checked by ChildRowsAreModelRows below).
 */
interface ChildDelegate {
  findMany(args: { where: { deploymentId: string }; select: Record<string, true> }): Promise<unknown[]>;
  createMany(args: { data: Record<string, Cell>[] }): Promise<unknown>;
  deleteMany(args: { where: { deploymentId: string; id?: { in: string[] } } }): Promise<unknown>;
  updateMany(args: {
    where: { deploymentId: string; id: { in: string[] } };
    data: Record<string, Cell | { increment: number }>;
  }): Promise<unknown>;
}

const childDelegates = (tx: Db | Tx) =>
  ({
    sites: tx.site,
    pools: tx.pool,
    servers: tx.server,
    databases: tx.databaseItem,
    fileShares: tx.fileShare,
    workloads: tx.workloadPriority,
  }) as unknown as Record<ChildTable, ChildDelegate>;

type ModelRow<T extends ChildTable> = ChildColumns[T] & { deploymentId: string; position: number };
type Is<Wanted, Given extends Wanted> = Given;
/** Compile-time check that the rows deployment-diff.ts builds are what the Prisma models take. */
export type ChildRowsAreModelRows = [
  Is<Prisma.SiteCreateManyInput, ModelRow<"sites">>,
  Is<Prisma.PoolCreateManyInput, ModelRow<"pools">>,
  Is<Prisma.ServerCreateManyInput, ModelRow<"servers">>,
  Is<Prisma.DatabaseItemCreateManyInput, ModelRow<"databases">>,
  Is<Prisma.FileShareCreateManyInput, ModelRow<"fileShares">>,
  Is<Prisma.WorkloadPriorityCreateManyInput, ModelRow<"workloads">>,
];

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

// SQLite caps bound parameters per statement; chunks keep 5,000-server imports in one transaction.
async function insertRows(table: ChildDelegate, deploymentId: string, rows: readonly (Columns & { position: number })[]) {
  for (const chunk of chunks(rows)) await table.createMany({ data: chunk.map((r) => ({ deploymentId, ...r })) });
}

async function insertChildren(tx: Tx, deploymentId: string, d: Deployment) {
  const tables = childDelegates(tx);
  const rows = childRows(d);
  for (const t of CHILD_TABLES)
    await insertRows(
      tables[t],
      deploymentId,
      rows[t].map((r, position) => ({ ...r, position })),
    );
}

async function deleteChildren(tx: Tx, deploymentId: string) {
  const tables = childDelegates(tx);
  for (const t of CHILD_TABLES) await tables[t].deleteMany({ where: { deploymentId } });
}

/** The stored child rows of a deployment, with id and position (a save reads them inside its transaction). */
export async function loadChildRows(db: Db | Tx, deploymentId: string): Promise<StoredChildRows> {
  const tables = childDelegates(db);
  const stored: Partial<Record<ChildTable, unknown[]>> = {};
  for (const t of CHILD_TABLES) {
    const select: Record<string, true> = { id: true, position: true };
    for (const c of CHILD_COLUMNS[t]) select[c] = true;
    stored[t] = await tables[t].findMany({ where: { deploymentId }, select });
  }
  return stored as StoredChildRows;
}

/** Write one table's diff: removals first, then in-place updates (never of a key column), then inserts. */
async function applyTableDiff(table: ChildDelegate, deploymentId: string, diff: TableDiff<Columns>) {
  if (diff.rewrite) {
    await table.deleteMany({ where: { deploymentId } });
  } else {
    for (const ids of chunks(diff.remove)) await table.deleteMany({ where: { deploymentId, id: { in: ids } } });
    for (const g of diff.update) {
      const data: Record<string, Cell | { increment: number }> = { ...(g.set as Record<string, Cell>) };
      if (g.shift !== 0) data.position = { increment: g.shift };
      for (const ids of chunks(g.ids)) await table.updateMany({ where: { deploymentId, id: { in: ids } }, data });
    }
  }
  await insertRows(table, deploymentId, diff.create);
}

/** Turn the stored child rows into those of `d`, writing only what differs. */
async function writeChildChanges(tx: Tx, deploymentId: string, d: Deployment) {
  const diff = diffDeployment(await loadChildRows(tx, deploymentId), d);
  const tables = childDelegates(tx);
  for (const t of CHILD_TABLES) await applyTableDiff(tables[t], deploymentId, diff[t] as TableDiff<Columns>);
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
  await insertPeople(tx, row.id, d);
  await writePrerequisites(tx, row.id, d);
  return row.id;
}

export interface ReplaceOptions {
  /** Delete and re-insert every child row instead of writing only the changes (benchmarks compare the two). */
  fullRewrite?: boolean;
}

/**
 * Replace a stored deployment with a new valid version. With `expectedVersion`, the write is refused
 * (StaleVersionError) when the stored version moved on meanwhile, so concurrent edits never lose work.
 * Only the child rows that differ from the stored ones are written; the result is the same as
 * rewriting them all (same rows, same order).
 */
export async function replaceDeployment(
  db: Db,
  id: string,
  d: Deployment,
  expectedVersion?: number,
  options: ReplaceOptions = {},
): Promise<number> {
  return db.$transaction((tx) => replaceDeploymentIn(tx, id, d, expectedVersion, options), TX);
}

/** replaceDeployment inside the caller's transaction (the command layer adds the audit entry to it). */
export async function replaceDeploymentIn(
  tx: Tx,
  id: string,
  d: Deployment,
  expectedVersion?: number,
  options: ReplaceOptions = {},
): Promise<number> {
  // The conditional version bump is the transaction's first statement, before the child rows are
  // read: it takes the deployment row's write lock (PostgreSQL) or the database's write lock
  // (SQLite) until commit, so a concurrent save of the same deployment waits here, then finds the
  // version moved on (StaleVersionError) — or, without expectedVersion, reads the rows that save
  // committed and diffs against those.
  const where = expectedVersion === undefined ? { id } : { id, version: expectedVersion };
  const updated = await tx.deployment.updateMany({ where, data: { ...deploymentColumns(d), version: { increment: 1 } } });
  if (updated.count === 0) {
    const current = await tx.deployment.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new Error(`deployment ${id} does not exist`);
    throw new StaleVersionError(current.version);
  }
  if (options.fullRewrite) {
    await deleteChildren(tx, id);
    await insertChildren(tx, id, d);
  } else {
    await writeChildChanges(tx, id, d);
  }
  await replacePeople(tx, id, d);
  await writePrerequisites(tx, id, d);
  const row = await tx.deployment.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return row.version;
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
      ...PEOPLE_INCLUDE,
    },
  });
  if (!row) return null;
  const settings = settingsFromRow(row, row.workloads);
  const deployment: Deployment = {
    format: DEPLOYMENT_FORMAT,
    name: row.name,
    forest: row.forest,
    sites: row.sites.map((s) => ({
      name: s.name,
      kind: s.kind as Deployment["sites"][number]["kind"],
      ...(s.domainControllers === null ? {} : { domainControllers: s.domainControllers }),
    })),
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
      ...(s.sqlInstance === null ? {} : { sqlInstance: s.sqlInstance }),
      ...platformOf(s),
    })),
    ...(settings.edge ? { edge: settings.edge } : {}),
    databases: row.databases.map((b) => ({
      name: b.name as NonNullable<Deployment["databases"]>[number]["name"],
      server: b.server,
      sizeGb: b.sizeGb,
    })),
    fileShares: row.fileShares.map((f) => ({
      content: f.content as NonNullable<Deployment["fileShares"]>[number]["content"],
      path: f.path,
      sizeGb: f.sizeGb,
      ...(f.normalizationRules === null ? {} : { normalizationRules: f.normalizationRules }),
    })),
    dependencies: settings.dependencies,
    priorities: settings.priorities,
    backup: settings.backup,
    recovery: settings.recovery,
    ...peopleFromRows(row.contacts, row.vendors),
    ...(await loadPrerequisites(db, row.id)),
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
        ...(w.mtdHours === null ? {} : { mtdHours: w.mtdHours }),
        ...(w.wrtHours === null ? {} : { wrtHours: w.wrtHours }),
      })),
      regulated: row.regulated,
      ...(row.monthlyBudgetUsd === null ? {} : { monthlyBudgetUsd: row.monthlyBudgetUsd }),
      ...(row.availabilityImpact === null ? {} : { availabilityImpact: row.availabilityImpact as AvailabilityImpact }),
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
      ...(row.backupDestination === null ? {} : { destination: row.backupDestination }),
      ...(row.offsiteDestination === null ? {} : { offsiteDestination: row.offsiteDestination }),
    },
    recovery: {
      vendorHardwareSlaHours: row.vendorHardwareSlaHours,
      adminsAvailable: row.adminsAvailable,
      staffTrained: row.staffTrained,
      mediaAvailable: row.mediaAvailable,
    },
  };
}

export async function listDeployments(db: Db, options: { whatIfs?: boolean } = {}): Promise<DeploymentSummary[]> {
  const rows = await db.deployment.findMany({
    // What-ifs are listed under their baseline (lib/db/what-if-store.ts), not among the deployments.
    ...(options.whatIfs ? {} : { where: { whatIf: { is: null } } }),
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

export async function renameDeployment(db: Db | Tx, id: string, name: string): Promise<void> {
  await db.deployment.update({ where: { id }, data: { name, version: { increment: 1 } } });
}

export async function deleteDeployment(db: Db | Tx, id: string): Promise<void> {
  await db.deployment.delete({ where: { id } });
}

/** A what-if variant: a full copy under a new name. */
export async function duplicateDeployment(db: Db, id: string, name: string): Promise<string | null> {
  return db.$transaction((tx) => duplicateDeploymentIn(tx, id, name), TX);
}

export async function duplicateDeploymentIn(tx: Tx, id: string, name: string): Promise<string | null> {
  const stored = await loadDeployment(tx, id);
  if (!stored) return null;
  return insertDeployment(tx, { ...stored.deployment, name });
}

/** The stored name of a deployment, or null when there is none with this id. */
export async function deploymentNameOf(db: Db | Tx, id: string): Promise<string | null> {
  const row = await db.deployment.findUnique({ where: { id }, select: { name: true } });
  return row?.name ?? null;
}
