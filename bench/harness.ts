/**
 * Benchmarks report ratios against a baseline measured in the same run (handbook: never timed
 * unit tests). Each bench file calls `timeIt` for the subject and its baseline, then `report`.
 * Results are appended as JSON lines under bench/.partial and merged by scripts/bench.mjs into
 * bench/results.json.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchEntry {
  /** What was measured, e.g. "grid eval 256x256: compiled vs mathjs". */
  readonly name: string;
  /** The subject's cost (median). */
  readonly value: number;
  readonly unit: string;
  /** The baseline's cost in the same unit, measured in the same run. */
  readonly baseline: number;
  /** What the baseline is, e.g. "mathjs compile().evaluate()". */
  readonly baselineName: string;
  /** How the ratio is read: 'speedup' = baseline/value (higher is better), 'cost' = value/baseline (lower is better). */
  readonly ratioKind: 'speedup' | 'cost';
  readonly ratio: number;
  /** The budget the ratio is judged against, e.g. { min: 20 } for speedups or { max: 4 } for costs. */
  readonly budget: { readonly min?: number; readonly max?: number };
  readonly pass: boolean;
}

/** Median wall time in milliseconds of `fn`, after warm-up, over `runs` runs. */
export function timeIt(fn: () => void, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Where budget lines go: bench/.partial by default; BENCH_PARTIAL_DIR (set by scripts/bench.mjs from
 * its own environment) lets two runs on one machine keep apart instead of deleting each other's lines.
 */
const partialDir = process.env['BENCH_PARTIAL_DIR']
  ? `${process.env['BENCH_PARTIAL_DIR'].replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('./.partial/', import.meta.url));

/** Records one budget line: computes ratio and pass from value, baseline and budget. */
export function report(entry: Omit<BenchEntry, 'ratio' | 'pass'>): BenchEntry {
  const ratio = entry.ratioKind === 'speedup' ? entry.baseline / entry.value : entry.value / entry.baseline;
  // A figure that is not a positive finite time (a batch a coarse clock read as 0 ms, a NaN) is
  // no measurement: it fails, whatever the budget (a 0 ms subject once "passed" with ratio ∞).
  const valid = Number.isFinite(entry.value) && Number.isFinite(entry.baseline) && entry.value > 0 && entry.baseline > 0 && Number.isFinite(ratio);
  const pass = valid && (entry.budget.min === undefined || ratio >= entry.budget.min) && (entry.budget.max === undefined || ratio <= entry.budget.max);
  const full: BenchEntry = { ...entry, ratio, pass };
  mkdirSync(partialDir, { recursive: true });
  appendFileSync(`${partialDir}results.jsonl`, `${JSON.stringify(full)}\n`);
  return full;
}
