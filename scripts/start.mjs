// npm start: apply pending migrations, load the demo into an empty database, build only when there is
// no build or the sources changed since it was made (scripts/build-freshness.mjs), then serve the
// production build on PORT (default 3000). Plain Node, so it runs the same from cmd.exe, a POSIX
// shell, systemd or a Windows service wrapper.
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { buildDecision, currentManifest, distDirOf, readBuild } from "./build-freshness.mjs";
import { buildApp } from "./build.mjs";
import { NEXT_BIN, ROOT, TSX_CLI, nextEnv, runNode } from "./run-node.mjs";

/** The port to listen on: PORT if it is one, 3000 if unset; an error message otherwise. */
export function portFrom(value) {
  if (value === undefined || value.trim() === "") return { ok: true, port: 3000 };
  const port = Number(value);
  if (/^\d+$/.test(value.trim()) && port >= 1 && port <= 65535) return { ok: true, port };
  return { ok: false, message: `PORT must be a port number from 1 to 65535, not "${value}".` };
}

async function start(env) {
  const port = portFrom(env.PORT);
  if (!port.ok) {
    console.error(port.message);
    return 2;
  }
  const prepared = await runNode([TSX_CLI, "scripts/prepare-database.ts"], env);
  if (prepared !== 0) return prepared;

  const distDir = distDirOf(env);
  const decision = buildDecision({ ...readBuild(ROOT, distDir), current: currentManifest(ROOT) });
  if (decision.build) {
    console.log(`Building the app into ${distDir}: ${decision.reason}.`);
    const code = await buildApp(env);
    if (code !== 0) return code;
  } else {
    console.log(`The build in ${distDir} matches the sources; starting it.`);
  }

  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port.port)], { cwd: ROOT, env: nextEnv(env), stdio: "inherit" });
  // Stop requests (Ctrl+C, systemd, a service wrapper) go to the server, which shuts down cleanly.
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) {
    process.on(signal, () => {
      stopping = true;
      server.kill(signal === "SIGINT" ? "SIGINT" : "SIGTERM");
    });
  }
  // A stop that was asked for is a clean end (next exits 130/143 on SIGINT/SIGTERM; systemd and
  // service wrappers would report those as failures).
  return new Promise((resolve) => server.on("exit", (code) => resolve(stopping ? 0 : (code ?? 1))));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await start(process.env));
}
