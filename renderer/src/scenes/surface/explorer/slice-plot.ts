/**
 * The geometry of a 2D slice panel: the curve z = f(x, b) (or z = f(a, y)) with gaps, the point,
 * its tangent line and axis ticks, in SVG viewBox units. Pure, so the panel stays a thin view.
 */
import { sliceAtX, sliceAtY } from '$shared/sampling/index';
import type { Domain } from '../world-frame';
import { niceTicks, tickLabels, type Ticks } from '../ticks';
import { gappedPath, linearScale, robustRange, type PlotFrame } from './plot-scale';
import type { PointValues } from './point-model';

export const SLICE_FRAME: PlotFrame = { width: 360, height: 210, left: 44, right: 350, top: 10, bottom: 184 };

export interface Tick {
  readonly pos: number;
  readonly label: string;
}

export interface SlicePlot {
  /** Path of the curve (pen lifted at gaps). */
  readonly curve: string;
  /** Path of the tangent line across the plot, '' where the slope is undefined. */
  readonly tangent: string;
  /** The point in viewBox units, or null when f(a, b) is undefined. */
  readonly point: { readonly x: number; readonly y: number } | null;
  readonly tTicks: readonly Tick[];
  readonly zTicks: readonly Tick[];
  /** Visible z range. */
  readonly zLo: number;
  readonly zHi: number;
  /** Horizontal pixel of z = 0 when visible (a reference line), else null. */
  readonly zeroY: number | null;
}

/**
 * `axis` 'x': the curve x ↦ f(x, b) over [xMin, xMax] with slope ∂f/∂x(a, b) at x = a;
 * 'y': y ↦ f(a, y) over [yMin, yMax] with slope ∂f/∂y(a, b) at y = b. `samples` in [2, 4096].
 */
export function buildSlicePlot(
  f: (x: number, y: number) => number,
  axis: 'x' | 'y',
  p: PointValues,
  domain: Domain,
  frame: PlotFrame = SLICE_FRAME,
  samples = 300,
): SlicePlot {
  const lo = axis === 'x' ? domain.xMin : domain.yMin;
  const hi = axis === 'x' ? domain.xMax : domain.yMax;
  const at = axis === 'x' ? p.a : p.b;
  const slope = axis === 'x' ? p.fx : p.fy;
  const n = Math.min(4096, Math.max(2, Math.round(samples)));
  const s = axis === 'x' ? sliceAtY(f, p.b, lo, hi, n) : sliceAtX(f, p.a, lo, hi, n);
  let ts: Float64Array;
  let zs: Float64Array;
  if (s.ok) {
    ts = s.value.t;
    // The slice fills its gaps with finite values for GPU buffers; a 2D path wants them as holes.
    zs = Float64Array.from(s.value.values, (v, k) => (s.value.mask[k] === 1 ? v : Number.NaN));
  } else {
    ts = new Float64Array(0);
    zs = new Float64Array(0);
  }
  const [zLo, zHi] = robustRange(zs, [p.f]);
  const sx = linearScale(lo, hi, frame.left, frame.right);
  const sy = linearScale(zLo, zHi, frame.bottom, frame.top);
  const curve = gappedPath(ts, zs, sx, sy, zLo, zHi);
  const defined = Number.isFinite(p.f) && Number.isFinite(at);
  const point = defined ? { x: sx(at), y: sy(p.f) } : null;
  let tangent = '';
  if (defined && Number.isFinite(slope)) {
    // A segment long enough to cross the plot; the clip path trims it.
    const t0 = lo - (hi - lo);
    const t1 = hi + (hi - lo);
    const z = (t: number): number => p.f + slope * (t - at);
    tangent = `M${sx(t0)} ${sy(z(t0))}L${sx(t1)} ${sy(z(t1))}`;
  }
  const tt = niceTicks(lo, hi, 6);
  const zt = niceTicks(zLo, zHi, 5);
  return {
    curve,
    tangent,
    point,
    tTicks: labelled(tt, sx),
    zTicks: labelled(zt, sy),
    zLo,
    zHi,
    zeroY: zLo < 0 && zHi > 0 ? sy(0) : null,
  };
}

/** Ticks with distinct labels (see `tickLabels`). */
function labelled(t: Ticks, scale: (v: number) => number): { pos: number; label: string }[] {
  const labels = tickLabels(t);
  return t.values.map((v, i) => ({ pos: scale(v), label: labels[i] ?? '' }));
}
