// One fast-check configuration for every property test: the unit tests (vitest.config.ts) and the
// mutation runs (vitest.mutation.config.ts) load it through fast-check-setup.ts.
// - FC_SEED replays a run: a failing property prints its seed and path ("seed: 20261207, path: "3:1"");
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run <file> goes straight to the failing case.
// - CI (CI=1, as .ci/run sets) uses CI_SEED: every CI run tries the same cases, so a CI failure replays
//   locally with the same seed, and mutation scores are measured on the cases CI runs.
// - Elsewhere a fresh seed per run keeps exploring new cases; the failure message names it.
import type { Parameters } from "fast-check";

export const CI_SEED = 20261207;

type Env = Readonly<Record<string, string | undefined>>;

export function fastCheckConfig(env: Env): Pick<Parameters<unknown>, "seed" | "path"> {
  const given = env.FC_SEED?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${given}"`);
    const path = env.FC_PATH?.trim();
    return path ? { seed, path } : { seed };
  }
  return env.CI ? { seed: CI_SEED } : {};
}
