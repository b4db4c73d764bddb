// The unit tests Stryker runs against each mutant of lib/engine (stryker.config.mjs): the engine's own
// tests, property tests included but capped at FC_NUM_RUNS generated cases each (scripts/mutation.mjs
// sets 10 unless told otherwise; lib/engine/testing/runs.ts) with a fixed seed, so a mutant costs
// seconds rather than minutes and is judged the same way on every run.
// MUTATION_TESTS (comma-separated globs) narrows the tests further: most mutants of the rule tables
// are "static" (module-level data), so Stryker reruns every selected test for each of them, e.g.
// MUTATION_TESTS="lib/engine/rules/*.test.ts,lib/engine/examples.test.ts" for lib/engine/rules.
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: process.env.MUTATION_TESTS?.split(",") ?? ["lib/engine/**/*.test.ts"],
    exclude: ["lib/engine/testing/**", "**/node_modules/**"],
    setupFiles: ["lib/engine/testing/mutation-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
