/**
 * Pure geometry of the point marker: the point (a, b, f(a, b)) on the surface and a vertical drop
 * line to its foot (a, b) on the floor, so the eye can read where on the x–y map the point sits.
 */
import { toWorldX, toWorldY, toWorldZ, type WorldFrame } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { put3 } from './clip';

/** Where the marker is drawn: on the surface (with drop line), on the floor only (f undefined there), or not at all. */
export type MarkerPlacement = 'surface' | 'floor' | 'none';

/**
 * Writes the drop line (top = surface point, bottom = floor foot) as 6 floats into out[0..5]. The
 * height is clamped to the box like the surface. 'floor' when f(a, b) is undefined (out holds the
 * foot twice); 'none' when (a, b) is not finite or off the domain.
 */
export function fillPointMarker(a: number, b: number, z: number, frame: WorldFrame, out: Float32Array): MarkerPlacement {
  const d = frame.domain;
  if (!(a >= d.xMin && a <= d.xMax && b >= d.yMin && b <= d.yMax)) return 'none';
  const wx = toWorldX(frame, a);
  const wy = toWorldY(frame, b);
  const defined = Number.isFinite(z);
  put3(out, 0, wx, wy, defined ? toWorldZ(frame, z) : FLOOR_LIFT);
  put3(out, 3, wx, wy, FLOOR_LIFT);
  return defined ? 'surface' : 'floor';
}
