// Mutation testing of the planning engine: `npm run test:mutation` (not part of CI or `npm test`).
// Narrow a run with `npm run test:mutation -- --mutate "lib/engine/rules/**/*.ts"`.
// Incremental: the results of the last run live in reports/stryker-incremental.json (git-ignored:
// it is a local cache that changes with every run and would conflict between branches; a fresh
// checkout simply runs everything once). Only mutants whose code or covering tests changed rerun.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  mutate: ["lib/engine/**/*.ts", "!lib/engine/**/*.test.ts", "!lib/engine/testing/**"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 60_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 15,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The sandbox needs the engine, its tests and the configs; not the build output or the app.
  ignorePatterns: [".next", ".next-*", "data", "test-results", "playwright-report", "backups", "e2e", "bench", "app", "components", "docs"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 75, break: null },
};
export default config;
