// Job pack benchmark: the backup job pack of the generated 1,000-server deployment (200 pools), from
// its plan, then as a zip. Median of several timed runs after warm-up. Target: the pack under 1 s.
// Run: npx tsx bench/jobpack.bench.ts   (or npm run bench -- jobpack)
import { pathToFileURL } from "node:url";
import { planDeployment } from "../lib/engine/plan";
import { generateDeployment } from "../lib/engine/testing/generate";
import { buildJobPack } from "../lib/jobpack";
import { zipJobPack } from "../lib/jobpack/zip";

const SERVERS = 1_000;
const POOLS = 200;
const WARMUP = 3;
const RUNS = 9;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function main(): Promise<void> {
  const d = generateDeployment({ servers: SERVERS, pools: POOLS, seed: 42 });
  d.backup.destination = "\\\\backup01\\ocs";
  const plan = planDeployment(d);
  const pack = buildJobPack(d, plan);
  if (!pack.ok) throw new Error(`the generated deployment gives no pack: ${JSON.stringify(pack.errors.slice(0, 3))}`);
  const bytes = pack.files.reduce((n, f) => n + f.text.length, 0);
  const packMs = time(() => buildJobPack(d, plan));
  const zipMs = time(() => zipJobPack(pack.files, "bench"));
  const allMs = time(() => {
    const p = buildJobPack(d, planDeployment(d));
    if (p.ok) zipJobPack(p.files, "bench");
  });
  console.log(
    `job pack of ${SERVERS} servers, ${POOLS} pools: ${pack.files.length} files, ${(bytes / 1e6).toFixed(1)} MB of text; median of ${RUNS} runs after ${WARMUP} warm-up`,
  );
  console.log(`  buildJobPack (from the plan)   ${packMs.toFixed(1).padStart(8)} ms   ${packMs < 1000 ? "within" : "OVER"} the 1 s target`);
  console.log(`  zip (fflate, level 3)          ${zipMs.toFixed(1).padStart(8)} ms`);
  console.log(`  plan + pack + zip              ${allMs.toFixed(1).padStart(8)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
