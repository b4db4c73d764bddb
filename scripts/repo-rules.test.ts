// Rules about the repository itself that a fresh machine depends on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const SKIP = new Set(["node_modules", ".git", "data", "test-results", "playwright-report", "generated", "backups"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith(".next")) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) ? [full] : [];
  });
}

describe("the repository", () => {
  it("never imports ../shared statically: the app builds and runs without it (tests read it at run time)", () => {
    const offenders = sourceFiles(root).filter((f) => /(from|import\()\s*["'](\.\.\/)+shared\//.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
