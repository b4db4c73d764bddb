// Plan workers for tests: from the TypeScript source through tsx (in the app, `next build` bundles
// plan-worker.ts instead; see spawnPlanWorker).
import { Worker } from "node:worker_threads";

const workerUrl = new URL("../plan-worker.ts", import.meta.url).href;

export const spawnTsWorker = () =>
  new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`, { eval: true });
