// Migrations without the Prisma CLI's native engine, which cannot be downloaded here: Prisma's own
// schema engine compiled to Wasm (@prisma/schema-engine-wasm) drives a driver adapter. It applies the
// committed prisma/migrations folders exactly as `prisma migrate deploy` would (same SQL, same
// _prisma_migrations bookkeeping) and creates new migrations from schema changes.
// The engine's JS API is Prisma-internal, so the package version is pinned and lib/db/migrate.test.ts
// covers fresh database -> migrate -> read and write.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { adapterFor } from "./adapter";
import { derivePostgresSchema } from "./postgres-schema";
import { providerOf, type Provider } from "./url";

type WasmEngineModule = typeof import("@prisma/schema-engine-wasm");
type SchemaEngine = Awaited<ReturnType<WasmEngineModule["SchemaEngine"]["new"]>>;

const root = process.cwd();
export const schemaPathFor = (p: Provider) => path.join(root, "prisma", p === "sqlite" ? "schema.prisma" : "postgres/schema.prisma");
export const migrationsDirFor = (p: Provider) => path.join(root, "prisma", p === "sqlite" ? "migrations" : "postgres/migrations");

let loaded: Promise<WasmEngineModule> | undefined;

/** Instantiate the Wasm module by hand so Node 20 needs no --experimental-wasm-modules flag. */
function loadEngineModule(): Promise<WasmEngineModule> {
  loaded ??= (async () => {
    const require = createRequire(path.join(root, "package.json"));
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(bgPath);
    const bytes = readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg as WasmEngineModule;
  })();
  return loaded;
}

interface OpenEngine {
  engine: SchemaEngine;
  provider: Provider;
  close: () => Promise<void>;
}

async function openEngine(url: string): Promise<OpenEngine> {
  const provider = providerOf(url);
  const mod = await loadEngineModule();
  const schemaPath = schemaPathFor(provider);
  // engine.free() leaves the adapter's connections open (a SQLite file stays locked), so track and
  // dispose of every connection the engine opens.
  const factory = adapterFor(url);
  const opened: { dispose: () => Promise<void> }[] = [];
  const tracked = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  function track<T extends { dispose: () => Promise<void> }>(conn: T): T {
    opened.push(conn);
    return conn;
  }
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
  const engine = await mod.SchemaEngine.new({ datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] }, () => {}, adapter);
  const close = async () => {
    engine.free();
    await Promise.all(opened.map((c) => c.dispose()));
  };
  return { engine, provider, close };
}

const filters = { externalTables: [], externalEnums: [] };

function migrationsList(provider: Provider) {
  const baseDir = migrationsDirFor(provider);
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(baseDir, e.name, "migration.sql")))
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Apply every committed migration the database lacks; returns the names applied. Idempotent. */
export async function migrateDeploy(url: string): Promise<string[]> {
  const { engine, provider, close } = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(provider), filters });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * SQL that takes a database with every committed migration applied to the current schema ("" when
 * they already match), by describing the live database. Works on SQLite; on PostgreSQL the Wasm
 * engine cannot describe a live database through the adapter, which is why new migrations are
 * computed from schema snapshots instead (createMigration).
 */
export async function pendingSchemaSql(url: string): Promise<string> {
  await migrateDeploy(url);
  const { engine, provider, close } = await openEngine(url);
  try {
    const schemaPath = schemaPathFor(provider);
    const files = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters,
    });
    return emptyMigration(result.stdout ?? "") ? "" : (result.stdout ?? "");
  } finally {
    await close();
  }
}

const emptyMigration = (sql: string) => /This is an empty migration/.test(sql) || sql.trim() === "";

/** Each SQLite migration folder keeps a copy of the schema it migrates to: the "from" of the next one. */
export const SNAPSHOT_FILE = "schema.prisma";

export function lastMigratedSchema(): string | null {
  const list = migrationsList("sqlite");
  const last = list.migrationDirectories.at(-1);
  if (!last) return null;
  const snapshot = path.join(list.baseDir, last.path, SNAPSHOT_FILE);
  if (!existsSync(snapshot)) throw new Error(`migration ${last.path} has no ${SNAPSHOT_FILE} snapshot`);
  return readFileSync(snapshot, "utf8");
}

/** Offline diff of two schema texts into SQL for `url`'s provider (the engine connects but reads nothing). */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string> {
  const { engine, close } = await openEngine(url);
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "to.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters,
    });
    return emptyMigration(result.stdout ?? "") ? "" : (result.stdout ?? "");
  } finally {
    await close();
  }
}

function writeMigration(provider: Provider, dirName: string, sql: string, snapshot?: string) {
  const base = migrationsDirFor(provider);
  mkdirSync(path.join(base, dirName), { recursive: true });
  writeFileSync(path.join(base, dirName, "migration.sql"), sql);
  if (snapshot !== undefined) writeFileSync(path.join(base, dirName, SNAPSHOT_FILE), snapshot);
  const lock = path.join(base, "migration_lock.toml");
  if (!existsSync(lock))
    writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
}

/**
 * Turn the change in prisma/schema.prisma since the last migration into a migration folder of the
 * same name for SQLite (prisma/migrations) and PostgreSQL (prisma/postgres/migrations). Both are
 * computed from the schema snapshots, never from live data; the PostgreSQL side needs a reachable
 * server for the engine to connect to (`postgresServerUrl`). Returns null when nothing changed.
 */
export async function createMigration(name: string, postgresServerUrl: string): Promise<string | null> {
  const current = readFileSync(schemaPathFor("sqlite"), "utf8");
  const previous = lastMigratedSchema();
  const scratch = mkdtempSync(path.join(tmpdir(), "planner-migration-"));
  let sqliteSql: string;
  try {
    sqliteSql = await diffSchemas(`file:${path.join(scratch, "scratch.db")}`, previous, current);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (!sqliteSql) return null;
  const pgSql = await diffSchemas(
    postgresServerUrl,
    previous === null ? null : derivePostgresSchema(previous),
    derivePostgresSchema(current),
  );
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dirName = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`;
  writeMigration("sqlite", dirName, sqliteSql, current);
  writeMigration("postgresql", dirName, pgSql);
  return dirName;
}
