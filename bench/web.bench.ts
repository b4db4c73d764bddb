// Web benchmark, against the production build (`next build` must have run; `npm run bench` does it):
// 1. the JavaScript a first visit of each page downloads, gzipped (Next 16's build no longer prints
//    it): every script response of the page, compressed with gzip level 9 as a server would send it;
// 2. autocannon load on the overview of a generated 500-server deployment, and on POST /api/plan.
// Starts its own server on a fresh SQLite database (BENCH_PORT, default 3900).
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) size the load runs.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { rmSync, mkdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { generateDeployment } from "../lib/engine/testing/generate";

const port = Number(process.env.BENCH_PORT || 3900);
const base = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);

async function startServer(): Promise<ChildProcess> {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const db = `data/bench-${port}.db`;
  mkdirSync("data", { recursive: true });
  for (const f of [db, `${db}-journal`]) rmSync(f, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:./${db}`, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/migrate.ts", "deploy"], { env, stdio: "ignore" });
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed-demo.ts"], { env, stdio: "ignore" });
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + "/api/deployments")).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("the server did not start");
}

async function pageWeights(paths: string[]): Promise<{ page: string; scripts: number; "JS kB gzip": number }[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext(); // a first visit: empty cache
      const page = await context.newPage();
      const bodies: Promise<Buffer | null>[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") bodies.push(r.body().catch(() => null));
      });
      await page.goto(base + path, { waitUntil: "load" });
      await page.waitForTimeout(1500); // lazy chunks (charts) load after the page
      const all = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      rows.push({ page: path.replace(/cm[a-z0-9]{20,}/, ":id"), scripts: all.length, "JS kB gzip": Math.round(all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 102.4) / 10 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function load(title: string, opts: autocannon.Options) {
  const r = await autocannon({ connections, duration: seconds, ...opts });
  return {
    load: title,
    "req/s": Math.round(r.requests.average),
    "p50 ms": r.latency.p50,
    "p99 ms": r.latency.p99,
    errors: r.errors + r.non2xx,
    requests: r.requests.total,
  };
}

export async function main(): Promise<void> {
  const server = await startServer();
  try {
    const file = generateDeployment({ servers: 500, pools: 20, seed: 11 });
    const created = await (await fetch(base + "/api/deployments", { method: "POST", body: JSON.stringify(file), headers: { "content-type": "application/json" } })).json();
    const id: string = created.id;
    const { deployments } = await (await fetch(base + "/api/deployments")).json();
    const demo = deployments.find((d: { name: string }) => d.name.includes("demo")).id;

    console.log("First-visit JavaScript per page (demo deployment):");
    console.table(
      await pageWeights(["/", "/import", `/deployments/${demo}`, `/deployments/${demo}/plan`, `/deployments/${demo}/runbooks`, `/deployments/${demo}/checklists`, `/deployments/${demo}/gaps`, `/deployments/${demo}/model/servers`]),
    );

    console.log(`Load: ${connections} connections for ${seconds} s each (500-server deployment)`);
    console.table([
      await load("GET overview", { url: `${base}/deployments/${id}` }),
      await load("POST /api/plan", { url: `${base}/api/plan`, method: "POST", body: JSON.stringify(file), headers: { "content-type": "application/json" } }),
    ]);
  } finally {
    server.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
