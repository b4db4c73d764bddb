// node scripts/parallel.mjs <npm script> <npm script> ...: runs npm scripts at the same time and
// prints each one's output whole once it ends (so the lines do not interleave). Exits 1 when any
// fails. npm test runs the type check and the lint this way: each uses one core.
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { ROOT } from "./run-node.mjs";

/** Runs the scripts; resolves with one { name, code, output } per script, in the order given. */
export function runScripts(names, env = process.env) {
  return Promise.all(
    names.map(
      (name) =>
        new Promise((resolve) => {
          const started = Date.now();
          const chunks = [];
          // npm is npm.cmd on Windows, which only a shell starts.
          const child = spawn("npm", ["run", "--silent", name], { cwd: ROOT, env, shell: process.platform === "win32" });
          child.stdout.on("data", (c) => chunks.push(c));
          child.stderr.on("data", (c) => chunks.push(c));
          child.on("error", (e) => resolve({ name, code: 1, output: String(e), seconds: 0 }));
          child.on("exit", (code) => {
            const result = { name, code: code ?? 1, output: Buffer.concat(chunks).toString(), seconds: (Date.now() - started) / 1000 };
            process.stdout.write(
              `\n== npm run ${name}: ${result.code === 0 ? "passed" : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(0)} s\n${result.output}`,
            );
            resolve(result);
          });
        }),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = process.argv.slice(2);
  if (names.length === 0) {
    console.error("usage: node scripts/parallel.mjs <npm script> [<npm script> ...]");
    process.exitCode = 2;
  } else {
    const results = await runScripts(names);
    process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
  }
}
