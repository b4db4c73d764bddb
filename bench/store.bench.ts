// Store benchmark: import (validate + one transaction), export (load + serialise) and a paginated,
// filtered server list, for generated deployments of 500 and 5,000 servers, on a fresh SQLite file
// (and on PostgreSQL too when TEST_POSTGRES_URL is set). Median of several runs.
import { migrateDeploy } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client";
import { exportDeployment, importDeploymentText } from "../lib/db/import-export";
import { listServers } from "../lib/db/server-queries";
import { testDatabases } from "../lib/db/test-databases";
import { generateDeployment } from "../lib/engine/testing/generate";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

export async function main(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
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
        rows.push({
          database: database.name,
          servers,
          "file MB": +(Buffer.byteLength(text) / 1048576).toFixed(2),
          "import ms": +importMs.toFixed(1),
          "export ms": +exportMs.toFixed(1),
          "list page ms": +listMs.toFixed(2),
        });
      }
    } finally {
      await db.$disconnect();
      await drop();
    }
  }
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
