// Store benchmark: import (validate + one transaction), export (load + serialise), a paginated,
// filtered server list, and saves of small edits (what the model editor does: the stored file with
// one change, replaced in one transaction), for generated deployments of 500 and 5,000 servers, on a
// fresh SQLite file (and on PostgreSQL too when TEST_POSTGRES_URL is set). Median of several runs.
// Saves are timed as replaceDeployment does them (only the changed rows) and, for comparison, with
// every child row deleted and re-inserted (the full rewrite saves used to do).
import { migrateDeploy } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client";
import { loadDeployment, replaceDeployment } from "../lib/db/deployment-store";
import { exportDeployment, importDeploymentText } from "../lib/db/import-export";
import { listServers } from "../lib/db/server-queries";
import { testDatabases } from "../lib/db/test-databases";
import { generateDeployment } from "../lib/engine/testing/generate";
import type { Deployment } from "../lib/formats/deployment";
import type { Db } from "../lib/db/client";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(runs: number, fn: (run: number) => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** The deployment with one change per run, so every save really writes something. */
type Edit = (d: Deployment, run: number) => Deployment;

/** One server's roles change (every run the other way round): the typical form save. */
const editOneServer: Edit = (d, run) => {
  const servers = [...d.servers];
  const i = Math.floor(servers.length / 2);
  servers[i] = {
    ...servers[i],
    roles: run % 2 === 0 ? [...servers[i].roles, "forwarding-proxy"] : servers[i].roles.filter((r) => r !== "forwarding-proxy"),
  };
  return { ...d, servers };
};

/** A server in the middle is removed, then put back on the next run: every later row moves. */
const removeOneServer =
  (original: Deployment): Edit =>
  (d, run) => {
    const i = Math.floor(original.servers.length / 2);
    return { ...d, servers: run % 2 === 0 ? original.servers.filter((_, j) => j !== i) : original.servers };
  };

/** The first site is renamed (and back on the next run), with every pool and server in it. */
const renameSite =
  (original: Deployment): Edit =>
  (d, run) => {
    const from = original.sites[0].name;
    const to = run % 2 === 0 ? `${from}-renamed` : from;
    const was = run % 2 === 0 ? from : `${from}-renamed`;
    const rename = (s: string) => (s === was ? to : s);
    return {
      ...d,
      sites: d.sites.map((s) => ({ ...s, name: rename(s.name) })),
      pools: d.pools.map((p) => ({ ...p, site: rename(p.site) })),
      servers: d.servers.map((s) => ({ ...s, site: rename(s.site) })),
    };
  };

/** Every server's position changes (the list reversed, and back). */
const reverseServers: Edit = (d) => ({ ...d, servers: [...d.servers].reverse() });

const EDITS: { name: string; runs: number; edit: (original: Deployment) => Edit }[] = [
  { name: "edit one server", runs: 7, edit: () => editOneServer },
  { name: "remove one server", runs: 6, edit: removeOneServer },
  { name: "rename a site", runs: 6, edit: renameSite },
  { name: "reverse the servers", runs: 4, edit: () => reverseServers },
];

/** Median save time of `edit` applied again and again to deployment `id`; checks the result loads back as saved. */
async function timeSaves(db: Db, id: string, runs: number, edit: Edit, fullRewrite: boolean): Promise<number> {
  const stored = (await loadDeployment(db, id))!;
  let version = stored.version;
  let current = stored.deployment;
  const ms = await time(runs, async (run) => {
    current = edit(current, run);
    version = await replaceDeployment(db, id, current, version, { fullRewrite });
  });
  const reloaded = (await loadDeployment(db, id))!;
  if (JSON.stringify(reloaded.deployment) !== JSON.stringify(current)) throw new Error("the saved deployment does not load back as saved");
  // Leave it as it was for the next measurement.
  await replaceDeployment(db, id, stored.deployment, version, { fullRewrite: true });
  return ms;
}

export async function main(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  const saves: Record<string, string | number>[] = [];
  for (const database of testDatabases) {
    const { url, drop } = await database.create();
    await migrateDeploy(url);
    const db = createPrismaClient(url);
    try {
      for (const servers of [500, 5000]) {
        const text = JSON.stringify(generateDeployment({ servers, pools: servers >= 5000 ? 100 : 20, seed: 7 }));
        let id = "";
        const importMs = await time(5, async () => {
          const r = await importDeploymentText(db, text, "bench.json");
          if (!r.ok) throw new Error(r.errors[0].message);
          id = r.id;
        });
        const exportMs = await time(5, () => exportDeployment(db, id));
        const listMs = await time(20, () => listServers(db, id, { q: "fe", role: "front-end", page: 3 }));

        const original = (await loadDeployment(db, id))!.deployment;
        const saveRow: Record<string, string | number> = {};
        for (const { name, runs, edit } of EDITS) {
          // Both ways on the same deployment, one right after the other.
          const rewriteMs = await timeSaves(db, id, runs, edit(original), true);
          const diffMs = await timeSaves(db, id, runs, edit(original), false);
          saves.push({
            database: database.name,
            servers,
            edit: name,
            "save ms": +diffMs.toFixed(1),
            "full rewrite ms": +rewriteMs.toFixed(1),
          });
          if (name === "edit one server") saveRow["edit one server (save) ms"] = +diffMs.toFixed(1);
        }

        rows.push({
          database: database.name,
          servers,
          "file MB": +(Buffer.byteLength(text) / 1048576).toFixed(2),
          "import ms": +importMs.toFixed(1),
          "export ms": +exportMs.toFixed(1),
          "list page ms": +listMs.toFixed(2),
          ...saveRow,
        });
      }
    } finally {
      await db.$disconnect();
      await drop();
    }
  }
  console.table(rows);
  console.log("Saves: replaceDeployment (only the changed rows) against a full rewrite of every child row");
  console.table(saves);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
export {};
