// Planning-engine benchmark: plans generated deployments of 1,000 and 10,000 servers (200 pools each)
// and reports the median of several timed runs after warm-up, plus the 10x-servers cost ratio.
// Run: npx tsx bench/engine.bench.ts   (a top-level runner can import runEngineBench instead)
// Targets: 10,000 servers under 250 ms; ten times the servers costs at most 15 times the time.
import { pathToFileURL } from "node:url";
import { planDeployment } from "../lib/engine/plan";
import { generateDeployment } from "../lib/engine/testing/generate";
import { candidatesFor } from "../lib/engine/assessment/candidates";
import { planJson } from "../lib/formats/plan-json";

export interface BenchResult {
  name: string;
  ms: number;
}

const POOLS = 200;
const SIZES = [1_000, 10_000];
const WARMUP = 3;
const RUNS = 9;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timePlan(servers: number): { ms: number; steps: number; scenarios: number } {
  const d = generateDeployment({ servers, pools: POOLS, seed: 42 });
  const plan = planDeployment(d);
  const steps = plan.scenarios.reduce((n, s) => n + s.steps.length + (s.alternatives ?? []).reduce((m, a) => m + a.steps.length, 0), 0);
  const scenarios = plan.scenarios.length;
  for (let i = 1; i < WARMUP; i++) planDeployment(d);
  // Each timed plan is dropped at once, so one run does not pay for collecting the previous one's result.
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    planDeployment(d);
    times.push(performance.now() - start);
  }
  return { ms: median(times), steps, scenarios };
}

/** Median milliseconds to plan each generated deployment, then the 10x-servers time ratio (named "ratio", in the ms field). */
export async function runEngineBench(): Promise<BenchResult[]> {
  const results = SIZES.map((servers) => ({ servers, ...timePlan(servers) }));
  const out: BenchResult[] = results.map((r) => ({
    name: `engine: plan ${r.servers} servers, ${POOLS} pools (median ms)`,
    ms: round(r.ms),
  }));
  out.push({ name: "engine: time ratio 10,000 / 1,000 servers", ms: round(results[1].ms / results[0].ms) });
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Recommendations for the web benchmark's 500-server deployment (20 pools, seed 11): the whole plan with
 * every candidate re-planned, median of a few runs after one warm-up (target: under 2 s).
 */
export function timeRecommendations(runs = 3): { ms: number; candidates: number; recommendations: number } {
  const d = generateDeployment({ servers: 500, pools: 20, seed: 11 });
  const base = planDeployment(d);
  const candidates = candidatesFor(d, base.scenarios, base.rpo).length;
  let recommendations = planDeployment(d, { recommendations: true }).assessment.recommendations!.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    recommendations = planDeployment(d, { recommendations: true }).assessment.recommendations!.length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), candidates, recommendations };
}

/**
 * Bytes of the plan file (planJson: compact form, no indentation, as POST /api/plan answers) for the web
 * benchmark's 500-server deployment (20 pools, seed 11), without and with recommendations, and of the
 * full form for comparison (target: at most 2 MB).
 */
export function planFileBytes(): { compact: number; withRecommendations: number; full: number } {
  const d = generateDeployment({ servers: 500, pools: 20, seed: 11 });
  const plan = planDeployment(d);
  const withRecommendations = planDeployment(d, { recommendations: true });
  return {
    compact: Buffer.byteLength(planJson(plan)),
    withRecommendations: Buffer.byteLength(planJson(withRecommendations)),
    full: Buffer.byteLength(JSON.stringify(plan)),
  };
}

export async function main(): Promise<void> {
  const results = SIZES.map((servers) => ({ servers, ...timePlan(servers) }));
  console.log(`planDeployment, median of ${RUNS} runs after ${WARMUP} warm-up runs (${POOLS} pools)`);
  console.log("servers  scenarios    steps   median ms");
  for (const r of results)
    console.log(
      `${String(r.servers).padStart(7)}  ${String(r.scenarios).padStart(9)}  ${String(r.steps).padStart(7)}  ${r.ms.toFixed(1).padStart(10)}`,
    );
  const ratio = results[1].ms / results[0].ms;
  console.log(
    `ratio 10,000 / 1,000 servers: ${ratio.toFixed(2)}x (target <= 15x); 10,000 servers ${results[1].ms < 250 ? "within" : "OVER"} the 250 ms target`,
  );
  const size = planFileBytes();
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `plan file, 500 servers (20 pools): ${mb(size.compact)} compact (${size.compact} bytes; ${mb(size.withRecommendations)} with recommendations), full form ${mb(size.full)} (target <= 2 MB: ${size.compact <= 2e6 ? "within" : "OVER"})`,
  );
  const rec = timeRecommendations();
  console.log(
    `plan with recommendations, 500 servers (20 pools): ${rec.ms.toFixed(0)} ms median, ${rec.candidates} candidates tried, ${rec.recommendations} kept (target < 2000 ms: ${rec.ms < 2000 ? "within" : "OVER"})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
