// npm run build: `next build` (no telemetry), then the manifest of the sources it was built from in
// the build folder, so `npm start` can tell whether the build is current (scripts/build-freshness.mjs).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MANIFEST_FILE, currentManifest, distDirOf, manifestAfterBuild } from "./build-freshness.mjs";
import { NEXT_BIN, ROOT, nextEnv, runNode } from "./run-node.mjs";

/** Builds the app; resolves with next build's exit code. */
export async function buildApp(env) {
  const before = currentManifest(ROOT);
  const code = await runNode([NEXT_BIN, "build"], nextEnv(env));
  if (code === 0) {
    const dir = path.resolve(ROOT, distDirOf(env));
    mkdirSync(dir, { recursive: true });
    const manifest = manifestAfterBuild(before, currentManifest(ROOT));
    writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + "\n");
  }
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --skip-typecheck: the caller has just run tsc over the same sources (npm test), so next build
  // does not check the types a second time (see next.config.ts).
  const env = process.argv.includes("--skip-typecheck") ? { ...process.env, PLANNER_BUILD_SKIP_TYPECHECK: "1" } : process.env;
  process.exitCode = await buildApp(env);
}
