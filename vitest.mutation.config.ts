// The unit tests Stryker runs against each mutant of lib/engine (stryker.config.mjs): the engine's own
// tests, property tests included, with CI's fast-check seed (lib/engine/testing/mutation-setup.ts) so a
// mutant is judged on the cases CI runs, the same way on every run (FC_NUM_RUNS caps the cases of an
// exploratory run; lib/engine/testing/runs.ts).
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
