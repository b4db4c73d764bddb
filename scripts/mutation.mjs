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

// Arguments: an optional comma-separated list of globs to mutate, and --ignore-static to skip the
// mutants of module-level data (each of them reruns every selected test; see stryker.config.mjs),
// --force to ignore the incremental file (Stryker keeps a static mutant's old result when only new
// test files were added, so rerun with --force after adding tests for surviving table mutants).
const args = process.argv.slice(2);
const globs = args.find((a) => !a.startsWith("--"));
const options = { ...(globs ? { mutate: globs.split(",") } : {}), ...(args.includes("--ignore-static") ? { ignoreStatic: true } : {}), ...(args.includes("--force") ? { force: true } : {}) };
const results = await new Stryker(options).runMutationTest();
const counts = {};
for (const m of results) counts[m.status] = (counts[m.status] ?? 0) + 1;
console.log(counts);
