// `npm run plan` as an administrator runs it, through npm: npm prints its own lines again (no
// loglevel=silent in .npmrc, so an install shows its progress), and the two documented ways to get
// a clean plan file still give exactly the plan.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPlanCli } from "./plan-command";

const root = path.resolve(__dirname, "..");
const demo = "lib/demo/fabrikam-demo.json";
const expected = runPlanCli([path.join(root, demo)], { readFile: (p) => readFileSync(p, "utf8"), fileSize: () => 0 }).stdout;
const out = mkdtempSync(path.join(tmpdir(), "plan-cli-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// npm as the user would call it: no loglevel inherited from an npm run that started the tests.
const env: NodeJS.ProcessEnv = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_(loglevel|silent)$/i.test(key)) delete env[key];
const npm = (args: string[]) => spawnSync("npm", args, { cwd: root, env, encoding: "utf8", shell: process.platform === "win32" });

describe("npm run plan through npm", () => {
  it("has npm print its own lines by default (no loglevel=silent in .npmrc)", () => {
    expect(existsSync(path.join(root, ".npmrc")) ? readFileSync(path.join(root, ".npmrc"), "utf8") : "").not.toMatch(
      /loglevel\s*=\s*silent/,
    );
    const r = npm(["run", "plan", "--", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("> tsx cli/plan.ts --help");
  });

  it("puts exactly the plan on stdout with npm run --silent", () => {
    const r = npm(["run", "--silent", "plan", "--", demo]);
    expect(r.status).toBe(0);
    expect(expected.length).toBeGreaterThan(1000);
    expect(r.stdout).toBe(expected);
  });

  it("writes exactly the plan to the --out file, whatever npm prints", () => {
    const file = path.join(out, "plan.json");
    const r = npm(["run", "plan", "--", demo, "--out", file]);
    expect(r.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(expected);
    expect(r.stderr).toContain(`The plan is in ${file}.`);
  });
});
