/**
 * Child process of bench/autodiff.bench.ts: times ONE gradient formula (index in argv) in a
 * process that has compiled nothing else, so V8's call-site feedback is the formula's own (the
 * "fresh process" half of issue 11's "in a fresh process and in the warm state"). Prints one JSON
 * line (GradientTimes) on stdout.
 */
import { GRADIENT_FORMULAS, measureGradient } from './autodiff-cases';

const f = GRADIENT_FORMULAS[Number(process.argv[2])];
if (!f) throw new Error(`no formula ${process.argv[2] ?? ''}`);
console.log(JSON.stringify(measureGradient(f)));
