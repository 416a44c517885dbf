/**
 * Pure geometry of the partial-derivative slices (deck ch. 2: a partial derivative is the slope of
 * a slice): the vertical plane through the point, the curve where it cuts the surface and the
 * tangent line of that curve. Everything is written in world coordinates into caller-owned arrays,
 * so a slider drag allocates nothing.
 */
import { HEIGHT, toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../../world-frame';
import { clipSlab, lerp, ParamRange, put3 } from './clip';

/** Which coordinate varies along the slice: 'x' is the curve z = f(x, b) in the plane y = b. */
export type SliceAxis = 'x' | 'y';

/** Samples along a slice curve: smooth at 256×256 surface resolutions, cheap to redo per drag. */
export const SLICE_SAMPLES = 241;

/** Lines drawn on the surface are lifted by this many world units so the depth test keeps them on top. */
export const SURFACE_LIFT = 0.006;

/**
 * A jump between neighbouring samples larger than this fraction of the z range is checked at the
 * midpoint: a continuous curve has its midpoint value between the two ends (up to a small bend),
 * a pole or jump (tan, 1/x, a step) does not, and the segment is then left out.
 */
const JUMP_FRACTION = 0.25;

const range = new ParamRange();

/**
 * Writes the four corners of the slice plane (y = fixed for axis 'x', x = fixed for axis 'y')
 * spanning the domain and the box height, counter-clockwise as 12 floats into out[0..11].
 */
export function fillSlicePlane(axis: SliceAxis, fixed: number, frame: WorldFrame, out: Float32Array): void {
  const d = frame.domain;
  if (axis === 'x') {
    const wy = toWorldY(frame, fixed);
    const x0 = toWorldX(frame, d.xMin);
    const x1 = toWorldX(frame, d.xMax);
    put3(out, 0, x0, wy, 0);
    put3(out, 3, x1, wy, 0);
    put3(out, 6, x1, wy, HEIGHT);
    put3(out, 9, x0, wy, HEIGHT);
  } else {
    const wx = toWorldX(frame, fixed);
    const y0 = toWorldY(frame, d.yMin);
    const y1 = toWorldY(frame, d.yMax);
    put3(out, 0, wx, y0, 0);
    put3(out, 3, wx, y1, 0);
    put3(out, 6, wx, y1, HEIGHT);
    put3(out, 9, wx, y0, HEIGHT);
  }
}

/**
 * The slice curve z = f(x, fixed) (axis 'x') or z = f(fixed, y) (axis 'y') over the domain, as
 * line segments (6 floats each) into `out`, `samples` points (≥ 2; at most out.length / 6 + 1).
 * Segments are left out where f is undefined at either end (NaN, ±∞) and across poles and jumps;
 * parts outside the z range are clipped at the box edge. Returns the number of segments written.
 */
export function fillSliceCurve(
  f: (x: number, y: number) => number,
  axis: SliceAxis,
  fixed: number,
  frame: WorldFrame,
  samples: number,
  lift: number,
  out: Float32Array,
  along?: SliceAlong,
): number {
  const d = frame.domain;
  const lo = axis === 'x' ? d.xMin : d.yMin;
  const hi = axis === 'x' ? d.xMax : d.yMax;
  const n = Math.min(Math.max(2, Math.floor(samples)), Math.floor(out.length / 6) + 1);
  if (!Number.isFinite(fixed)) return 0;
  const zs = along ? valuesAlong(along, axis, fixed, lo, hi, n) : null;
  const { zLo, zHi } = frame;
  const jump = JUMP_FRACTION * (zHi - zLo);
  const bend = 0.02 * (zHi - zLo);
  const wFixed = axis === 'x' ? toWorldY(frame, fixed) : toWorldX(frame, fixed);

  let count = 0;
  let u0 = lo;
  let z0 = zs ? (zs[0] ?? Number.NaN) : sampleAt(f, axis, fixed, u0);
  for (let i = 1; i < n; i++) {
    const u1 = sliceU(lo, hi, i, n);
    const z1 = zs ? (zs[i] ?? Number.NaN) : sampleAt(f, axis, fixed, u1);
    if (Number.isFinite(z0) && Number.isFinite(z1) && continuous(f, axis, fixed, u0, u1, z0, z1, jump, bend)) {
      range.reset();
      if (clipSlab(z0, z1, zLo, zHi, range)) {
        const ua = lerp(u0, u1, range.t0);
        const ub = lerp(u0, u1, range.t1);
        const wa = axis === 'x' ? toWorldX(frame, ua) : toWorldY(frame, ua);
        const wb = axis === 'x' ? toWorldX(frame, ub) : toWorldY(frame, ub);
        const za = toWorldZ(frame, lerp(z0, z1, range.t0)) + lift;
        const zb = toWorldZ(frame, lerp(z0, z1, range.t1)) + lift;
        const o = count * 6;
        if (axis === 'x') {
          out[o] = wa;
          out[o + 1] = wFixed;
          out[o + 3] = wb;
          out[o + 4] = wFixed;
        } else {
          out[o] = wFixed;
          out[o + 1] = wa;
          out[o + 3] = wFixed;
          out[o + 4] = wb;
        }
        out[o + 2] = za;
        out[o + 5] = zb;
        count++;
      }
    }
    u0 = u1;
    z0 = z1;
  }
  return count;
}

const sampleAt = (f: (x: number, y: number) => number, axis: SliceAxis, fixed: number, u: number): number =>
  axis === 'x' ? f(u, fixed) : f(fixed, u);

/** The i-th of n sample positions from lo to hi (the last exactly hi). */
const sliceU = (lo: number, hi: number, i: number, n: number): number => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1));

/**
 * f along a slice, many points in one call (PointModel.evaluateAlong): u runs along `axis` with
 * the other coordinate `fixed`; the same numbers as f point by point.
 */
export type SliceAlong = (axis: SliceAxis, fixed: number, us: Float64Array, out: Float64Array) => void;

// Scratch for valuesAlong, grown on demand: a slider drag rebuilds the slices every frame.
let alongUs = new Float64Array(0);
let alongZs = new Float64Array(0);

/** The slice's n values through one `along` call, or null if it throws (then f serves point by point). */
function valuesAlong(along: SliceAlong, axis: SliceAxis, fixed: number, lo: number, hi: number, n: number): Float64Array | null {
  if (alongUs.length !== n) {
    alongUs = new Float64Array(n);
    alongZs = new Float64Array(n);
  }
  for (let i = 0; i < n; i++) alongUs[i] = sliceU(lo, hi, i, n);
  try {
    along(axis, fixed, alongUs, alongZs);
    return alongZs;
  } catch {
    return null;
  }
}

function continuous(
  f: (x: number, y: number) => number,
  axis: SliceAxis,
  fixed: number,
  u0: number,
  u1: number,
  z0: number,
  z1: number,
  jump: number,
  bend: number,
): boolean {
  if (!(Math.abs(z1 - z0) > jump)) return true;
  const zm = sampleAt(f, axis, fixed, (u0 + u1) / 2);
  return Number.isFinite(zm) && zm >= Math.min(z0, z1) - bend && zm <= Math.max(z0, z1) + bend;
}

/**
 * The tangent line of the slice at (a, b): through (a, b, z0) with slope `slope` = ∂f/∂x (axis 'x')
 * or ∂f/∂y (axis 'y'), `halfLength` world units each way (so it looks the same length however
 * steep), clipped to the domain and the z range. Writes 6 floats at out[offset]; returns false
 * (and writes nothing) when the point is undefined, off the domain or outside the z range.
 */
export function fillTangentLine(
  axis: SliceAxis,
  a: number,
  b: number,
  z0: number,
  slope: number,
  frame: WorldFrame,
  halfLength: number,
  lift: number,
  out: Float32Array,
  offset = 0,
): boolean {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(z0) && Number.isFinite(slope))) return false;
  const d = frame.domain;
  if (a < d.xMin || a > d.xMax || b < d.yMin || b > d.yMax || z0 < frame.zLo || z0 > frame.zHi) return false;
  const px = toWorldX(frame, a);
  const py = toWorldY(frame, b);
  const pz = toWorldZ(frame, z0);
  // World-space direction: one world unit sideways rises slope · sz / s world units.
  const rise = (slope * frame.sz) / frame.s;
  const norm = Math.hypot(1, rise);
  const du = halfLength / norm;
  const dz = (halfLength * rise) / norm;
  const dx = axis === 'x' ? du : 0;
  const dy = axis === 'x' ? 0 : du;
  // p(t) = P + (2t − 1)·D for t ∈ [0, 1].
  range.reset();
  const ok =
    clipSlab(px - dx, px + dx, toWorldX(frame, d.xMin), toWorldX(frame, d.xMax), range) &&
    clipSlab(py - dy, py + dy, toWorldY(frame, d.yMin), toWorldY(frame, d.yMax), range) &&
    clipSlab(pz - dz, pz + dz, 0, HEIGHT, range);
  if (!ok) return false;
  const s0 = 2 * range.t0 - 1;
  const s1 = 2 * range.t1 - 1;
  out[offset] = px + s0 * dx;
  out[offset + 1] = py + s0 * dy;
  out[offset + 2] = pz + s0 * dz + lift;
  out[offset + 3] = px + s1 * dx;
  out[offset + 4] = py + s1 * dy;
  out[offset + 5] = pz + s1 * dz + lift;
  return true;
}
