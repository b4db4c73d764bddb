// The npm scripts run in cmd.exe on the administrators' Windows servers and in a POSIX shell
// elsewhere (npm uses cmd.exe on Windows unless told otherwise). Only what both read alike is
// allowed: commands with plain arguments, "double quotes", &&, ||, | and > redirection. Logic that
// needs variables or defaults lives in scripts/*.mjs and reads process.env.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const POSIX_ONLY_COMMANDS = new Set([
  "rm",
  "cp",
  "mv",
  "mkdir",
  "touch",
  "cat",
  "ls",
  "grep",
  "sed",
  "awk",
  "test",
  "[",
  "export",
  "source",
  ".",
  "which",
  "true",
  "false",
  "env",
  "chmod",
  "if",
  "for",
  "while",
  "sh",
  "bash",
]);

/** What in one npm script's text cmd.exe would read differently from a POSIX shell (empty: portable). */
function posixOnlySyntax(script: string): string[] {
  const problems: string[] = [];
  // Quoted text with its quotes removed, so that "a && b" inside quotes is not a separator.
  const unquoted = script.replace(/"[^"]*"/g, '""');
  if (/\$\{/.test(script)) problems.push("${…} parameter expansion");
  if (/\$\(/.test(script) || /`/.test(script)) problems.push("command substitution");
  if (/\$[A-Za-z_]/.test(script)) problems.push("$VAR (cmd.exe writes %VAR%)");
  if (/'/.test(unquoted)) problems.push("single quotes (cmd.exe passes them on literally)");
  if (/;/.test(unquoted)) problems.push("; as a separator");
  if (/(^|[^&>])&(?!&)/.test(unquoted)) problems.push("& (background in a POSIX shell, a separator in cmd.exe)");
  if (/\*|\?|~/.test(unquoted)) problems.push("unquoted glob or ~ (a POSIX shell expands it, cmd.exe does not)");
  if (/\/dev\/null/.test(script)) problems.push("/dev/null");
  if (/\\\s*$/m.test(script)) problems.push("\\ line continuation");
  for (const command of unquoted.split(/&&|\|\||\|/)) {
    const words = command.trim().split(/\s+/);
    if (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) problems.push(`environment assignment before a command (${words[0]})`);
    if (words[0] && POSIX_ONLY_COMMANDS.has(words[0])) problems.push(`${words[0]} is no cmd.exe command`);
    if (words[0] && /^\.{1,2}\//.test(words[0])) problems.push(`${words[0]}: cmd.exe does not run ./ paths`);
  }
  return problems;
}

describe("posixOnlySyntax", () => {
  it("finds the shell syntax cmd.exe does not understand", () => {
    expect(posixOnlySyntax("NEXT_TELEMETRY_DISABLED=1 next build")).toEqual([
      "environment assignment before a command (NEXT_TELEMETRY_DISABLED=1)",
    ]);
    expect(posixOnlySyntax("next start -p ${PORT:-3000}")).toEqual(["${…} parameter expansion"]);
    expect(posixOnlySyntax("npm run db:migrate && DEBUG=1 tsx x.ts")).toEqual(["environment assignment before a command (DEBUG=1)"]);
    expect(posixOnlySyntax("next start -p $PORT")).toEqual(["$VAR (cmd.exe writes %VAR%)"]);
    expect(posixOnlySyntax("echo $(date)")).toEqual(["command substitution"]);
    expect(posixOnlySyntax("eslint 'lib/**'")).toEqual([
      "single quotes (cmd.exe passes them on literally)",
      "unquoted glob or ~ (a POSIX shell expands it, cmd.exe does not)",
    ]);
    expect(posixOnlySyntax("rm -rf .next && next build")).toEqual(["rm is no cmd.exe command"]);
    expect(posixOnlySyntax("next build; next start")).toEqual(["; as a separator"]);
    expect(posixOnlySyntax("next start & tsx bench.ts")).toEqual(["& (background in a POSIX shell, a separator in cmd.exe)"]);
    expect(posixOnlySyntax("tsx x.ts 2>/dev/null")).toEqual(["/dev/null"]);
    expect(posixOnlySyntax("./node_modules/.bin/next build")).toEqual(["./node_modules/.bin/next: cmd.exe does not run ./ paths"]);
    expect(posixOnlySyntax("export A=1 && next build")).toEqual(["export is no cmd.exe command"]);
  });

  it("accepts what both shells read alike", () => {
    for (const script of [
      "node scripts/start.mjs",
      "tsx scripts/migrate.ts deploy",
      "node scripts/check-chromium.mjs && npm run build && playwright test",
      "next typegen && tsc --noEmit",
      "eslint .",
      'eslint "lib/**/*.ts" 2>&1',
      "vitest run || node scripts/report.mjs",
    ]) {
      expect([script, posixOnlySyntax(script)]).toEqual([script, []]);
    }
  });
});

describe("package.json", () => {
  it("has npm scripts that run in cmd.exe as well as in a POSIX shell", () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../package.json"), "utf8")) as { scripts: Record<string, string> };
    const problems = Object.entries(pkg.scripts).flatMap(([name, script]) => posixOnlySyntax(script).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });
});
