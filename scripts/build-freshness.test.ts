import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  BUILD_INPUTS,
  MANIFEST_FILE,
  buildDecision,
  currentManifest,
  distDirOf,
  listBuildInputs,
  manifestAfterBuild,
  manifestOf,
  readBuild,
} from "./build-freshness.mjs";

const manifest = { "app/page.tsx": "a1", "lib/x.ts": "b2", "package-lock.json": "c3" };

describe("buildDecision", () => {
  it("builds when there is no finished build, whatever the manifest says", () => {
    expect(buildDecision({ hasBuild: false, stored: manifest, current: manifest })).toEqual({
      build: true,
      reason: "there is no build yet",
    });
  });

  it("starts the existing build when every source is as it was built", () => {
    expect(buildDecision({ hasBuild: true, stored: { ...manifest }, current: manifest })).toEqual({ build: false });
  });

  it("builds when the build has no readable manifest (built by hand with next build, or a damaged file)", () => {
    for (const stored of [null, undefined, "abc", 42, ["app/page.tsx"], { "app/page.tsx": 1 }]) {
      const decision = buildDecision({ hasBuild: true, stored, current: manifest });
      expect(decision).toEqual({ build: true, reason: "the build does not record which sources it was made from" });
    }
  });

  it("builds when a file changed, was added or was removed, and names it", () => {
    expect(buildDecision({ hasBuild: true, stored: manifest, current: { ...manifest, "lib/x.ts": "new" } })).toEqual({
      build: true,
      reason: "the sources changed since the last build (lib/x.ts changed)",
    });
    expect(buildDecision({ hasBuild: true, stored: manifest, current: { ...manifest, "app/icon.svg": "d4" } })).toEqual({
      build: true,
      reason: "the sources changed since the last build (app/icon.svg added)",
    });
    const withoutX = Object.fromEntries(Object.entries(manifest).filter(([p]) => p !== "lib/x.ts"));
    expect(buildDecision({ hasBuild: true, stored: manifest, current: withoutX })).toEqual({
      build: true,
      reason: "the sources changed since the last build (lib/x.ts removed)",
    });
  });

  it("names three differences and counts the rest", () => {
    const current = { "a.ts": "1", "b.ts": "2", "c.ts": "3", "d.ts": "4", "e.ts": "5" };
    const decision = buildDecision({ hasBuild: true, stored: {}, current });
    expect(decision).toEqual({
      build: true,
      reason: "the sources changed since the last build (a.ts added, b.ts added, c.ts added and 2 more)",
    });
  });
});

describe("manifestAfterBuild", () => {
  const before = { "app/page.tsx": "p1", "lib/x.ts": "x1", "tsconfig.json": "t1" };

  it("keeps tsconfig.json as next build left it (it adds a new NEXT_DIST_DIR's types), so the next start does not build again", () => {
    const after = { ...before, "tsconfig.json": "t2" };
    const kept = manifestAfterBuild(before, after);
    expect(kept).toEqual(after);
    expect(buildDecision({ hasBuild: true, stored: kept, current: after })).toEqual({ build: false });
  });

  it("keeps the state before the build for any other file, so a change made during the build is built next time", () => {
    const after = { ...before, "lib/x.ts": "x2", "lib/new.ts": "n1" };
    const kept = manifestAfterBuild(before, after);
    expect(kept).toEqual(before);
    expect(buildDecision({ hasBuild: true, stored: kept, current: after })).toEqual({
      build: true,
      reason: "the sources changed since the last build (lib/x.ts changed, lib/new.ts added)",
    });
  });
});

describe("manifestOf", () => {
  it("maps each path to the SHA-256 of its content, in path order whatever the input order", () => {
    const m = manifestOf([
      { path: "lib/b.ts", content: "b" },
      { path: "app/a.tsx", content: Buffer.from("a") },
    ]);
    expect(Object.keys(m)).toEqual(["app/a.tsx", "lib/b.ts"]);
    expect(m["app/a.tsx"]).toBe("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
    expect(manifestOf([{ path: "lib/b.ts", content: "b" }])["lib/b.ts"]).toBe(m["lib/b.ts"]);
  });

  it("writes paths with forward slashes, so a manifest means the same on Windows", () => {
    expect(Object.keys(manifestOf([{ path: ["lib", "db", "x.ts"].join(path.sep), content: "" }]))).toEqual(["lib/db/x.ts"]);
  });
});

describe("the build folder", () => {
  it("is NEXT_DIST_DIR when set, as in next.config.ts, else .next", () => {
    expect(distDirOf({})).toBe(".next");
    expect(distDirOf({ NEXT_DIST_DIR: ".next-e2e" })).toBe(".next-e2e");
    expect(readFileSync(path.resolve(__dirname, "../next.config.ts"), "utf8")).toContain('distDir: process.env.NEXT_DIST_DIR || ".next"');
  });
});

describe("on disk", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (rel: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };

  function checkout() {
    root = mkdtempSync(path.join(tmpdir(), "build-freshness-"));
    write("app/page.tsx", "page");
    write("app/deployments/[id]/error.tsx", "error");
    write("lib/engine/plan.ts", "plan");
    write("lib/engine/plan.test.ts", "test");
    write("public/favicon.ico", "ico");
    write("next.config.ts", "config");
    write("package-lock.json", "{}");
    write("README.md", "readme");
    write("e2e/a.spec.ts", "spec");
    write("data/planner.db", "db");
    write(".next/server/x.js", "built");
  }

  it("lists the build's inputs: source folders and config files, without unit tests, docs, data or the build", () => {
    checkout();
    expect(
      listBuildInputs(root)
        .map((p) => p.split(path.sep).join("/"))
        .sort(),
    ).toEqual([
      "app/deployments/[id]/error.tsx",
      "app/page.tsx",
      "lib/engine/plan.ts",
      "next.config.ts",
      "package-lock.json",
      "public/favicon.ico",
    ]);
  });

  it("reads a finished build and its manifest from the build folder", () => {
    checkout();
    expect(readBuild(root, ".next")).toEqual({ hasBuild: false, stored: null });
    write(".next/BUILD_ID", "x");
    expect(readBuild(root, ".next")).toEqual({ hasBuild: true, stored: null });
    write(`.next/${MANIFEST_FILE}`, "{ not json");
    expect(readBuild(root, ".next")).toEqual({ hasBuild: true, stored: null });
    write(`.next-other/${MANIFEST_FILE}`, JSON.stringify({ "app/page.tsx": "1" }));
    write(".next-other/BUILD_ID", "y");
    expect(readBuild(root, ".next-other")).toEqual({ hasBuild: true, stored: { "app/page.tsx": "1" } });
  });

  it("ignores a touched file and rebuilds for a changed one", () => {
    checkout();
    write(".next/BUILD_ID", "x");
    write(`.next/${MANIFEST_FILE}`, JSON.stringify(currentManifest(root)));
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "app/page.tsx"), later, later);
    write("README.md", "edited docs");
    write("lib/engine/plan.test.ts", "edited test");
    expect(buildDecision({ ...readBuild(root, ".next"), current: currentManifest(root) })).toEqual({ build: false });
    write("lib/engine/plan.ts", "plan v2");
    expect(buildDecision({ ...readBuild(root, ".next"), current: currentManifest(root) })).toEqual({
      build: true,
      reason: "the sources changed since the last build (lib/engine/plan.ts changed)",
    });
  });
});

describe("the list of build inputs", () => {
  const repo = path.resolve(__dirname, "..");
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated") return [];
      if (statSync(full).isDirectory()) return sources(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });

  it("holds every top-level folder the app imports with @/, so no source of the build goes unwatched", () => {
    const roots = new Set<string>();
    for (const file of [
      ...sources(path.join(repo, "app")),
      ...sources(path.join(repo, "components")),
      ...sources(path.join(repo, "lib")),
    ]) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*["']@\/([^/"']+)/g)) roots.add(m[1]);
    }
    expect(roots.size).toBeGreaterThan(0);
    expect([...roots].filter((r) => !BUILD_INPUTS.includes(r) && !BUILD_INPUTS.includes(`${r}.ts`))).toEqual([]);
  });
});
