// Runs a Node script as a child process with the same Node, so npm scripts need no shell syntax and
// behave the same in cmd.exe and a POSIX shell.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** The environment every Next command runs with: no telemetry is sent from the planner's servers. */
export const nextEnv = (env) => ({ ...env, NEXT_TELEMETRY_DISABLED: "1" });

/**
 * Starts `node <args>` in ROOT with the given environment, output to this console.
 * Resolves with its exit code (a signal counts as a failure, 1).
 */
export function runNode(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
