/**
 * Pure geometry of the tangent plane z = f(a,b) + fx·(x − a) + fy·(y − b) (deck ch. 2): a square
 * patch around the point, cut to the domain and to the z range of the box (Sutherland–Hodgman on
 * the plane's height, which is linear, so the cut edges are exact), as a triangle fan.
 */
import { toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../../world-frame';
import { put3 } from './clip';

/** Half the side of the patch as a fraction of the longer domain span (so the square is half the domain wide). */
export const TANGENT_PLANE_HALF_FRACTION = 0.25;

/** Floats needed by `fillTangentPlane`: a square cut by two levels has ≤ 6 corners → 4 triangles. */
export const TANGENT_PLANE_FLOATS = 4 * 3 * 3;

export interface TangentPlaneInput {
  readonly a: number;
  readonly b: number;
  /** f(a, b). */
  readonly z0: number;
  /** ∂f/∂x(a, b) and ∂f/∂y(a, b). */
  readonly fx: number;
  readonly fy: number;
}

// Scratch polygons (x, y pairs; a square clipped twice has at most 6 corners, 8 leaves headroom).
const polyA = new Float64Array(16);
const polyB = new Float64Array(16);

/**
 * Writes the patch as non-indexed triangles (9 floats each) into `out` (≥ TANGENT_PLANE_FLOATS)
 * and returns the vertex count (0 when the point or slopes are undefined, the point is off the
 * domain, or nothing of the patch is inside the z range). `halfSize` is in math units
 * (default: TANGENT_PLANE_HALF_FRACTION of the longer span); `lift` in world units.
 */
export function fillTangentPlane(p: TangentPlaneInput, frame: WorldFrame, out: Float32Array, lift = 0, halfSize?: number): number {
  const { a, b, z0, fx, fy } = p;
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(z0) && Number.isFinite(fx) && Number.isFinite(fy))) return 0;
  const d = frame.domain;
  if (a < d.xMin || a > d.xMax || b < d.yMin || b > d.yMax) return 0;
  const h = halfSize ?? TANGENT_PLANE_HALF_FRACTION * Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  const x0 = Math.max(d.xMin, a - h);
  const x1 = Math.min(d.xMax, a + h);
  const y0 = Math.max(d.yMin, b - h);
  const y1 = Math.min(d.yMax, b + h);
  polyA[0] = x0;
  polyA[1] = y0;
  polyA[2] = x1;
  polyA[3] = y0;
  polyA[4] = x1;
  polyA[5] = y1;
  polyA[6] = x0;
  polyA[7] = y1;
  // Keep L ≥ zLo, then L ≤ zHi (as −L ≥ −zHi).
  let n = clipPolygon(polyA, 4, polyB, p, 1, frame.zLo);
  n = clipPolygon(polyB, n, polyA, p, -1, -frame.zHi);
  if (n < 3) return 0;
  let v = 0;
  for (let k = 1; k + 1 < n; k++) {
    corner(p, frame, 0, lift, out, v++);
    corner(p, frame, k, lift, out, v++);
    corner(p, frame, k + 1, lift, out, v++);
  }
  return v;
}

function corner(p: TangentPlaneInput, frame: WorldFrame, c: number, lift: number, out: Float32Array, v: number): void {
  const x = polyA[2 * c] ?? 0;
  const y = polyA[2 * c + 1] ?? 0;
  put3(out, 3 * v, toWorldX(frame, x), toWorldY(frame, y), toWorldZ(frame, height(p, x, y)) + lift);
}

const height = (p: TangentPlaneInput, x: number, y: number): number => p.z0 + p.fx * (x - p.a) + p.fy * (y - p.b);

/** Keeps the part of polygon `src` (n corners) where sign·L(x, y) ≥ bound; returns the corner count in `dst`. */
function clipPolygon(src: Float64Array, n: number, dst: Float64Array, p: TangentPlaneInput, sign: number, bound: number): number {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const j = (k + 1) % n;
    const xa = src[2 * k] ?? 0;
    const ya = src[2 * k + 1] ?? 0;
    const xb = src[2 * j] ?? 0;
    const yb = src[2 * j + 1] ?? 0;
    const ga = sign * height(p, xa, ya) - bound;
    const gb = sign * height(p, xb, yb) - bound;
    if (ga >= 0) {
      dst[2 * m] = xa;
      dst[2 * m + 1] = ya;
      m++;
    }
    if ((ga >= 0) !== (gb >= 0)) {
      const t = ga / (ga - gb);
      dst[2 * m] = xa + t * (xb - xa);
      dst[2 * m + 1] = ya + t * (yb - ya);
      m++;
    }
  }
  return m;
}
