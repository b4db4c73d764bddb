// `node scripts/mutation-recheck.mjs <stryker report or incremental file> "<test files>"`: re-judges the
// survivors (and uncovered mutants) of a Stryker run against the tests given, without Stryker's
// per-test coverage: each mutant is written into the source, the test files run in a fresh process
// (stopping at the first failure), and the source is restored. Use it after adding tests for
// survivors (cheaper than a forced rerun), and for files whose code memoises results in module-level
// maps, where per-test coverage links a mutant only to the first test that filled the cache. The
// working tree must be clean of other edits to the file while it runs.
//
// When a file changed since the report, each mutant is moved to its line's new place: the line must
// still exist, unchanged, exactly once. A mutant whose line was removed or edited is reported GONE
// (its code no longer exists, so it leaves the file's count) or AMBIGUOUS (the line now appears more
// than once; not judged).
import { readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const [report, tests] = process.argv.slice(2);
if (!report || !tests) {
  console.error('usage: node scripts/mutation-recheck.mjs reports/mutation/<name>.json "path/a.test.ts path/b.test.ts"');
  process.exit(2);
}
// A mutant counts as killed when the tests fail, so they must pass on the code as it is first.
const baseline = spawnSync("npx", ["vitest", "run", ...tests.split(" ")], { encoding: "utf8" });
if (baseline.status !== 0) {
  console.error(`the tests fail without any mutant (exit ${baseline.status}): fix them first\n${(baseline.stdout ?? "").slice(-2000)}`);
  process.exit(1);
}
const r = JSON.parse(readFileSync(report, "utf8"));
for (const [file, f] of Object.entries(r.files)) {
  const original = readFileSync(file, "utf8");
  const lines = original.split("\n");
  const oldLines = f.source.split("\n");
  /** The line (1-based) of the current source holding an old line, or a reason it has none. */
  const relocate = (oldLine) => {
    if (original === f.source) return oldLine;
    const text = oldLines[oldLine - 1];
    const found = lines.flatMap((l, i) => (l === text ? [i + 1] : []));
    return found.length === 1 ? found[0] : found.length === 0 ? "GONE" : "AMBIGUOUS";
  };
  const offset = (line, column) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const left = f.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  let killed = 0;
  let gone = 0;
  try {
    for (const m of left) {
      const { start, end } = m.location;
      const where = `${start.line}:${start.column}`;
      const line = relocate(start.line);
      const endLine = typeof line === "number" ? line + (end.line - start.line) : line;
      const lost = typeof line !== "number" ? line : relocate(end.line) !== endLine ? "GONE" : undefined;
      if (lost !== undefined) {
        if (lost === "GONE") gone++;
        console.log(`${lost.padEnd(8)} ${where} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 80)}`);
        continue;
      }
      writeFileSync(file, original.slice(0, offset(line, start.column)) + m.replacement + original.slice(offset(endLine, end.column)));
      const run = spawnSync("npx", ["vitest", "run", "--bail=1", ...tests.split(" ")], { encoding: "utf8" });
      writeFileSync(file, original);
      const dead = run.status !== 0;
      if (dead) killed++;
      console.log(
        `${dead ? "KILLED  " : "SURVIVES"} ${m.status === "NoCoverage" ? "(was no coverage) " : ""}${where}${line !== start.line ? ` (now ${line})` : ""} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 80)}`,
      );
    }
  } finally {
    writeFileSync(file, original);
  }
  // The file's score now: mutants whose code is gone leave the count, killed ones as well as survivors.
  const valid = f.mutants.filter((m) => ["Killed", "Timeout", "Survived", "NoCoverage"].includes(m.status));
  // An ambiguous line still holds its mutant somewhere: it stays in the count, unjudged (not killed).
  const stillThere = (m) => {
    const line = relocate(m.location.start.line);
    if (line === "AMBIGUOUS") return true;
    return typeof line === "number" && relocate(m.location.end.line) === line + (m.location.end.line - m.location.start.line);
  };
  const killedBefore = valid.filter((m) => (m.status === "Killed" || m.status === "Timeout") && stillThere(m)).length;
  const total = valid.filter(stillThere).length;
  console.log(`${file}: ${killed} of ${left.length} former survivors now killed${gone > 0 ? `, ${gone} gone with their code` : ""}`);
  console.log(
    `${file}: score ${(((killedBefore + killed) / Math.max(1, total)) * 100).toFixed(1)}% (${killedBefore + killed} of ${total} mutants still in the code)`,
  );
}
