/**
 * Pure geometry of the gradient arrows (deck ch. 5): ∇f(a, b) on the floor at (a, b) and the same
 * step lifted onto the tangent plane at the surface point (the direction of steepest ascent), plus
 * the unit vector u(θ) of the directional-derivative dial, each as a shaft and a V-shaped head.
 *
 * Scale shown: the floor arrow is ∇f × k in the x–y units of the domain, with k a round number
 * (1, 2 or 5 × 10ⁿ) chosen per frame so that a gradient of the "typical" size (z range / longer
 * span) is a quarter of the domain long; arrows are capped at ARROW_CAP_FRACTION of the longer
 * span (then `capped` is reported and the UI should say so). The lifted arrow is the tangent-plane
 * step over the floor arrow: horizontal part k·∇f, rise k·‖∇f‖².
 */
import { HEIGHT, toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../../world-frame';
import { clipSlab, ParamRange, put3 } from './clip';

/** Longest floor arrow, as a fraction of the longer domain span. */
export const ARROW_CAP_FRACTION = 0.45;
/** Length of the unit vector u on the floor, as a fraction of the longer domain span. */
export const UNIT_ARROW_FRACTION = 0.2;
/** Floats per arrow: shaft + two head strokes, 6 floats each. */
export const ARROW_FLOATS = 18;
/** Floor lines sit this far above z = 0 (world units) to stay above the floor grid. */
export const FLOOR_LIFT = 0.003;
/** Floor arrows sit above the floor contours and trails. */
export const ARROW_FLOOR_Z = 2 * FLOOR_LIFT;

const HEAD_FRACTION = 0.22;
const HEAD_MAX = 0.07;
const range = new ParamRange();

/** 1, 2 or 5 × 10ⁿ, the largest such value ≤ v (v > 0). */
export function niceFloor(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  const m = v / p;
  // Guard the float error of log10 at exact powers (log10(1000) = 2.9999…).
  return (m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1) * p;
}

/**
 * The arrow scale k (math length per unit of gradient, see the module comment) for this frame.
 */
export function gradientScale(frame: WorldFrame): number {
  const d = frame.domain;
  const span = Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  const zSpan = frame.zHi - frame.zLo;
  return niceFloor((0.25 * span * span) / (zSpan > 0 ? zSpan : 1));
}

/**
 * An arrow from (x, y, z) along (dx, dy, dz) (world units; the tip is at the end) as three
 * segments into out[offset..offset+17]: the shaft and two head strokes in the plane spanned by
 * the shaft and the horizontal perpendicular. Returns false for a zero or non-finite arrow.
 */
export function fillArrow(out: Float32Array, offset: number, x: number, y: number, z: number, dx: number, dy: number, dz: number): boolean {
  const len = Math.hypot(dx, dy, dz);
  if (!(len > 0) || !Number.isFinite(len) || !Number.isFinite(x + y + z)) return false;
  const tx = x + dx;
  const ty = y + dy;
  const tz = z + dz;
  const head = Math.min(HEAD_MAX, HEAD_FRACTION * len);
  const ux = dx / len;
  const uy = dy / len;
  const uz = dz / len;
  const h = Math.hypot(dx, dy);
  // Horizontal perpendicular; a vertical arrow uses the x axis.
  const px = h > 0 ? -dy / h : 1;
  const py = h > 0 ? dx / h : 0;
  const bx = tx - head * ux;
  const by = ty - head * uy;
  const bz = tz - head * uz;
  const w = head * 0.5;
  put3(out, offset, x, y, z);
  put3(out, offset + 3, tx, ty, tz);
  put3(out, offset + 6, tx, ty, tz);
  put3(out, offset + 9, bx + w * px, by + w * py, bz);
  put3(out, offset + 12, tx, ty, tz);
  put3(out, offset + 15, bx - w * px, by - w * py, bz);
  return true;
}

export interface GradientArrowInput {
  readonly a: number;
  readonly b: number;
  /** f(a, b). */
  readonly z0: number;
  /** ∂f/∂x(a, b), ∂f/∂y(a, b). */
  readonly fx: number;
  readonly fy: number;
}

export interface ArrowResult {
  /** Arrows written (0–2: floor, then lifted). */
  arrows: number;
  /** True when the floor arrow was shortened to the cap (then it no longer shows k·∇f). */
  capped: boolean;
}

/**
 * ∇f at (a, b) as up to two arrows into `out` (≥ 2·ARROW_FLOATS): on the floor, k·∇f from (a, b);
 * lifted, from (a, b, z0) along the tangent plane over the floor arrow, shortened if it would
 * leave the box. The lifted arrow is left out when z0 is outside the z range (the point is not on
 * the drawn surface); nothing is drawn for an undefined or zero gradient or a point off the domain.
 * `result` is overwritten and returned (pass a reused object to stay allocation-free).
 */
export function fillGradientArrows(p: GradientArrowInput, frame: WorldFrame, scale: number, out: Float32Array, result: ArrowResult): ArrowResult {
  result.arrows = 0;
  result.capped = false;
  const { a, b, z0, fx, fy } = p;
  if (!onDomain(frame, a, b) || !Number.isFinite(fx) || !Number.isFinite(fy)) return result;
  const g = Math.hypot(fx, fy);
  if (!(g > 0) || !Number.isFinite(g)) return result;
  const d = frame.domain;
  const cap = ARROW_CAP_FRACTION * Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  let k = scale;
  if (k * g > cap) {
    k = cap / g;
    result.capped = true;
  }
  const wx = toWorldX(frame, a);
  const wy = toWorldY(frame, b);
  const hx = k * fx * frame.s;
  const hy = k * fy * frame.s;
  if (fillArrow(out, 0, wx, wy, ARROW_FLOOR_Z, hx, hy, 0)) result.arrows = 1;
  if (result.arrows === 1 && Number.isFinite(z0) && z0 >= frame.zLo && z0 <= frame.zHi) {
    const wz = toWorldZ(frame, z0);
    const rise = k * g * g * frame.sz;
    if (liftedArrow(out, ARROW_FLOATS, wx, wy, wz, hx, hy, rise)) result.arrows = 2;
  }
  return result;
}

/**
 * The unit vector u = (cos θ, sin θ) at (a, b): on the floor (UNIT_ARROW_FRACTION of the longer
 * span long), and lifted onto the tangent plane (rise = ∇f·u per unit of horizontal run) when the
 * gradient and z0 are defined and inside the box. Returns the number of arrows written (0–2).
 */
export function fillUnitArrows(p: GradientArrowInput, theta: number, frame: WorldFrame, out: Float32Array): number {
  const { a, b, z0, fx, fy } = p;
  if (!onDomain(frame, a, b) || !Number.isFinite(theta)) return 0;
  const d = frame.domain;
  const run = UNIT_ARROW_FRACTION * Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  const ux = Math.cos(theta);
  const uy = Math.sin(theta);
  const wx = toWorldX(frame, a);
  const wy = toWorldY(frame, b);
  const hx = run * ux * frame.s;
  const hy = run * uy * frame.s;
  if (!fillArrow(out, 0, wx, wy, ARROW_FLOOR_Z, hx, hy, 0)) return 0;
  const slope = fx * ux + fy * uy;
  if (!Number.isFinite(slope) || !Number.isFinite(z0) || z0 < frame.zLo || z0 > frame.zHi) return 1;
  return liftedArrow(out, ARROW_FLOATS, wx, wy, toWorldZ(frame, z0), hx, hy, run * slope * frame.sz) ? 2 : 1;
}

function onDomain(frame: WorldFrame, a: number, b: number): boolean {
  const d = frame.domain;
  return a >= d.xMin && a <= d.xMax && b >= d.yMin && b <= d.yMax;
}

/** An arrow from (x, y, z) along (dx, dy, dz), shortened so the tip stays inside the box. */
function liftedArrow(out: Float32Array, offset: number, x: number, y: number, z: number, dx: number, dy: number, dz: number): boolean {
  range.reset();
  if (!clipSlab(z, z + dz, 0, HEIGHT, range)) return false;
  const t = range.t1;
  return fillArrow(out, offset, x, y, z, t * dx, t * dy, t * dz);
}
