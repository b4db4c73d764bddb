// Evidence benchmark (issue 15: 100,000 rows import in under 5 s): an evidence file of 100,000 runs for a
// generated deployment of 500 servers (every planned item, nightly, over the years, one run in 20
// failed, plus rows naming a server the deployment lacks), timed as parse, analyse (against the plan),
// and the whole import through uploadEvidence (parse + plan + analyse + gzip + store + audit in one
// transaction), on a fresh SQLite file and on PostgreSQL when TEST_POSTGRES_URL is set. Also the
// history (90 days) over the five stored uploads: their digests read from the store and every upload
// judged at its time (verdict, score, data loss per item), first with nothing cached in process, then
// again (points kept per upload). Median of several runs.
import { createPrismaClient } from "../lib/db/client";
import { migrateDeploy } from "../lib/db/migrate";
import { importDeploymentText } from "../lib/db/import-export";
import { loadEvidenceDigests } from "../lib/db/evidence-store";
import type { StoredDeployment } from "../lib/db/deployment-store";
import { testDatabases } from "../lib/db/test-databases";
import { uploadEvidence } from "../lib/commands/evidence";
import { analyseEvidence, evidenceItemsFor } from "../lib/engine/evidence";
import { digestEvidence } from "../lib/engine/evidence-digest";
import { historyOf } from "../lib/planning/load-evidence";
import { planDeployment } from "../lib/engine/plan";
import { generateDeployment } from "../lib/engine/testing/generate";
import { EVIDENCE_HEADER, parseEvidenceCsv } from "../lib/formats/evidence";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(runs: number, fn: () => unknown): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const ROWS = 100_000;
const AS_OF = Date.parse("2026-11-29T08:00:00Z");

export function evidenceFileFor(rows: number, deployment = generateDeployment({ servers: 500, pools: 20, seed: 7 })) {
  const items = evidenceItemsFor(deployment, planDeployment(deployment));
  const lines = [EVIDENCE_HEADER];
  for (let i = 0; i < rows; i++) {
    const item = items[i % items.length];
    const night = Math.floor(i / items.length);
    const finished = new Date(AS_OF - (night + 1) * 86_400_000 + (i % 3600) * 1000).toISOString().replace(".000Z", "Z");
    if (i % 997 === 0) lines.push(`database,sql99.example.com,RTC,${finished},,ok`);
    else
      lines.push(
        `${item.kind},${item.server ?? ""},${item.item},${finished},${i % 7 === 0 ? "" : 1_000_000 + i},${i % 20 === 0 ? "failed" : "ok"}`,
      );
  }
  return { deployment, text: lines.join("\r\n") + "\r\n", items: items.length };
}

export async function main(): Promise<void> {
  const { deployment, text, items } = evidenceFileFor(ROWS);
  const plan = planDeployment(deployment);
  const parsed = parseEvidenceCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const parseMs = await time(5, () => parseEvidenceCsv(text));
  const analyseMs = await time(5, () => analyseEvidence(deployment, plan, { runs: parsed.runs, asOfMs: AS_OF }));
  const digestMs = await time(5, () => digestEvidence(parsed.runs, AS_OF));
  const digestBytes = Buffer.byteLength(JSON.stringify(digestEvidence(parsed.runs, AS_OF)));
  console.log(`${ROWS} rows (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB) for ${items} planned items of a 500-server deployment`);
  console.table([
    {
      "parse ms": +parseMs.toFixed(0),
      "analyse ms": +analyseMs.toFixed(0),
      "digest ms": +digestMs.toFixed(0),
      "digest KB": +(digestBytes / 1024).toFixed(0),
    },
  ]);

  const rows: Record<string, string | number>[] = [];
  for (const database of testDatabases) {
    const { url, drop } = await database.create();
    await migrateDeploy(url);
    const db = createPrismaClient(url);
    try {
      const imported = await importDeploymentText(db, JSON.stringify(deployment), "bench.json");
      if (!imported.ok) throw new Error(imported.errors[0].message);
      let n = 0;
      const importMs = await time(5, async () => {
        const r = await uploadEvidence(db, { deploymentId: imported.id, text, now: new Date(AS_OF + n++ * 1000) }, "bench");
        if (!r.ok) throw new Error(JSON.stringify(r));
      });
      const fullPlan = planDeployment(deployment);
      const stored: StoredDeployment = { id: imported.id, version: 1, updatedAt: new Date(AS_OF), deployment };
      const planned = { stored, plan: fullPlan, assumptionOverrides: {}, acceptedGapIds: [] };
      const history = async () => {
        const h = historyOf(planned, await loadEvidenceDigests(db, imported.id, AS_OF - 90 * 86_400_000), AS_OF + 10_000);
        if (h.points.length !== 6) throw new Error(`expected 5 uploads and now, got ${h.points.length} points`);
      };
      const coldMs = await time(1, history);
      const warmMs = await time(3, history);
      rows.push({
        database: database.name,
        "import (parse + plan + analyse + store) ms": +importMs.toFixed(0),
        "history of 5 stored uploads, first view ms": +coldMs.toFixed(0),
        "again (digests and points cached) ms": +warmMs.toFixed(0),
        "target ms": 5000,
      });
    } finally {
      await db.$disconnect();
      await drop();
    }
  }
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
