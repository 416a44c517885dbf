/**
 * Pure geometry of a gradient-descent walker's trail (deck ch. 5): the path on the surface
 * (slightly lifted) and its shadow on the floor / contour map. A trail that leaves the domain is
 * cut at the domain edge; non-finite points (a diverged step) break the line rather than send it
 * off screen; heights outside the z range are clamped to the box like the surface itself.
 */
import { toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { clipSlab, lerp, ParamRange, put3 } from './clip';

const range = new ParamRange();
const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** Index of the last point (of `count`) whose x, y are finite, or −1. */
export function lastFiniteIndex(points: ArrayLike<number>, count: number): number {
  for (let k = Math.min(count, Math.floor(points.length / 3)) - 1; k >= 0; k--) {
    if (Number.isFinite(points[3 * k]) && Number.isFinite(points[3 * k + 1])) return k;
  }
  return -1;
}

/**
 * Writes the trail through the first `count` points (x, y, z triples, math units) as segments:
 * on the surface (z + `lift` world units) into `surface`, on the floor into `floor`, 6 floats per
 * segment, each sized for count − 1 segments (extra segments are dropped). A segment with a
 * non-finite height at either end stays on the floor but is left out on the surface, so the two
 * counts may differ; both are written to `counts` (reuse it to stay allocation-free) and returned.
 */
export function fillTrail(
  points: ArrayLike<number>,
  count: number,
  frame: WorldFrame,
  lift: number,
  surface: Float32Array,
  floor: Float32Array,
  counts: TrailCounts,
): TrailCounts {
  counts.surface = 0;
  counts.floor = 0;
  const n = Math.min(count, Math.floor(points.length / 3));
  const d = frame.domain;
  const capS = Math.floor(surface.length / 6);
  const capF = Math.floor(floor.length / 6);
  for (let k = 0; k + 1 < n; k++) {
    const x0 = points[3 * k] ?? Number.NaN;
    const y0 = points[3 * k + 1] ?? Number.NaN;
    const z0 = points[3 * k + 2] ?? Number.NaN;
    const x1 = points[3 * k + 3] ?? Number.NaN;
    const y1 = points[3 * k + 4] ?? Number.NaN;
    const z1 = points[3 * k + 5] ?? Number.NaN;
    if (!(Number.isFinite(x0) && Number.isFinite(y0) && Number.isFinite(x1) && Number.isFinite(y1))) continue;
    range.reset();
    if (!clipSlab(x0, x1, d.xMin, d.xMax, range) || !clipSlab(y0, y1, d.yMin, d.yMax, range)) continue;
    // Clamped too: with ends 1e50 apart the clip parameters are only accurate to 1e50 · 2⁻⁵³.
    const ax = toWorldX(frame, clamp(lerp(x0, x1, range.t0), d.xMin, d.xMax));
    const ay = toWorldY(frame, clamp(lerp(y0, y1, range.t0), d.yMin, d.yMax));
    const bx = toWorldX(frame, clamp(lerp(x0, x1, range.t1), d.xMin, d.xMax));
    const by = toWorldY(frame, clamp(lerp(y0, y1, range.t1), d.yMin, d.yMax));
    if (counts.floor < capF) {
      const o = counts.floor * 6;
      put3(floor, o, ax, ay, FLOOR_LIFT);
      put3(floor, o + 3, bx, by, FLOOR_LIFT);
      counts.floor++;
    }
    if (Number.isFinite(z0) && Number.isFinite(z1) && counts.surface < capS) {
      const o = counts.surface * 6;
      put3(surface, o, ax, ay, toWorldZ(frame, lerp(z0, z1, range.t0)) + lift);
      put3(surface, o + 3, bx, by, toWorldZ(frame, lerp(z0, z1, range.t1)) + lift);
      counts.surface++;
    }
  }
  return counts;
}

/** Segment counts written by `fillTrail`. */
export interface TrailCounts {
  surface: number;
  floor: number;
}

/**
 * World position of point `index` for a marker (head, start, divergence ring): x and y clamped
 * into the domain (a walker that ran off still shows where it left), z clamped to the box, or on
 * the floor when z is not finite. Writes 3 floats at out[offset]; false when x or y is not finite.
 */
export function fillTrailMarker(points: ArrayLike<number>, index: number, frame: WorldFrame, lift: number, out: Float32Array, offset = 0): boolean {
  const x = points[3 * index] ?? Number.NaN;
  const y = points[3 * index + 1] ?? Number.NaN;
  const z = points[3 * index + 2] ?? Number.NaN;
  if (!(Number.isFinite(x) && Number.isFinite(y))) return false;
  const d = frame.domain;
  put3(out, offset, toWorldX(frame, clamp(x, d.xMin, d.xMax)), toWorldY(frame, clamp(y, d.yMin, d.yMax)), Number.isFinite(z) ? toWorldZ(frame, z) + lift : FLOOR_LIFT);
  return true;
}
