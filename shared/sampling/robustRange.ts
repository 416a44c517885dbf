import { selectKth } from './selectKth';
/**
 * A z-range that ignores poles: percentiles of the finite samples, not min/max (one sample next
 * to 1/(x²+y²)'s pole would otherwise flatten the whole surface).
 */
export interface RobustRange {
  /** Display range, lo < hi always (padded for constant data, [−1, 1] when nothing is finite). */
  readonly lo: number;
  readonly hi: number;
  /** Samples outside [fenceLo, fenceHi] are treated as poles (gaps). */
  readonly fenceLo: number;
  readonly fenceHi: number;
}

/** Percentiles bounding the "bulk" of the data. */
const LOW_PCT = 0.01;
const HIGH_PCT = 0.99;
/** Beyond the bulk by this many bulk-widths a value is a pole, not part of the surface. */
const FENCE_FACTOR = 20;
/** The display range extends past the bulk by at most this fraction of its width. */
const MARGIN = 0.5;
/** Percentiles are taken from at most this many samples (a deterministic stride): scanning all of a
 * 1024² grid would cost more than sampling it. */
const MAX_SAMPLE = 16384;

/** Reused sample buffer (grown when a finer grid arrives): no 0.5 MB allocation per resample. */
let scratch = new Float64Array(0);

/**
 * Computes the range of `values` where `mask` is 1 and clears `mask` for outliers beyond the
 * fence (p1 − 20·s, p99 + 20·s), s = p99 − p1 (or, for data that is constant on 98 % of the
 * samples, max(|median|, 1), so a small genuine bump is not mistaken for a pole). The display
 * range is [max(min, p1 − s/2), min(max, p99 + s/2)] over the samples kept: the whole surface when
 * it is smooth, clipped tails when it is not. Returns the number of samples it masked.
 */
export function robustRange(values: ArrayLike<number>, mask: Uint8Array, count: number): { range: RobustRange; masked: number } {
  let finite = 0;
  for (let i = 0; i < count; i++) if (mask[i] === 1) finite++;
  if (finite === 0) return { range: { lo: -1, hi: 1, fenceLo: -Infinity, fenceHi: Infinity }, masked: 0 };
  const stride = Math.max(1, Math.ceil(finite / MAX_SAMPLE));
  const need = Math.ceil(finite / stride);
  if (scratch.length < need) scratch = new Float64Array(need);
  const sample = scratch;
  let seen = 0;
  let taken = 0;
  for (let i = 0; i < count; i++) {
    if (mask[i] !== 1) continue;
    if (seen % stride === 0 && taken < sample.length) sample[taken++] = values[i] ?? 0;
    seen++;
  }
  // Three order statistics by quickselect (linear) rather than a full sort: same values, and
  // this runs on every resample. The median splits the array, so p1 and p99 search one side each.
  const at = (q: number): number => Math.min(taken - 1, Math.max(0, Math.round(q * (taken - 1))));
  const kMid = at(0.5);
  const median = selectKth(sample, kMid, 0, taken);
  const p1 = selectKth(sample, at(LOW_PCT), 0, kMid + 1);
  const p99 = selectKth(sample, at(HIGH_PCT), kMid, taken);
  const span = p99 - p1;
  const s = span > 0 ? Math.max(span, 1e-9 * Math.max(Math.abs(p1), Math.abs(p99))) : Math.max(Math.abs(median), 1);
  const fenceLo = p1 - FENCE_FACTOR * s;
  const fenceHi = p99 + FENCE_FACTOR * s;
  let masked = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    if (mask[i] !== 1) continue;
    const v = values[i] ?? 0;
    if (v < fenceLo || v > fenceHi) {
      mask[i] = 0;
      masked++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let lo = Math.max(min, p1 - MARGIN * span);
  let hi = Math.min(max, p99 + MARGIN * span);
  if (!(hi > lo)) {
    const c = (lo + hi) / 2;
    const pad = c === 0 ? 1 : 0.5 * Math.abs(c);
    lo = c - pad;
    hi = c + pad;
  }
  return { range: { lo, hi, fenceLo, fenceHi }, masked };
}

/** Finite filler for a gap: the range edge a pole runs off to, or the clamped 0 for undefined points. */
export function gapFiller(v: number, lo: number, hi: number): number {
  if (v > hi) return hi;
  if (v < lo) return lo;
  if (Number.isNaN(v)) return Math.min(hi, Math.max(lo, 0));
  return v;
}
