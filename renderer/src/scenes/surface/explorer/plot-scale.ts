/**
 * The small amount of charting the 2D panels need (no chart library): scales, a robust value
 * range, sampled curves and SVG paths that break at gaps instead of drawing spikes across poles.
 */

/** Plot area inside the viewBox: room on the left and bottom for tick labels. */
export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps everything to the middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (!(Math.abs(span) > 0) || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / span;
  return (v) => r0 + (v - d0) * k;
}

/** Maps [d0, d1] (both > 0) logarithmically onto [r0, r1]; values ≤ 0 map to NaN. */
export function logScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const inner = linearScale(Math.log10(d0), Math.log10(d1), r0, r1);
  return (v) => (v > 0 ? inner(Math.log10(v)) : Number.NaN);
}

/** The q-quantile (0 ≤ q ≤ 1) of sorted values, linearly interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const i = Math.floor(pos);
  const lo = sorted[i] ?? Number.NaN;
  const hi = sorted[Math.min(sorted.length - 1, i + 1)] ?? lo;
  return lo + (hi - lo) * (pos - i);
}

export interface RangeOptions {
  /** Quantiles that bound the range, so a pole's huge values do not flatten the rest (default 0.02, 0.98). */
  readonly lowQ?: number;
  readonly highQ?: number;
  /** Extra room on each side as a fraction of the span (default 0.08). */
  readonly margin?: number;
}

/**
 * A y-range for plotting `values`: robust quantiles of the finite ones, widened to include every
 * finite value of `include` (the point itself must be on screen), plus a margin. Constant data get
 * ±1 (or ±10 % of their size); no finite data give [−1, 1].
 */
export function robustRange(values: ArrayLike<number>, include: readonly number[] = [], options: RangeOptions = {}): readonly [number, number] {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isFinite(v)) finite.push(v);
  }
  finite.sort((p, q) => p - q);
  let lo = finite.length > 0 ? quantile(finite, options.lowQ ?? 0.02) : Number.POSITIVE_INFINITY;
  let hi = finite.length > 0 ? quantile(finite, options.highQ ?? 0.98) : Number.NEGATIVE_INFINITY;
  for (const v of include) {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  if (hi - lo <= 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    const pad = Math.abs(lo) > 10 ? Math.abs(lo) * 0.1 : 1;
    return [lo - pad, hi + pad];
  }
  const m = (hi - lo) * (options.margin ?? 0.08);
  return [lo - m, hi + m];
}

/** f at n evenly spaced points of [lo, hi] (n ≥ 2); undefined values stay NaN/±∞ in `v`. */
export function sampleCurve(f: (t: number) => number, lo: number, hi: number, n: number): { readonly t: Float64Array; readonly v: Float64Array } {
  const count = Math.max(2, Math.floor(n));
  const t = new Float64Array(count);
  const v = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const ti = lo + ((hi - lo) * i) / (count - 1);
    t[i] = ti;
    v[i] = f(ti);
  }
  return { t, v };
}

/**
 * An SVG path through (sx(x[i]), sy(y[i])) that lifts the pen at non-finite values and at values
 * more than one visible span beyond [yLo, yHi] (near a pole), so a curve like 1/x shows two
 * branches instead of a vertical spike. Points a little outside stay, the plot's clip cuts them.
 */
export function gappedPath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  sx: (v: number) => number,
  sy: (v: number) => number,
  yLo: number,
  yHi: number,
): string {
  const span = yHi - yLo;
  const lo = yLo - span;
  const hi = yHi + span;
  let d = '';
  let penDown = false;
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const x = xs[i] ?? Number.NaN;
    const y = ys[i] ?? Number.NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y) || y < lo || y > hi) {
      penDown = false;
      continue;
    }
    d += `${penDown ? 'L' : 'M'}${round2(sx(x))} ${round2(sy(y))}`;
    penDown = true;
  }
  return d;
}

/** Two decimals are sub-pixel: shorter path strings, same picture. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
