// Web benchmark, against the production build (`next build` must have run; `npm run bench` does it):
// 1. the JavaScript a first visit of each page downloads, gzipped (Next 16's build no longer prints
//    it): every script response of the page, compressed with gzip level 9 as a server would send it;
// 2. autocannon load on the overview of a generated 500-server deployment (as a browser opens it, so
//    from the rendered-page cache, lib/http/page-cache.ts; then with the cache off, every request
//    rendered), beside a static file of the same size, and on POST /api/plan with
//    that deployment's file, first on SQLite, then on PostgreSQL: one `next start` per store, each on
//    a fresh database holding the demo and the same 500-server deployment.
//
// Every request sends the headers in `clientHeaders` (a browser's accept-encoding, so compression is
// part of what is measured); a header every request needs (a sign-in cookie) goes there, in one place.
// Each load starts after a short warm-up (first plan of the deployment, JIT) that is not measured.
//
// BENCH_PORT (default 3900), BENCH_SECONDS (default 30) and BENCH_CONNECTIONS (default 50) size the
// runs; BENCH_NODE_ARGS adds node flags to the server (--cpu-prof ...); BENCH_SAVE_OVERVIEW=<file> keeps a copy of the overview's HTML; NEXT_DIST_DIR picks the build (as next.config.ts does). PostgreSQL: BENCH_POSTGRES_URL, else
// TEST_POSTGRES_URL, names a server where the bench creates (and afterwards drops) its own database;
// with neither set the PostgreSQL run is skipped. Benchmarks report; they never fail the build.
// "other CPU %" is the machine's CPU that neither the server nor the bench used during a run (a build
// or a test run next door; on PostgreSQL the database server's own work counts here too): on a 2-core
// machine, more than a few percent of someone else's work lowers the numbers.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { rmSync, mkdirSync, existsSync, openSync, closeSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { generateDeployment } from "../lib/engine/testing/generate";

const port = Number(process.env.BENCH_PORT || 3900);
const base = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS || 30);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const postgresServer = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "";

/** Headers on every request the bench sends, set-up and load alike (add a sign-in cookie here). */
const clientHeaders: Record<string, string> = { "accept-encoding": "gzip, deflate, br" };
/** What a browser adds when it opens a page (the rendered-page cache answers only such requests). */
const openPage = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

const request = (url: string, init: RequestInit = {}) =>
  fetch(base + url, { ...init, headers: { ...clientHeaders, ...(init.headers as Record<string, string> | undefined) } });

const BENCH_USER = { email: "bench@bench.test", password: "bench password for load runs" };

/** Signs the bench's planner in and puts the session cookie on every later request. */
async function signIn(): Promise<void> {
  delete clientHeaders.cookie;
  // Node's fetch sends fetch-metadata headers, so better-auth wants the Origin a browser would send.
  const res = await request("/api/auth/sign-in/email", {
    method: "POST",
    body: JSON.stringify({ email: BENCH_USER.email, password: BENCH_USER.password }),
    headers: { "content-type": "application/json", origin: base },
  });
  const cookie = res.headers.getSetCookie().find((c) => /ocs-planner\.session_token=/.test(c));
  if (!res.ok || !cookie) throw new Error(`signing the bench in: HTTP ${res.status}`);
  clientHeaders.cookie = cookie.split(";")[0];
}

interface Store {
  name: "SQLite" | "PostgreSQL";
  /** Creates an empty database; returns its URL and how to drop it. */
  create: () => Promise<{ url: string; drop: () => Promise<void> }>;
}

const sqlite: Store = {
  name: "SQLite",
  create: async () => {
    const db = `data/bench-${port}.db`;
    mkdirSync("data", { recursive: true });
    const remove = () => {
      for (const f of [db, `${db}-journal`, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    };
    remove();
    return { url: `file:./${db}`, drop: async () => remove() };
  },
};

function postgres(server: string): Store {
  const name = `bench_planner_${port}`;
  const admin = async (sql: string) => {
    const { Client } = await import("pg");
    const c = new Client({ connectionString: server });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    name: "PostgreSQL",
    create: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
    },
  };
}

const serverEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" });

async function startServer(databaseUrl: string, log: string): Promise<ChildProcess> {
  const env = serverEnv(databaseUrl);
  writeFileSync(log, "");
  const tsx = ["node_modules/tsx/dist/cli.mjs"];
  execFileSync(process.execPath, [...tsx, "scripts/migrate.ts", "deploy"], { env, stdio: "ignore" });
  execFileSync(process.execPath, [...tsx, "scripts/seed-demo.ts"], { env, stdio: "ignore" });
  // Every page and API route needs a session: a planner account for the bench (see signIn).
  execFileSync(process.execPath, [...tsx, "scripts/users.ts", "add", BENCH_USER.email, "planner", "Bench", "Planner"], {
    env: { ...env, PLANNER_PASSWORD: BENCH_USER.password },
    stdio: "ignore",
  });
  return spawnServer(env, log);
}

/** `next start` on a database already migrated and seeded; resolves once the bench is signed in. */
async function spawnServer(env: NodeJS.ProcessEnv, log: string): Promise<ChildProcess> {
  const out = openSync(log, "a"); // the server's own output, for when a run shows errors
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env,
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  for (let i = 0; i < 150; i++) {
    try {
      if ((await request("/sign-in")).ok) {
        await signIn();
        return server;
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopServer(server);
  throw new Error(`the server did not start (see ${log})`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
}

async function pageWeights(paths: string[]): Promise<{ page: string; scripts: number; "JS kB gzip": number }[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ extraHTTPHeaders: clientHeaders }); // a first visit: empty cache
      const page = await context.newPage();
      const bodies: Promise<Buffer | null>[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") bodies.push(r.body().catch(() => null));
      });
      await page.goto(base + path, { waitUntil: "load" });
      await page.waitForTimeout(1500); // lazy chunks (charts) load after the page
      const all = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      rows.push({
        page: path.replace(/cm[a-z0-9]{20,}/, ":id"),
        scripts: all.length,
        "JS kB gzip": Math.round(all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 102.4) / 10,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export interface LoadRow {
  store: string;
  load: string;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  errors: number;
  requests: number;
  "MB/s": number;
  /** CPU that other processes (a build, tests) took during the run, in % of the machine: above a few %, the numbers are low. */
  "other CPU %": number | string;
  /** The server's CPU time per answered request: what a request costs, whatever else the machine runs. */
  "server CPU ms/req": number | string;
}

/** CPU time in clock ticks: the whole machine's busy time, and one process's (Linux /proc; null elsewhere). */
function cpuTicks(pid: number): { machine: number; server: number } | null {
  try {
    const machine = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = machine.reduce((a, b) => a + b, 0) - machine[3] - machine[4]; // all but idle and iowait
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    return { machine: busy, server: fields[11] + fields[12] }; // utime + stime (threads included)
  } catch {
    return null;
  }
}

/** One measured autocannon run; `opts.headers` add to (or override) the client headers. */
async function load(server: ChildProcess, store: string, title: string, opts: autocannon.Options): Promise<LoadRow> {
  const before = cpuTicks(server.pid!);
  const self = process.cpuUsage();
  const started = performance.now();
  const r = await autocannon({ connections, duration: seconds, ...opts, headers: { ...clientHeaders, ...opts.headers } });
  const after = cpuTicks(server.pid!);
  const tick = 10; // ms per clock tick (USER_HZ 100)
  const selfMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(self));
  const other =
    before && after
      ? ((after.machine - before.machine - (after.server - before.server)) * tick - selfMs) /
        ((performance.now() - started) * availableParallelism())
      : null;
  return {
    store,
    load: title,
    "req/s": Math.round(r.requests.average * 10) / 10,
    "p50 ms": r.latency.p50,
    "p99 ms": r.latency.p99,
    errors: r.errors + r.non2xx, // errors include timeouts (autocannon's 10 s default)
    requests: r.requests.total,
    "MB/s": Math.round(r.throughput.average / 1e4) / 100, // bytes on the wire (compressed), 10^6 bytes
    "other CPU %": other === null ? "n/a" : Math.max(0, Math.round(other * 100)),
    "server CPU ms/req":
      before && after && r.requests.total > 0 ? Math.round(((after.server - before.server) * tick * 10) / r.requests.total) / 10 : "n/a",
  };
}

/** Unmeasured requests before a run: the first plan of the deployment and a warm JIT. */
async function warmUp(url: string, init: RequestInit, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await request(url, init);
    if (!res.ok) throw new Error(`warm-up ${init.method ?? "GET"} ${url}: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
}

async function benchStore(store: Store, weights: boolean): Promise<LoadRow[]> {
  const { url, drop } = await store.create();
  const log = path.join("data", `bench-${port}-${store.name.toLowerCase()}.log`);
  let server = await startServer(url, log);
  // A static file of the overview's size, served by the same server from public/ (Next lists public
  // files when it starts, so the server is restarted once the file is written).
  const staticName = `bench-static-${port}.html`;
  const staticPath = path.join("public", staticName);
  try {
    const file = JSON.stringify(generateDeployment({ servers: 500, pools: 20, seed: 11 }));
    const json = { "content-type": "application/json" };
    const created = await request("/api/deployments", { method: "POST", body: file, headers: json });
    if (!created.ok) throw new Error(`creating the 500-server deployment: HTTP ${created.status}`);
    const id: string = (await created.json()).id;

    if (weights) {
      const { deployments } = await (await request("/api/deployments")).json();
      const demo = deployments.find((d: { name: string }) => d.name.includes("demo")).id;
      console.log("First-visit JavaScript per page (demo deployment):");
      console.table(
        await pageWeights([
          "/",
          "/import",
          `/deployments/${demo}`,
          `/deployments/${demo}/plan`,
          `/deployments/${demo}/runbooks`,
          `/deployments/${demo}/checklists`,
          `/deployments/${demo}/gaps`,
          `/deployments/${demo}/model/servers`,
        ]),
      );
    }

    // What the plan load receives must be a plan: decoded (fetch undoes the content encoding) and checked.
    const plan = await request("/api/plan", { method: "POST", body: file, headers: json });
    const answer = await plan.json();
    if (!plan.ok || answer.format !== "ocs-backup-plan-result/v1" || answer.scenarios?.length !== 521)
      throw new Error(`POST /api/plan answered HTTP ${plan.status} without the expected plan`);
    console.log(`${store.name}: POST /api/plan sends ${plan.headers.get("content-encoding") ?? "identity"}`);

    const overview = `/deployments/${id}`;
    await warmUp(overview, { headers: openPage }, 3);
    const html = await (await request(overview, { headers: openPage })).text();
    mkdirSync("public", { recursive: true });
    writeFileSync(staticPath, html);
    if (process.env.BENCH_SAVE_OVERVIEW) writeFileSync(process.env.BENCH_SAVE_OVERVIEW, html);
    await stopServer(server);
    server = await spawnServer(serverEnv(url), log);
    await warmUp(overview, { headers: openPage }, 3);
    await warmUp(`/${staticName}`, { headers: openPage }, 3);
    await warmUp("/api/plan", { method: "POST", body: file, headers: json }, 5);
    const answeredBy = (await request(overview, { headers: openPage })).headers.get("x-page-cache") ?? "the app (not cached)";
    console.log(`${store.name}: the overview is answered from: ${answeredBy === "hit" ? "the rendered-page cache" : answeredBy}`);
    const rows = [await load(server, store.name, "GET overview", { url: base + overview, headers: openPage })];
    rows.push(
      await load(server, store.name, `GET static file, same size (${Math.round(html.length / 1024)} kB)`, {
        url: `${base}/${staticName}`,
        headers: openPage,
      }),
    );
    const [page, staticFile] = [rows[0]["req/s"], rows[1]["req/s"]];
    console.log(
      `${store.name}: overview ${page} req/s, static file of the same size ${staticFile} req/s: ratio ${(page / staticFile).toFixed(2)} (target >= 0.33)`,
    );
    const [pageCpu, staticCpu] = [rows[0]["server CPU ms/req"], rows[1]["server CPU ms/req"]];
    if (typeof pageCpu === "number" && typeof staticCpu === "number")
      console.log(
        `${store.name}: server CPU per request, static file / overview: ${(staticCpu / pageCpu).toFixed(2)} (the same ratio on a quiet machine)`,
      );
    // What a render costs (the first view after a write): the same load on a server with the cache off.
    await stopServer(server);
    server = await spawnServer({ ...serverEnv(url), PLANNER_PAGE_CACHE_SECONDS: "0" }, log);
    await warmUp(overview, { headers: openPage }, 3);
    await warmUp("/api/plan", { method: "POST", body: file, headers: json }, 5);
    rows.push(
      await load(server, store.name, "GET overview, cache off (every request rendered)", { url: base + overview, headers: openPage }),
    );
    rows.push(await load(server, store.name, "POST /api/plan", { url: `${base}/api/plan`, method: "POST", body: file, headers: json }));
    return rows;
  } finally {
    await stopServer(server);
    rmSync(staticPath, { force: true });
    await drop();
  }
}

export async function main(): Promise<void> {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const stores = [sqlite, ...(postgresServer ? [postgres(postgresServer)] : [])];
  const rows: LoadRow[] = [];
  for (const [i, store] of stores.entries()) rows.push(...(await benchStore(store, i === 0)));
  console.log(
    `Load: ${connections} connections for ${seconds} s per run, 500-server deployment, accept-encoding "${clientHeaders["accept-encoding"]}" (after a warm-up)`,
  );
  console.table(rows);
  if (!postgresServer) console.log("PostgreSQL run skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to a PostgreSQL server.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
