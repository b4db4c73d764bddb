// Vitest setup of mutation runs (vitest.mutation.config.ts): one fixed fast-check seed, so a mutant
// killed by a generated case is killed again on the next run (the incremental file keeps results).
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 17) });
