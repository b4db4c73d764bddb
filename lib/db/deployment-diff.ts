// What a save of a deployment has to write: the deployment file's child lists as table rows, and a
// per-table diff between the rows stored now and the rows of the new file. Pure functions (no
// database): lib/db/deployment-store.ts loads the stored rows inside its transaction and applies the
// diff there.
//
// Rows are matched by their natural key (site and pool name, server FQDN, database name + server,
// workload), which the consistency rules keep unique within a deployment and the schema's unique
// indexes enforce for sites, pools, servers and workloads. A matched row is updated in place: only
// its changed columns, and its position when it moved, so the stored order is the file's order. File
// shares have no natural key (the format allows the same share twice), so they are matched by
// position. Updates that set the same columns to the same values and move rows by the same distance
// are grouped into one statement (a site rename touching 2,000 servers, or the 2,500 servers after a
// removed one moving up by one, is one UPDATE each). Because a matched row keeps its key, an update
// never changes a key column, so no update can collide with another row's unique key; removals are
// applied before insertions for the same reason. (Positions have no unique index: between two
// statements of a save, two rows may briefly share one.)
import type { Deployment } from "../formats/deployment";
import { PLATFORM_COLUMNS, platformColumns, type PlatformColumns } from "./prerequisites-store";

/** A stored column value of a child row. */
export type Cell = string | number | boolean | null;
export type Columns = Record<string, Cell>;

/** The columns of each child table that carry the deployment file's data (besides id, deploymentId, position). */
export interface ChildColumns {
  sites: { name: string; kind: string; domainControllers: boolean | null };
  pools: { name: string; kind: string; site: string; backEnd: string | null };
  servers: {
    fqdn: string;
    site: string;
    pool: string | null;
    roles: string;
    spareHardware: boolean;
    sqlInstance: string | null;
  } & PlatformColumns;
  databases: { name: string; server: string; sizeGb: number };
  fileShares: { content: string; path: string; sizeGb: number; normalizationRules: boolean | null };
  workloads: { workload: string; rank: number; rtoHours: number; rpoHours: number; mtdHours: number | null; wrtHours: number | null };
}
export type ChildTable = keyof ChildColumns;
export type ChildRows = { [T in ChildTable]: ChildColumns[T][] };

export const CHILD_TABLES: readonly ChildTable[] = ["sites", "pools", "servers", "databases", "fileShares", "workloads"];

/** The column names of ChildColumns, per table (what a save selects of the stored rows). */
export const CHILD_COLUMNS: { [T in ChildTable]: readonly (keyof ChildColumns[T])[] } = {
  sites: ["name", "kind", "domainControllers"],
  pools: ["name", "kind", "site", "backEnd"],
  servers: ["fqdn", "site", "pool", "roles", "spareHardware", "sqlInstance", ...PLATFORM_COLUMNS],
  databases: ["name", "server", "sizeGb"],
  fileShares: ["content", "path", "sizeGb", "normalizationRules"],
  workloads: ["workload", "rank", "rtoHours", "rpoHours", "mtdHours", "wrtHours"],
};

/** Roles as ",role-a,role-b," so a role filter is an exact `contains ",role,"`. */
export const roleColumn = (roles: readonly string[]) => `,${roles.join(",")},`;
export const rolesOf = (column: string) => column.split(",").filter(Boolean);

/** The child rows of a deployment in file order (a row's position is its index). */
export function childRows(d: Deployment): ChildRows {
  return {
    sites: d.sites.map((s) => ({ name: s.name, kind: s.kind, domainControllers: s.domainControllers ?? null })),
    pools: d.pools.map((p) => ({ name: p.name, kind: p.kind, site: p.site, backEnd: p.backEnd ?? null })),
    servers: d.servers.map((s) => ({
      fqdn: s.fqdn,
      site: s.site,
      pool: s.pool ?? null,
      roles: roleColumn(s.roles),
      spareHardware: s.spareHardware ?? false,
      sqlInstance: s.sqlInstance ?? null,
      ...platformColumns(s),
    })),
    databases: (d.databases ?? []).map((b) => ({ name: b.name, server: b.server, sizeGb: b.sizeGb })),
    fileShares: (d.fileShares ?? []).map((f) => ({
      content: f.content,
      path: f.path,
      sizeGb: f.sizeGb,
      normalizationRules: f.normalizationRules ?? null,
    })),
    workloads: d.priorities.workloads.map((w) => ({
      workload: w.workload,
      rank: w.rank,
      rtoHours: w.rtoHours,
      rpoHours: w.rpoHours,
      mtdHours: w.mtdHours ?? null,
      wrtHours: w.wrtHours ?? null,
    })),
  };
}

/** The natural key of each table's rows; null: none, rows are matched by position. */
export const NATURAL_KEYS: { [T in ChildTable]: ((row: ChildColumns[T]) => string) | null } = {
  sites: (r) => r.name,
  pools: (r) => r.name,
  servers: (r) => r.fqdn,
  databases: (r) => JSON.stringify([r.name, r.server]),
  fileShares: null,
  workloads: (r) => r.workload,
};

export interface StoredRow {
  id: string;
  position: number;
}

/** Rows that get the same column values and move by the same distance: one UPDATE … WHERE id IN (…). */
export interface UpdateGroup<C extends Columns> {
  ids: string[];
  /** Columns to set (only those that changed; may be empty when the rows only move). */
  set: Partial<C>;
  /** Added to the rows' position (0: they stay). */
  shift: number;
}

export interface TableDiff<C extends Columns> {
  /**
   * Replace the table's rows wholesale: delete all (`remove` lists them) and insert `create` (all new
   * rows). Chosen when keys are not unique on either side, or when the diff would cost more than a
   * rewrite (see DiffCosts).
   */
  rewrite: boolean;
  /** Ids of stored rows to delete. */
  remove: string[];
  /** Rows to insert, with their position. */
  create: (C & { position: number })[];
  update: UpdateGroup<C>[];
}

/**
 * Relative costs of what a diff becomes, in units of one inserted row (Prisma's createMany costs about
 * 130 µs a row on SQLite and PostgreSQL alike; measured on a 5,000-server deployment, min of 7): one
 * more statement costs 0.15 ms on SQLite and 0.6 ms on PostgreSQL (a round trip), so about 5 rows;
 * setting columns or the position of a row within a grouped UPDATE 4–14 µs (0.1); deleting a row by
 * id 3–6 µs (0.05). A rewrite deletes all rows in one statement and inserts them all again, so it only
 * wins when the diff needs very many statements: rows moved by many different distances (a reversed
 * or shuffled list) or many rows each changed differently.
 */
export interface DiffCosts {
  statement: number;
  updatedRow: number;
  removedRow: number;
  insertedRow: number;
}
export const DEFAULT_COSTS: DiffCosts = { statement: 5, updatedRow: 0.1, removedRow: 0.05, insertedRow: 1 };

/** Rows per statement for inserts, deletes and `id IN (…)` lists (SQLite caps bound parameters). */
export const CHUNK = 2000;
const statements = (rows: number) => Math.ceil(rows / CHUNK);

/** The estimated cost of applying a diff in place. */
export function diffCost(diff: TableDiff<Columns>, costs: DiffCosts = DEFAULT_COSTS): number {
  const updated = diff.update.reduce((n, g) => n + g.ids.length, 0);
  const updateStatements = diff.update.reduce((n, g) => n + statements(g.ids.length), 0);
  return (
    costs.statement * (statements(diff.remove.length) + statements(diff.create.length) + updateStatements) +
    costs.updatedRow * updated +
    costs.removedRow * diff.remove.length +
    costs.insertedRow * diff.create.length
  );
}

/** The estimated cost of rewriting a table: one DELETE of all its rows (about 1 µs a row: left out), then `rows` inserted. */
export function rewriteCost(rows: number, costs: DiffCosts = DEFAULT_COSTS): number {
  return costs.statement * (1 + statements(rows)) + costs.insertedRow * rows;
}

const same = (a: Cell | undefined, b: Cell | undefined) => Object.is(a, b);
/** A value as JSON keeps it apart from every other value (JSON alone would merge 0 and -0, NaN and null). */
const exact = (v: Cell) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v);

function hasDuplicates(keys: readonly string[]): boolean {
  return new Set(keys).size !== keys.length;
}

function rewriteDiff<C extends Columns>(stored: readonly (C & StoredRow)[], next: readonly C[]): TableDiff<C> {
  return { rewrite: true, remove: stored.map((r) => r.id), create: next.map((r, position) => ({ ...r, position })), update: [] };
}

/**
 * The writes that turn the `stored` rows (any order; their `position` is read) into `next` (in file
 * order: row i gets position i). Applying it: delete `remove`, apply each update group, insert
 * `create` — or, when `rewrite`, delete all rows and insert `create`.
 */
export function diffTable<C extends Columns>(
  stored: readonly (C & StoredRow)[],
  next: readonly C[],
  options: { key: ((row: C) => string) | null; costs?: DiffCosts; neverRewrite?: boolean },
): TableDiff<C> {
  const { key } = options;
  // Which stored row each new row continues (undefined: a new row).
  const matched: ((C & StoredRow) | undefined)[] = new Array(next.length);
  const remove: string[] = [];
  if (key) {
    const storedKeys = stored.map((r) => key(r));
    const nextKeys = next.map((r) => key(r));
    // Keys that are not unique cannot be matched safely: do what a full rewrite does (and fail the
    // same way on a unique index).
    if (hasDuplicates(storedKeys) || hasDuplicates(nextKeys)) return rewriteDiff(stored, next);
    const byKey = new Map(stored.map((r, i) => [storedKeys[i], r]));
    nextKeys.forEach((k, i) => {
      matched[i] = byKey.get(k);
      byKey.delete(k);
    });
    for (const r of byKey.values()) remove.push(r.id);
  } else {
    const inOrder = [...stored].sort((a, b) => a.position - b.position);
    for (let i = 0; i < next.length; i++) matched[i] = inOrder[i];
    for (const r of inOrder.slice(next.length)) remove.push(r.id);
  }

  const create: (C & { position: number })[] = [];
  const groups = new Map<string, UpdateGroup<C>>();
  next.forEach((row, position) => {
    const old = matched[position];
    if (!old) {
      create.push({ ...row, position });
      return;
    }
    const set: Partial<C> = {};
    const changed: [string, Cell][] = [];
    for (const column of Object.keys(row) as (keyof C & string)[]) {
      if (same(old[column], row[column])) continue;
      set[column] = row[column];
      changed.push([column, row[column]]);
    }
    const shift = position - old.position;
    if (changed.length === 0 && shift === 0) return;
    const groupKey = JSON.stringify([shift, changed.map(([c, v]) => [c, typeof v, exact(v)])]);
    const group = groups.get(groupKey);
    if (group) group.ids.push(old.id);
    else groups.set(groupKey, { ids: [old.id], set, shift });
  });

  const diff: TableDiff<C> = { rewrite: false, remove, create, update: [...groups.values()] };
  if (!options.neverRewrite && stored.length > 0 && diffCost(diff, options.costs) > rewriteCost(next.length, options.costs))
    return rewriteDiff(stored, next);
  return diff;
}

/** The stored child rows of a deployment (as loaded inside the saving transaction). */
export type StoredChildRows = { [T in ChildTable]: (ChildColumns[T] & StoredRow)[] };
export type DeploymentDiff = { [T in ChildTable]: TableDiff<ChildColumns[T]> };

/** The per-table writes that turn the stored rows into the rows of `next`. */
export function diffDeployment(
  stored: StoredChildRows,
  next: Deployment,
  options: { costs?: DiffCosts; neverRewrite?: boolean } = {},
): DeploymentDiff {
  const rows = childRows(next);
  const table = <T extends ChildTable>(t: T): TableDiff<ChildColumns[T]> =>
    diffTable<ChildColumns[T]>(stored[t], rows[t], { ...options, key: NATURAL_KEYS[t] as ((row: ChildColumns[T]) => string) | null });
  return {
    sites: table("sites"),
    pools: table("pools"),
    servers: table("servers"),
    databases: table("databases"),
    fileShares: table("fileShares"),
    workloads: table("workloads"),
  };
}

/** Apply a diff to rows in memory (what the database does with it): the tests' model of the store. */
export function applyDiff<C extends Columns>(
  stored: readonly (C & StoredRow)[],
  diff: TableDiff<C>,
  newId: () => string,
): (C & StoredRow)[] {
  const removed = new Set(diff.remove);
  let rows = stored.filter((r) => !diff.rewrite && !removed.has(r.id)).map((r) => ({ ...r }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const g of diff.update)
    for (const id of g.ids) {
      const r = byId.get(id);
      if (!r) throw new Error(`update of a row that is not there: ${id}`);
      Object.assign(r, g.set, { position: r.position + g.shift });
    }
  rows = [...rows, ...diff.create.map((r) => ({ ...r, id: newId() }))];
  return rows.sort((a, b) => a.position - b.position);
}
