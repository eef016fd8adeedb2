// fast-check draws its cases from a fixed seed, so that a run passes or fails the same way on every machine
// and CI never turns on luck. FC_SEED=<number> replays another seed; FC_SEED=random hunts with a fresh one
// each run (a failure prints its seed and counterexample either way; add it to the test's examples).
import fc from 'fast-check';

const FIXED_SEED = 20_261_123;
const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : FIXED_SEED });
