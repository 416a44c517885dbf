/**
 * The vertical field of view that keeps the whole world box in view at any window shape: a tall
 * or narrow viewport (the explorer's side panel open, a portrait projector) gets a wider vertical
 * angle so the horizontal one never drops below HORIZONTAL_FOV.
 */
export const HORIZONTAL_FOV = 62;
// Wide, short viewports (lecture mode, a projector at 16:9 with the panel beside) need this much
// vertical angle for the world box's near corner and the x-axis labels to stay in the frame.
const MIN_VERTICAL = 43;
const MAX_VERTICAL = 75;

export function verticalFov(aspect: number): number {
  if (!(aspect > 0) || !Number.isFinite(aspect)) return MIN_VERTICAL;
  const h = (HORIZONTAL_FOV * Math.PI) / 180;
  const v = (2 * Math.atan(Math.tan(h / 2) / aspect) * 180) / Math.PI;
  return Math.min(MAX_VERTICAL, Math.max(MIN_VERTICAL, v));
}

export type Vec3 = readonly [number, number, number];

export interface FitInput {
  /** Points that must be in view (the corners of a box suffice: the frustum is convex). */
  readonly points: readonly Vec3[];
  /** From the target towards the camera (any length): the viewing direction is kept. */
  readonly direction: Vec3;
  /** The camera's up (the scene's z axis). */
  readonly up: Vec3;
  /** Vertical field of view, degrees. */
  readonly fovDeg: number;
  /** Width / height of the viewport. */
  readonly aspect: number;
  /** Empty border on each side, as a fraction of the half-width and half-height of the view. */
  readonly margin: number;
  /** No point may come closer to the camera than this (the near plane, with room to spare). */
  readonly near: number;
}

export interface Fit {
  readonly target: Vec3;
  readonly distance: number;
}

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]);
  return l > 0 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 1];
};

/** The camera's right, up and back (towards the viewer) axes for a viewing direction. */
export function cameraBasis(direction: Vec3, up: Vec3): { right: Vec3; up: Vec3; back: Vec3 } {
  const back = norm(direction);
  let right = cross(up, back);
  // Looking straight along `up`: any horizontal right will do.
  if (Math.hypot(right[0], right[1], right[2]) < 1e-9) right = cross([0, 1, 0], back);
  right = norm(right);
  return { right, up: cross(back, right), back };
}

/**
 * Where to put the camera so every point is inside the view with `margin` to spare, looking along
 * `direction`: the target is the centre of the points' extent as seen from that direction and the
 * distance is the smallest that keeps all of them in. For a point p relative to the target, with
 * x, y its offsets along the camera's right and up axes and z along its back axis, the depth is
 * D − z and the point is inside when |x| ≤ (D − z)·tan(h/2)·(1 − m) and |y| ≤ (D − z)·tan(v/2)·(1 − m),
 * so D = max over points of z + max(|x|/tanH, |y|/tanV), exactly. The target is then moved
 * sideways to centre the points' angular extent (three passes) — the distance formula keeps every
 * point inside whatever the target, the centring only makes the fit tighter.
 */
export function fitCamera(input: FitInput): Fit {
  const { points, margin } = input;
  if (points.length === 0) return { target: [0, 0, 0], distance: 1 };
  const basis = cameraBasis(input.direction, input.up);
  const aspect = input.aspect > 0 && Number.isFinite(input.aspect) ? input.aspect : 1;
  const tanV = Math.tan((input.fovDeg * Math.PI) / 360) * (1 - margin);
  const tanH = Math.tan((input.fovDeg * Math.PI) / 360) * aspect * (1 - margin);
  // Start from the centre of the axis-aligned bounds.
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i]!, p[i]!);
      hi[i] = Math.max(hi[i]!, p[i]!);
    }
  let t: Vec3 = [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2, (lo[2]! + hi[2]!) / 2];
  let distance = 0;
  for (let pass = 0; pass < 4; pass++) {
    distance = requiredDistance(points, t, basis, tanH, tanV, input.near);
    if (pass === 3) break;
    // Angular extent (tangent units) seen from the camera at this distance.
    let uMin = Infinity;
    let uMax = -Infinity;
    let vMin = Infinity;
    let vMax = -Infinity;
    for (const p of points) {
      const rel: Vec3 = [p[0] - t[0], p[1] - t[1], p[2] - t[2]];
      const depth = distance - dot(rel, basis.back);
      const u = dot(rel, basis.right) / depth;
      const v = dot(rel, basis.up) / depth;
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
      vMin = Math.min(vMin, v);
      vMax = Math.max(vMax, v);
    }
    // Moving the target (and camera) by s along right shifts every u by −s/depth: shift by the
    // centre's offset times the target's depth.
    const su = ((uMin + uMax) / 2) * distance;
    const sv = ((vMin + vMax) / 2) * distance;
    t = [t[0] + su * basis.right[0] + sv * basis.up[0], t[1] + su * basis.right[1] + sv * basis.up[1], t[2] + su * basis.right[2] + sv * basis.up[2]];
  }
  return { target: t, distance };
}

function requiredDistance(points: readonly Vec3[], t: Vec3, basis: { right: Vec3; up: Vec3; back: Vec3 }, tanH: number, tanV: number, near: number): number {
  let d = 0;
  for (const p of points) {
    const rel: Vec3 = [p[0] - t[0], p[1] - t[1], p[2] - t[2]];
    const z = dot(rel, basis.back);
    d = Math.max(d, z + Math.abs(dot(rel, basis.right)) / tanH, z + Math.abs(dot(rel, basis.up)) / tanV, z + near);
  }
  return d;
}

/** The 8 corners of an axis-aligned box. */
export function boxCorners(min: Vec3, max: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [min[0], max[0]]) for (const y of [min[1], max[1]]) for (const z of [min[2], max[2]]) out.push([x, y, z]);
  return out;
}

/** Most the keyboard may tilt the view above or below the horizon (degrees). */
export const MAX_ELEVATION = 89;

/**
 * The camera's offset from the target turned by `dAzimuth` about the vertical (z) axis and tilted
 * by `dElevation` (degrees), keeping its length; the tilt stops short of the poles, where the
 * view would flip.
 */
export function orbitOffset(offset: Vec3, dAzimuth: number, dElevation: number): Vec3 {
  const r = Math.hypot(offset[0], offset[1], offset[2]);
  if (!(r > 0)) return offset;
  const az = Math.atan2(offset[1], offset[0]) + (dAzimuth * Math.PI) / 180;
  const lim = (MAX_ELEVATION * Math.PI) / 180;
  const el = Math.min(lim, Math.max(-lim, Math.asin(Math.max(-1, Math.min(1, offset[2] / r))) + (dElevation * Math.PI) / 180));
  return [r * Math.cos(el) * Math.cos(az), r * Math.cos(el) * Math.sin(az), r * Math.sin(el)];
}

/** Azimuth (from +x, counter-clockwise seen from above) and elevation of an offset, degrees. */
export function offsetAngles(offset: Vec3): { azimuth: number; elevation: number; distance: number } {
  const r = Math.hypot(offset[0], offset[1], offset[2]);
  return {
    azimuth: (Math.atan2(offset[1], offset[0]) * 180) / Math.PI,
    elevation: r > 0 ? (Math.asin(offset[2] / r) * 180) / Math.PI : 0,
    distance: r,
  };
}
