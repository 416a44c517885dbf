/**
 * The deck's opening picture as numbers: two walkers on the x axis approaching a from the left and
 * the right (one walker toward ±∞), never reaching it, and the window that zooms in with them.
 *
 * Progress p is continuous: at whole p = k (0 … 11) the walkers stand exactly on row k of the
 * approach table (h = 10^−(k+1) · max(1, |a|), the steps `estimateLimit` samples), so the picture,
 * the table and the verdict tell one story. Between rows the distance shrinks geometrically, which
 * under the zoom looks like a steady glide. Walks start at p = −1 (h = max(1, |a|)).
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

/** h at progress p (finite a), or |x| of the walker (at ±∞). */
export function walkDistance(point: ApproachPoint, p: number): number {
  return point.kind === 'finite' ? stepScale(point.a) * Math.pow(10, -(1 + p)) : Math.pow(10, 1 + p);
}

/** The walkers at progress p and their images f(x). */
export function walkerPoints(f: (x: number) => number, point: ApproachPoint, p: number): { left?: TablePoint; right?: TablePoint } {
  const d = walkDistance(point, p);
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
 * walkers inside, centre drifting to a); toward ±∞ it widens to keep the walker in sight. The
 * base y window stays while the walkers' images fit in it (|x|/x, sin(1/x) keep their frame);
 * otherwise y is left automatic so the plot frames whatever f does at that scale.
 */
export function followView(base: PlotView, point: ApproachPoint, p: number, images: readonly number[] = []): PlotView {
  const d = walkDistance(point, p);
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
  const { yMin, yMax } = base;
  const fits = yMin !== undefined && yMax !== undefined && images.every((y) => Number.isNaN(y) || (y >= yMin && y <= yMax));
  return fits ? { xMin: c - w, xMax: c + w, yMin, yMax } : { xMin: c - w, xMax: c + w };
}
