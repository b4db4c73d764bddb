// Vitest setup of mutation runs (vitest.mutation.config.ts): the seed CI uses (fast-check-config.ts,
// so a mutant is judged on the cases CI runs and killed again on the next run: the incremental file
// keeps results), and no shrinking: a mutant is judged by the first failing case, and shrinking a
// counterexample of a whole deployment takes longer than the mutant's time limit (a timeout).
import fc from "fast-check";
import { fastCheckConfig } from "./fast-check-config";

fc.configureGlobal({ ...fastCheckConfig({ ...process.env, CI: "1" }), endOnFailure: true });
