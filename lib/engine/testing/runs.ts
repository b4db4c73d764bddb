// How many generated cases a fast-check property tries. Normal test runs use the count each test
// names; a mutation run (vitest.mutation.config.ts, scripts/mutation.mjs) sets FC_NUM_RUNS to cap every
// property at a few cases, since each surviving mutant reruns every test that covers it.
export function runs(n: number): { numRuns: number } {
  const cap = Number(process.env.FC_NUM_RUNS);
  return { numRuns: Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n };
}
