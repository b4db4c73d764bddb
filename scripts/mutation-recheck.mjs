// `node scripts/mutation-recheck.mjs <stryker report or incremental file> "<test files>"`: re-judges the
// survivors (and uncovered mutants) of a Stryker run against the tests given, without Stryker's
// per-test coverage: each mutant is written into the source, the test files run in a fresh process
// (stopping at the first failure), and the source is restored. Use it after adding tests for
// survivors (cheaper than a forced rerun), and for files whose code memoises results in module-level
// maps, where per-test coverage links a mutant only to the first test that filled the cache. The
// working tree must be clean of other edits to the file while it runs.
import { readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const [report, tests] = process.argv.slice(2);
if (!report || !tests) {
  console.error('usage: node scripts/mutation-recheck.mjs reports/mutation/<name>.json "path/a.test.ts path/b.test.ts"');
  process.exit(2);
}
const r = JSON.parse(readFileSync(report, "utf8"));
for (const [file, f] of Object.entries(r.files)) {
  const original = readFileSync(file, "utf8");
  if (original !== f.source) {
    console.log(`SKIP ${file}: the source changed since the report`);
    continue;
  }
  const lines = original.split("\n");
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  const left = f.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  let killed = 0;
  try {
    for (const m of left) {
      writeFileSync(file, original.slice(0, offset(m.location.start)) + m.replacement + original.slice(offset(m.location.end)));
      const run = spawnSync("npx", ["vitest", "run", "--bail=1", ...tests.split(" ")], { encoding: "utf8" });
      writeFileSync(file, original);
      const dead = run.status !== 0;
      if (dead) killed++;
      const where = `${m.location.start.line}:${m.location.start.column}`;
      console.log(`${dead ? "KILLED  " : "SURVIVES"} ${m.status === "NoCoverage" ? "(was no coverage) " : ""}${where} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 80)}`);
    }
  } finally {
    writeFileSync(file, original);
  }
  console.log(`${file}: ${killed} of ${left.length} former survivors now killed`);
}
