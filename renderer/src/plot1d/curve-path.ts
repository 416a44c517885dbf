/**
 * Sampled curves → SVG path data. Segments are clipped to a band one plot-height above and below
 * the plot area, so points near a pole (10¹² px away) never reach the SVG, and a stretch that runs
 * off screen simply leaves it; the plot's clip path trims the rest.
 */
import type { CurveRun, SampledCurve } from './sample-curve';

type Scale = (v: number) => number;

const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Path data for polylines (x increasing) in data coordinates, clipped to [top − H, bottom + H] in px. */
export function polylinePath(runs: readonly CurveRun[], sx: Scale, sy: Scale, top: number, bottom: number): string {
  const h = Math.max(1, bottom - top);
  const lo = top - h;
  const hi = bottom + h;
  let d = '';
  for (const run of runs) {
    let penDown = false;
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    const n = run.xs.length;
    if (n === 1) {
      // A lone sample: a zero-length segment, which round caps draw as a dot.
      const x = sx(run.xs[0] ?? 0);
      const y = sy(run.ys[0] ?? 0);
      if (y >= lo && y <= hi) d += `M${r2(x)} ${r2(y)}L${r2(x)} ${r2(y)}`;
      continue;
    }
    // Each sample mapped to pixels once (it is the end of one segment and the start of the next).
    let x0 = sx(run.xs[0] ?? 0);
    let y0 = sy(run.ys[0] ?? 0);
    for (let i = 1; i < n; i++) {
      const x1 = sx(run.xs[i] ?? 0);
      const y1 = sy(run.ys[i] ?? 0);
      const c = clipToBand(x0, y0, x1, y1, lo, hi);
      x0 = x1;
      y0 = y1;
      if (!c) {
        penDown = false;
        continue;
      }
      const ax = r2(c[0]);
      const ay = r2(c[1]);
      const bx = r2(c[2]);
      const by = r2(c[3]);
      if (!penDown || ax !== lastX || ay !== lastY) d += `M${ax} ${ay}`;
      if (bx !== ax || by !== ay || !penDown) d += `L${bx} ${by}`;
      lastX = bx;
      lastY = by;
      // Leaving the band ends the stroke; coming back starts a new one.
      penDown = c[2] === x1 && c[3] === y1;
    }
  }
  return d;
}

/** The part of a segment with lo ≤ y ≤ hi, or null. */
export function clipToBand(x0: number, y0: number, x1: number, y1: number, lo: number, hi: number): [number, number, number, number] | null {
  if ((y0 < lo && y1 < lo) || (y0 > hi && y1 > hi)) return null;
  const at = (y: number): number => x0 + ((x1 - x0) * (y - y0)) / (y1 - y0);
  let ax = x0;
  let ay = y0;
  let bx = x1;
  let by = y1;
  if (ay < lo) [ax, ay] = [at(lo), lo];
  else if (ay > hi) [ax, ay] = [at(hi), hi];
  if (by < lo) [bx, by] = [at(lo), lo];
  else if (by > hi) [bx, by] = [at(hi), hi];
  return [ax, ay, bx, by];
}

export type Sign = -1 | 0 | 1;

const signOf = (v: number): Sign => (!Number.isFinite(v) || Math.abs(v) < 1e-12 ? 0 : v > 0 ? 1 : -1);

/** Where s changes sign between a and b (bisection; s(a), s(b) of opposite signs). */
function signRoot(s: (x: number) => number, a: number, b: number, sa: Sign): number {
  let lo = a;
  let hi = b;
  for (let k = 0; k < 40 && hi - lo > 0; k++) {
    const m = lo + (hi - lo) / 2;
    if (m <= lo || m >= hi) break;
    if (signOf(s(m)) === sa) lo = m;
    else hi = m;
  }
  return lo + (hi - lo) / 2;
}

/**
 * The runs cut into stretches by the sign of s (e.g. f′): each segment takes the sign of s along
 * it; where s changes sign inside a segment, the segment is split at the root of s (the split
 * point lies on the drawn polyline, so colours meet without a gap).
 */
export function signStretches(runs: readonly CurveRun[], s: (x: number) => number): { readonly sign: Sign; readonly run: CurveRun }[] {
  const out: { sign: Sign; run: { xs: number[]; ys: number[] } }[] = [];
  const safeS = (x: number): number => {
    try {
      return s(x);
    } catch {
      return Number.NaN;
    }
  };
  for (const run of runs) {
    const n = run.xs.length;
    const signs = run.xs.map((x) => signOf(safeS(x)));
    let cur: { sign: Sign; run: { xs: number[]; ys: number[] } } | null = null;
    const add = (sign: Sign, x0: number, y0: number, x1: number, y1: number): void => {
      if (!cur || cur.sign !== sign) {
        cur = { sign, run: { xs: [x0], ys: [y0] } };
        out.push(cur);
      }
      cur.run.xs.push(x1);
      cur.run.ys.push(y1);
    };
    if (n === 1) {
      out.push({ sign: signs[0] ?? 0, run: { xs: [run.xs[0] ?? 0], ys: [run.ys[0] ?? 0] } });
      continue;
    }
    for (let i = 1; i < n; i++) {
      const x0 = run.xs[i - 1] ?? 0;
      const y0 = run.ys[i - 1] ?? 0;
      const x1 = run.xs[i] ?? 0;
      const y1 = run.ys[i] ?? 0;
      const a = signs[i - 1] ?? 0;
      const b = signs[i] ?? 0;
      if (a === b || a === 0 || b === 0) {
        add(a === 0 ? b : a, x0, y0, x1, y1);
        continue;
      }
      const xr = signRoot(safeS, x0, x1, a);
      const yr = x1 === x0 ? y0 : y0 + ((y1 - y0) * (xr - x0)) / (x1 - x0);
      add(a, x0, y0, xr, yr);
      add(b, xr, yr, x1, y1);
    }
  }
  return out;
}

/** What to draw at holes and jumps: open circles at limits, filled dots at the value f takes there. */
export interface CurveMark {
  readonly x: number;
  readonly y: number;
  readonly filled: boolean;
}

export function curveMarks(sampled: Pick<SampledCurve, 'holes' | 'jumps'>, tolY: number): CurveMark[] {
  const marks: CurveMark[] = [];
  const same = (a: number, b: number): boolean => Math.abs(a - b) <= tolY;
  for (const h of sampled.holes) {
    marks.push({ x: h.x, y: h.y, filled: false });
    if (h.value !== null) marks.push({ x: h.x, y: h.value, filled: true });
  }
  for (const j of sampled.jumps) {
    if (j.value === null || !same(j.left, j.value)) marks.push({ x: j.x, y: j.left, filled: false });
    if (j.value === null || !same(j.right, j.value)) marks.push({ x: j.x, y: j.right, filled: false });
    if (j.value !== null) marks.push({ x: j.x, y: j.value, filled: true });
  }
  return marks;
}
