// Vitest setup of mutation runs (vitest.mutation.config.ts): one fixed fast-check seed, so a mutant
// killed by a generated case is killed again on the next run (the incremental file keeps results),
// and no shrinking: a mutant is judged by the first failing case, and shrinking a counterexample of
// a whole deployment takes longer than the mutant's time limit (it would count as a timeout).
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 17), endOnFailure: true });
