// Whether `npm start` must build first. A successful `npm run build` stores a manifest of the
// sources it built from (one SHA-256 per file) in the build folder; the next start compares it with
// the sources on disk and builds only when a file was added, removed or changed. Contents, not
// modification times: a `git pull`, a copy or an unpacked archive can give any file any time.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Everything `next build` reads from the checkout (folders are walked). */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];

/** The manifest's name inside the build folder (next build empties that folder first). */
export const MANIFEST_FILE = "source-manifest.json";

/** Unit tests sit beside the code but never reach the build. */
export const isBuildInput = (relPath) => !/\.test\.tsx?$/.test(relPath);

/** The build folder: NEXT_DIST_DIR as next.config.ts reads it, else .next. */
export const distDirOf = (env) => env.NEXT_DIST_DIR || ".next";

/**
 * The manifest of the given files: path (with forward slashes) → SHA-256 of the content.
 * @param {{ path: string, content: Buffer | string }[]} files
 * @returns {Record<string, string>}
 */
export function manifestOf(files) {
  const entries = files.map((f) => [f.path.split(path.sep).join("/"), createHash("sha256").update(f.content).digest("hex")]);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The decision, from what is on disk: no build, an unreadable manifest, or a manifest that differs
 * from the sources means build (with the reason to print); otherwise start what is there.
 * @param {{ hasBuild: boolean, stored: unknown, current: Record<string, string> }} input
 * @returns {{ build: false } | { build: true, reason: string }}
 */
export function buildDecision({ hasBuild, stored, current }) {
  if (!hasBuild) return { build: true, reason: "there is no build yet" };
  if (!isManifest(stored)) return { build: true, reason: "the build does not record which sources it was made from" };
  const added = Object.keys(current).filter((p) => !(p in stored));
  const removed = Object.keys(stored).filter((p) => !(p in current));
  const changed = Object.keys(current).filter((p) => p in stored && stored[p] !== current[p]);
  const differences = [...changed.map((p) => `${p} changed`), ...added.map((p) => `${p} added`), ...removed.map((p) => `${p} removed`)];
  if (differences.length === 0) return { build: false };
  const shown = differences.slice(0, 3).join(", ");
  const more = differences.length > 3 ? ` and ${differences.length - 3} more` : "";
  return { build: true, reason: `the sources changed since the last build (${shown}${more})` };
}

function isManifest(value) {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((hash) => typeof hash === "string")
  );
}

/** Inputs `next build` itself may rewrite: tsconfig.json gains the types folder of a new NEXT_DIST_DIR. */
export const REWRITTEN_BY_BUILD = ["tsconfig.json"];

/**
 * The manifest to store after a build, from the sources before and after it: the state before,
 * except for the files next build rewrites itself, as it left them. A file someone changed while
 * the build ran keeps its old hash, so the next start builds again.
 * @param {Record<string, string>} before
 * @param {Record<string, string>} after
 * @returns {Record<string, string>}
 */
export function manifestAfterBuild(before, after) {
  const kept = { ...before };
  for (const file of REWRITTEN_BY_BUILD) {
    if (file in after) kept[file] = after[file];
    else delete kept[file];
  }
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every build input under root, as paths relative to root. */
export function listBuildInputs(root) {
  const walk = (rel) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return [];
    if (!statSync(full).isDirectory()) return isBuildInput(rel) ? [rel] : [];
    return readdirSync(full).flatMap((name) => walk(path.join(rel, name)));
  };
  return BUILD_INPUTS.flatMap(walk);
}

/** The manifest of the sources under root now. */
export function currentManifest(root) {
  return manifestOf(listBuildInputs(root).map((p) => ({ path: p, content: readFileSync(path.join(root, p)) })));
}

/** What is in the build folder: whether a finished build is there, and its manifest (null if none or unreadable). */
export function readBuild(root, distDir) {
  const dir = path.resolve(root, distDir);
  const hasBuild = existsSync(path.join(dir, "BUILD_ID"));
  let stored = null;
  try {
    stored = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8"));
  } catch {
    stored = null;
  }
  return { hasBuild, stored };
}
