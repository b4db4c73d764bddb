// The unit tests Stryker runs against each mutant of lib/engine (stryker.config.mjs): the engine's
// own tests, without the generated-deployment property tests, which plan hundreds of deployments per
// run and would make a mutation run take hours (they still run in `npm run test:unit`).
// MUTATION_TESTS (comma-separated globs) narrows the tests further: most mutants of the rule tables
// are "static" (module-level data), so Stryker reruns every selected test for each of them, e.g.
// MUTATION_TESTS="lib/engine/rules/*.test.ts,lib/engine/examples.test.ts" for lib/engine/rules.
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: process.env.MUTATION_TESTS?.split(",") ?? ["lib/engine/**/*.test.ts"],
    exclude: ["lib/engine/properties.test.ts", "lib/engine/varied-deployments.test.ts", "lib/engine/testing/**", "**/node_modules/**"],
    environment: "node",
    testTimeout: 60_000,
  },
});
