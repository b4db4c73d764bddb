// Extra app instances for specs that need more than the one server Playwright starts: two instances
// on one database (multi-instance.spec.ts), or one on an empty database (first-run.spec.ts). Each
// runs the same production build (`next build`, NEXT_DIST_DIR passed through) as that server.
//
// Ports are E2E_PORT plus a small offset (INSTANCE_PORT_OFFSETS), so two runs with different
// E2E_PORT never collide, and a port already answering is refused rather than tested against.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const basePort = Number(process.env.E2E_PORT || 3100);
const TSX = "node_modules/tsx/dist/cli.mjs";
const NEXT = "node_modules/next/dist/bin/next";

/** The offsets of E2E_PORT each spec uses; one table so two specs running at once never share a port. */
export const INSTANCE_PORT_OFFSETS = { multiInstanceA: 1, multiInstanceB: 2, firstRun: 3, serviceErrors: 4 } as const;
export const instancePort = (use: keyof typeof INSTANCE_PORT_OFFSETS) => basePort + INSTANCE_PORT_OFFSETS[use];

// ---- Databases ----------------------------------------------------------------------------------

export interface ScratchDatabase {
  /** The DATABASE_URL of the database. */
  url: string;
  kind: "sqlite" | "postgresql";
  /** Deletes it (stop the instances on it first). Safe to call twice. */
  drop: () => Promise<void>;
}

/** A fresh SQLite file under data/ (deleted first if a crashed run left one behind). */
export function scratchSqlite(label: string): ScratchDatabase {
  const file = `data/e2e-${basePort}-${label}.db`;
  const files = [file, `${file}-journal`, `${file}-wal`, `${file}-shm`];
  const remove = () => files.forEach((f) => rmSync(f, { force: true }));
  mkdirSync("data", { recursive: true });
  remove();
  return { url: `file:./${file}`, kind: "sqlite", drop: async () => remove() };
}

/** A fresh, empty PostgreSQL database on the server `serverUrl` names (TEST_POSTGRES_URL); dropped by drop(). */
export async function scratchPostgres(serverUrl: string, label: string): Promise<ScratchDatabase> {
  const name = `planner_e2e_${label}_${basePort}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), kind: "postgresql", drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Runs one of scripts/*.ts against a database; rejects with its output when it fails. */
export function runScript(script: string, databaseUrl: string, args: string[] = [], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSX, script, ...args],
      { env: { ...process.env, ...env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

const migrated = new Set<string>();

/**
 * Migrates a database (once per database per worker), then seeds what is asked for: the demo
 * deployment (scripts/seed-demo.ts) and the e2e accounts of e2e/users.ts (scripts/seed-e2e-users.ts).
 */
export async function prepareDatabase(databaseUrl: string, seed: { demo?: boolean; users?: boolean } = {}): Promise<void> {
  if (!migrated.has(databaseUrl)) {
    await runScript("scripts/migrate.ts", databaseUrl, ["deploy"]);
    migrated.add(databaseUrl);
  }
  if (seed.demo) await runScript("scripts/seed-demo.ts", databaseUrl);
  if (seed.users) await runScript("scripts/seed-e2e-users.ts", databaseUrl);
}

// ---- App instances ------------------------------------------------------------------------------

export interface AppInstance {
  name: string;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The last part of what the server printed, for failure messages. */
  output: () => string;
  /** Stops the server and everything it started (its process group). Safe to call twice. */
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};
// A worker that ends without afterAll (a crash, Ctrl-C) still takes its servers with it.
process.once("exit", () => running.forEach((child) => killGroup(child, "SIGKILL")));

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts `next start` on `port` against `databaseUrl` (already migrated: prepareDatabase) and waits
 * until it answers HTTP. Rejects if the port is taken or the server exits or stays silent.
 */
export async function startInstance(options: {
  name: string;
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<AppInstance> {
  const { name, databaseUrl, port, timeoutMs = 60_000 } = options;
  if (await portAnswers(port))
    throw new Error(`instance ${name}: port ${port} is in use (a server left over from another run?); choose another E2E_PORT`);
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: path.resolve("."),
    // Its own process group, so stop() ends the server and anything it forked.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  running.add(child);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(`instance ${name} exited before answering (code ${child.exitCode}, signal ${child.signalCode}):\n${log}`);
    }
    try {
      // Any HTTP answer will do (401 without a session): the server is up.
      await fetch(`${url}/api/deployments`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`instance ${name} did not answer on ${url} within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { name, port, url, output: () => log, stop };
}
