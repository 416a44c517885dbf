/**
 * The deck's opening picture as numbers: two walkers on the x axis approaching a from the left and
 * the right (one walker toward ±∞), never reaching it, and the window that zooms in with them.
 *
 * Progress p is continuous: at whole p = k (0 … 11) the walkers stand exactly on row k of the
 * approach table (h = 10^−(k+1) · max(1, |a|), the steps `estimateLimit` samples), so the picture,
 * the table and the verdict tell one story. Between rows the distance shrinks geometrically, which
 * under the zoom looks like a steady glide. Walks start at p = −1 from `start` (by default near
 * the edges of the window, so the walkers enter the picture) and glide geometrically to row 0.
 */
import type { PlotView } from '../../plot1d/plot-types';
import type { ApproachPoint } from './approach-point';
import type { TablePoint } from './limit-analysis';

export const WALK_START = -1;
/** The last table row (h = 10⁻¹²·scale); doubles cannot resolve much closer to a. */
export const WALK_END = 11;
/** Progress per second while playing: one table row every two seconds. */
export const WALK_SPEED = 0.5;

export const clampProgress = (p: number): number => Math.min(WALK_END, Math.max(WALK_START, p));

/** Unit of the steps at a finite point (the same as `estimateLimit`'s default scale). */
export const stepScale = (a: number): number => Math.max(1, Math.abs(a));

/**
 * Where the walkers start (h at p = −1) for a window: 90 % of the way from a to the nearer edge,
 * but never inside row 0 (h = 0.1·max(1, |a|)).
 */
export function startDistance(point: ApproachPoint, view: PlotView): number {
  if (point.kind === 'infinity') return 1;
  const row0 = 0.1 * stepScale(point.a);
  const edge = Math.min(point.a - view.xMin, view.xMax - point.a);
  return Math.max(row0, 0.9 * edge);
}

/**
 * h at progress p (finite a), or |x| of the walker (at ±∞). For p ≥ 0 it is the table's
 * h = 10^−(1+p)·max(1, |a|); before that it glides geometrically from `start` (at p = −1).
 */
export function walkDistance(point: ApproachPoint, p: number, start?: number): number {
  if (point.kind === 'infinity') return Math.pow(10, 1 + p);
  const row = (q: number): number => stepScale(point.a) * Math.pow(10, -(1 + q));
  if (p >= 0) return row(p);
  const h0 = start ?? row(-1);
  return Math.pow(h0, -p) * Math.pow(row(0), 1 + p);
}

/** The walkers at progress p and their images f(x). */
export function walkerPoints(f: (x: number) => number, point: ApproachPoint, p: number, start?: number): { left?: TablePoint; right?: TablePoint } {
  const d = walkDistance(point, p, start);
  if (point.kind === 'infinity') {
    const x = point.sign * d;
    return point.sign > 0 ? { right: { x, fx: f(x) } } : { left: { x, fx: f(x) } };
  }
  const xl = point.a - d;
  const xr = point.a + d;
  return { left: { x: xl, fx: f(xl) }, right: { x: xr, fx: f(xr) } };
}

/** The table row the walkers have reached (−1 before the first). */
export const rowReached = (p: number): number => Math.floor(p + 1e-9);

/** The next whole step after p (for the step button), capped at the end. */
export const nextStop = (p: number): number => Math.min(WALK_END, rowReached(p) + 1);

/** The previous whole step before p, floored at the start. */
export const previousStop = (p: number): number => {
  const r = rowReached(p);
  return Math.max(WALK_START, Math.abs(p - r) < 1e-9 ? r - 1 : r);
};

/**
 * The window that follows the walkers: for finite a it shrinks to 3h around a (keeping both
 * walkers inside, centre drifting to a), and y is left automatic so the plot frames whatever f
 * does at that scale (a fixed y window would flatten a smooth graph into a line); toward ±∞ it
 * widens to keep the walker in sight.
 */
export function followView(base: PlotView, point: ApproachPoint, p: number, start?: number): PlotView {
  const d = walkDistance(point, p, start);
  if (point.kind === 'infinity') {
    if (point.sign > 0) return { ...base, xMax: Math.max(base.xMax, 1.3 * d) };
    return { ...base, xMin: Math.min(base.xMin, -1.3 * d) };
  }
  const a = point.a;
  const w0 = (base.xMax - base.xMin) / 2;
  const c0 = (base.xMax + base.xMin) / 2;
  const w = Math.min(w0, 3 * d);
  if (w >= w0) return base;
  const s = w / w0;
  // The centre drifts to a as the window shrinks, but never so far that a walker leaves it.
  const margin = Math.min(w, 1.25 * d);
  const c = Math.min(a - margin + w, Math.max(a + margin - w, a + (c0 - a) * s));
  return { xMin: c - w, xMax: c + w };
}
