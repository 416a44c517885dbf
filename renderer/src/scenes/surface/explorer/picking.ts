/**
 * Picking the point (a, b) under the pointer: a world-space ray (from SurfaceView.rayAt) is
 * intersected with the drawn surface z = f(x, y) and with the floor. Pure maths on the world frame,
 * so it is tested with analytic surfaces and rays whose hits are computed by hand.
 *
 * The surface is matched as drawn: heights are clamped to the box like the mesh, and regions where
 * f is undefined are holes the ray passes through (to the floor, or to the surface beyond).
 */
import { fromWorldX, fromWorldY, HEIGHT, toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../world-frame';

export type Vec3 = readonly [number, number, number];

/** A ray origin + t·direction, t ≥ 0, in world units (direction need not be normalized). */
export interface Ray {
  readonly origin: Vec3;
  readonly direction: Vec3;
}

export interface PickHit {
  /** What was hit: the surface, or the floor (z = 0 world) of the box. */
  readonly kind: 'surface' | 'floor';
  /** The math coordinates of the hit, inside the domain. */
  readonly x: number;
  readonly y: number;
  /** The ray parameter of the hit (distance in units of |direction|). */
  readonly t: number;
}

export interface PickOptions {
  /** Samples along the part of the ray inside the box (default 600: features thinner than 1/600 of it may be missed). */
  readonly steps?: number;
}

const BISECTIONS = 48;
/** After refining, the ray must be this close (world units) to the surface, else the sign change was a jump (pole, cliff). */
const CONTACT = 1e-4;

/**
 * The first point where the ray meets the surface z = f(x, y) inside the box: marches through the
 * box in `steps` samples of the height gap (ray z − surface z), skipping samples where f is not
 * finite, and refines the first sign change by bisection. Returns null when the ray misses.
 */
export function pickSurface(ray: Ray, frame: WorldFrame, f: (x: number, y: number) => number, options: PickOptions = {}): PickHit | null {
  const span = boxSpan(ray, frame);
  if (!span) return null;
  const [tIn, tOut] = span;
  const steps = Math.max(2, Math.floor(options.steps ?? 600));
  const gap = (t: number): number => {
    const wx = ray.origin[0] + t * ray.direction[0];
    const wy = ray.origin[1] + t * ray.direction[1];
    const wz = ray.origin[2] + t * ray.direction[2];
    const z = f(fromWorldX(frame, wx), fromWorldY(frame, wy));
    return Number.isFinite(z) ? wz - toWorldZ(frame, z) : Number.NaN;
  };
  let t0 = tIn;
  let g0 = gap(t0);
  if (g0 === 0) return hit('surface', ray, frame, t0);
  for (let k = 1; k <= steps; k++) {
    const t1 = k === steps ? tOut : tIn + ((tOut - tIn) * k) / steps;
    const g1 = gap(t1);
    if (g1 === 0) return hit('surface', ray, frame, t1);
    if (Number.isFinite(g0) && Number.isFinite(g1) && g0 < 0 !== g1 < 0) {
      const t = refine(gap, t0, t1, g0);
      if (t !== null) return hit('surface', ray, frame, t);
    }
    t0 = t1;
    g0 = g1;
  }
  return null;
}

/** Bisection on [a, b] with gap(a) = ga of the opposite sign to gap(b); null if it lands on a hole or a jump. */
function refine(gap: (t: number) => number, a: number, b: number, ga: number): number | null {
  let lo = a;
  let hi = b;
  let glo = ga;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (lo + hi) / 2;
    const gm = gap(mid);
    if (!Number.isFinite(gm)) return null;
    if (gm === 0) return mid;
    if (gm < 0 === glo < 0) {
      lo = mid;
      glo = gm;
    } else {
      hi = mid;
    }
  }
  const t = (lo + hi) / 2;
  const g = gap(t);
  return Number.isFinite(g) && Math.abs(g) <= CONTACT ? t : null;
}

/** Where the ray meets the floor plane (world z = 0) inside the domain, or null. */
export function pickFloor(ray: Ray, frame: WorldFrame): PickHit | null {
  const dz = ray.direction[2];
  if (!(dz !== 0) || !Number.isFinite(dz)) return null;
  const t = -ray.origin[2] / dz;
  if (!(t >= 0) || !Number.isFinite(t)) return null;
  const x = fromWorldX(frame, ray.origin[0] + t * ray.direction[0]);
  const y = fromWorldY(frame, ray.origin[1] + t * ray.direction[1]);
  const d = frame.domain;
  if (!(x >= d.xMin && x <= d.xMax && y >= d.yMin && y <= d.yMax)) return null;
  return { kind: 'floor', x, y, t };
}

/** The nearer of the surface and floor hits (the surface where both exist), or null. */
export function pick(ray: Ray, frame: WorldFrame, f: (x: number, y: number) => number, options: PickOptions = {}): PickHit | null {
  const s = pickSurface(ray, frame, f, options);
  const fl = pickFloor(ray, frame);
  if (s && fl) return fl.t < s.t ? fl : s;
  return s ?? fl;
}

/** The ray's parameter interval inside the world box of the domain (t ≥ 0), or null. */
function boxSpan(ray: Ray, frame: WorldFrame): [number, number] | null {
  const d = frame.domain;
  const lo = [toWorldX(frame, d.xMin), toWorldY(frame, d.yMin), 0];
  const hi = [toWorldX(frame, d.xMax), toWorldY(frame, d.yMax), HEIGHT];
  let tIn = 0;
  let tOut = Number.POSITIVE_INFINITY;
  for (let c = 0; c < 3; c++) {
    const o = ray.origin[c] ?? Number.NaN;
    const v = ray.direction[c] ?? Number.NaN;
    const a = lo[c] ?? 0;
    const b = hi[c] ?? 0;
    if (!Number.isFinite(o) || !Number.isFinite(v)) return null;
    if (v === 0) {
      if (o < a || o > b) return null;
      continue;
    }
    let ta = (a - o) / v;
    let tb = (b - o) / v;
    if (ta > tb) [ta, tb] = [tb, ta];
    tIn = Math.max(tIn, ta);
    tOut = Math.min(tOut, tb);
  }
  return tIn <= tOut && Number.isFinite(tOut) ? [tIn, tOut] : null;
}

function hit(kind: PickHit['kind'], ray: Ray, frame: WorldFrame, t: number): PickHit | null {
  const d = frame.domain;
  // The march stays in the box, so only rounding can put the point a hair outside: clamp it.
  const x = Math.min(d.xMax, Math.max(d.xMin, fromWorldX(frame, ray.origin[0] + t * ray.direction[0])));
  const y = Math.min(d.yMax, Math.max(d.yMin, fromWorldY(frame, ray.origin[1] + t * ray.direction[1])));
  return { kind, x, y, t };
}
