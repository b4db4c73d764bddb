// Types of build-freshness.mjs (plain JavaScript so that `npm start` needs no TypeScript loader).
export declare const BUILD_INPUTS: readonly string[];
export declare const MANIFEST_FILE: string;
export type Manifest = Record<string, string>;
export declare function isBuildInput(relPath: string): boolean;
export declare function distDirOf(env: Record<string, string | undefined>): string;
export declare function manifestOf(files: { path: string; content: Buffer | string }[]): Manifest;
export declare const REWRITTEN_BY_BUILD: readonly string[];
export declare function manifestAfterBuild(before: Manifest, after: Manifest): Manifest;
export declare function buildDecision(input: {
  hasBuild: boolean;
  stored: unknown;
  current: Manifest;
}): { build: false } | { build: true; reason: string };
export declare function listBuildInputs(root: string): string[];
export declare function currentManifest(root: string): Manifest;
export declare function readBuild(root: string, distDir: string): { hasBuild: boolean; stored: unknown };
