// `npm run test:mutation [-- "glob,glob"]`: Stryker over lib/engine (stryker.config.mjs). Started
// through Stryker's API rather than its command line because the command line refuses Node 20
// (it wants 22; the check runs when the package's entry point is imported, so this imports the
// Stryker class from its own module), while the mutation run itself works on Node 20.
import { Stryker } from "../node_modules/@stryker-mutator/core/dist/src/stryker.js";

import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";

// Tests read the shared examples at ../shared from the repository root; a sandbox sits one folder
// deeper (.stryker-tmp/sandbox-*), so a link .stryker-tmp/shared points them to the same folder.
const root = path.resolve(import.meta.dirname, "..");
const link = path.join(root, ".stryker-tmp", "shared");
mkdirSync(path.dirname(link), { recursive: true });
if (!existsSync(link)) symlinkSync(path.resolve(root, "../shared"), link);

// Property tests run as in CI: CI's seed (lib/engine/testing/mutation-setup.ts) and each test's own
// number of cases. FC_NUM_RUNS=<n> caps every property at n cases (lib/engine/testing/runs.ts) for a
// quick exploratory run; a score for ARCHITECTURE.md is measured without it.

// --tests=runbooks | --tests=glob,glob: the tests each mutant faces (vitest.mutation.config.ts reads
// MUTATION_TESTS). "runbooks" is the focused set for lib/engine/runbooks: the literal runbooks of the
// examples, the runbook tests, and the runbook properties over both generators.
const PRESETS = {
  runbooks: [
    "lib/engine/examples-pinned.test.ts",
    "lib/engine/runbooks/*.test.ts",
    "lib/engine/scenarios.test.ts",
    "lib/engine/runbook-invariants.test.ts",
    "lib/engine/varied-deployments.test.ts",
    "lib/engine/properties.test.ts",
  ].join(","),
};

// Arguments: an optional comma-separated list of globs to mutate, and --ignore-static to skip the
// mutants of module-level data (each of them reruns every selected test; see stryker.config.mjs),
// --force to ignore the incremental file (Stryker keeps a static mutant's old result when only new
// test files were added, so rerun with --force after adding tests for surviving table mutants),
// --concurrency=N to change the number of test runners, --tests=... (above) to narrow the tests,
// --timeout-ms=N for the time a mutant's tests may take beyond the dry run's (stryker.config.mjs:
// 60 s; on a loaded machine a shorter limit turns slow survivors into false "timeouts").
// A run narrowed to some files keeps its incremental results and reports under a name made from the
// globs (reports/stryker-incremental-<name>.json, reports/mutation/<name>.json): Stryker's incremental
// file holds only the files of its last run, so one file per selection lets runs file by file reuse
// their earlier results.
const args = process.argv.slice(2);
const globs = args.find((a) => !a.startsWith("--"));
const name = globs
  ? globs
      .replace(/lib\/engine\//g, "")
      .replace(/\.ts\b/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  : "engine";
const tests = args.find((a) => a.startsWith("--tests="))?.slice("--tests=".length);
if (tests) process.env.MUTATION_TESTS = PRESETS[tests] ?? tests;
const concurrency = args.find((a) => a.startsWith("--concurrency="))?.split("=")[1];
const timeoutMs = args.find((a) => a.startsWith("--timeout-ms="))?.split("=")[1];
const options = {
  ...(globs ? { mutate: globs.split(",") } : {}),
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  ...(concurrency ? { concurrency: Number(concurrency) } : {}),
  ...(timeoutMs ? { timeoutMS: Number(timeoutMs) } : {}),
  ...(args.includes("--ignore-static") ? { ignoreStatic: true } : {}),
  ...(args.includes("--force") ? { force: true } : {}),
};
const results = await new Stryker(options).runMutationTest();
const byFile = {};
for (const m of results) {
  const file = (byFile[m.fileName] ??= { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 });
  if (m.status === "Killed") file.killed++;
  else if (m.status === "Survived") file.survived++;
  else if (m.status === "NoCoverage") file.noCoverage++;
  else if (m.status === "Timeout") file.timeout++;
  else file.other++;
}
// Score as Stryker counts it: killed and timed-out mutants over all valid ones.
for (const [file, c] of Object.entries(byFile)) {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  console.log(
    `${path.relative(root, file)}: ${(((c.killed + c.timeout) / Math.max(1, valid)) * 100).toFixed(1)}% (killed ${c.killed}, timeout ${c.timeout}, survived ${c.survived}, no coverage ${c.noCoverage}, other ${c.other})`,
  );
}
