import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "cli/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    // One fast-check configuration (fixed seed in CI, FC_SEED to replay): lib/engine/testing/fast-check-config.ts.
    setupFiles: ["lib/engine/testing/fast-check-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
