// Test support for lib/jobpack/wine.test.ts: runs generated job packs under Wine's cmd.exe with stand-in
// tools. Each stand-in is standin.c compiled once (x86_64-w64-mingw32-gcc) and copied as <tool>.exe beside
// <tool>.cmd, which does the tool's part; a real .exe keeps exit codes (8, 16, negative) that Wine's
// `call x.cmd` would fold to 1.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const STANDIN_TOOLS = ["lcscmd", "sqlcmd", "robocopy", "schtasks", "appcmd", "certutil"] as const;
export type StandinTool = (typeof STANDIN_TOOLS)[number];

const here = __dirname;

export function commandExists(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** Debian's wine64 package may come without the `wine` alternative. */
export const WINE = commandExists("wine") ? "wine" : commandExists("wine64") ? "wine64" : null;

/** A Linux path as Wine's cmd.exe sees it (drive Z: is /). */
export const winPath = (p: string) => `Z:${p.replace(/\//g, "\\")}`;

export const toCrlf = (text: string) => text.replace(/\r?\n/g, "\r\n");

/** The compiled stand-in, built once per test process (removeStandinBuild deletes it). */
const STANDIN_EXE = path.join(os.tmpdir(), `ocs-standin-${process.pid}.exe`);
export const removeStandinBuild = () => rmSync(STANDIN_EXE, { force: true });

/** Compiles the stand-in once into `dir` and places <tool>.exe + <tool>.cmd for each tool. */
export function installStandins(dir: string, tools: readonly StandinTool[] = STANDIN_TOOLS): void {
  mkdirSync(dir, { recursive: true });
  const exe = STANDIN_EXE;
  if (!existsSync(exe)) execFileSync("x86_64-w64-mingw32-gcc", ["-O2", "-s", "-o", exe, path.join(here, "standin.c")]);
  for (const tool of tools) {
    copyFileSync(exe, path.join(dir, `${tool}.exe`));
    writeFileSync(path.join(dir, `${tool}.cmd`), toCrlf(readFileSync(path.join(here, `${tool}.cmd`), "utf8")));
  }
}

export interface Step {
  label: string;
  /** The job file to run (a Linux path). */
  file: string;
  /** Variables set for this step only. */
  env?: Record<string, string>;
  /** Arguments after the file. */
  args?: string;
  /** The folder to run it from (Linux path); the runner's folder otherwise. */
  cwd?: string;
}

/**
 * Runs the steps in one Wine start (Wine's start-up is the slow part), each as `call "<file>"` from a runner
 * batch file, and returns each step's exit code. Jobs end with exit /b 0 or 1, which `call` keeps under Wine.
 */
export function runSteps(work: string, bin: string, steps: readonly Step[], timeoutMs = 240_000): Map<string, number> {
  const lines = ["@echo off", `set "PATH=${winPath(bin)};%PATH%"`, `set "STANDIN_LOG=${winPath(path.join(work, "standin.log"))}"`];
  for (const s of steps) {
    const env = Object.entries(s.env ?? {});
    lines.push("setlocal", ...env.map(([k, v]) => `set "${k}=${v}"`));
    if (s.cwd) lines.push(`cd /d "${winPath(s.cwd)}"`);
    lines.push(`call "${winPath(s.file)}"${s.args ? ` ${s.args}` : ""} <nul`, `echo RESULT ${s.label}=%ERRORLEVEL%`, "endlocal");
  }
  const runner = path.join(work, `runner-${Date.now()}.cmd`);
  writeFileSync(runner, toCrlf(lines.join("\n") + "\n"));
  const r = spawnSync(WINE ?? "wine", ["cmd", "/c", winPath(runner)], {
    cwd: work,
    env: { ...process.env, WINEDEBUG: "-all" },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: timeoutMs,
    encoding: "utf8",
  });
  writeFileSync(`${runner}.out`, `${r.stdout}\n--- stderr ---\n${r.stderr}`);
  const out = new Map<string, number>();
  for (const m of (r.stdout ?? "").matchAll(/RESULT (.+?)=(-?\d+)\r?$/gm)) out.set(m[1], Number(m[2]));
  return out;
}
