import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromWorldX, fromWorldY, fromWorldZ, HEIGHT } from '../../world-frame';
import { fillTangentPlane, TANGENT_PLANE_FLOATS } from './tangent-plane-geometry';
import { allFinite, FRAME, point } from './test-frame';

/** Area of the triangles in the (x, y) math plane (independent of how the fan was cut). */
function footprintArea(out: Float32Array, vertices: number): number {
  let area = 0;
  for (let t = 0; t < vertices; t += 3) {
    const [ax, ay] = point(out, t);
    const [bx, by] = point(out, t + 1);
    const [cx, cy] = point(out, t + 2);
    area += Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  }
  // World area → math area: divide by s² (s = 0.5).
  return area / (FRAME.s * FRAME.s);
}

describe('fillTangentPlane', () => {
  it('is the full square around the point when the plane stays inside the z range', () => {
    const out = new Float32Array(TANGENT_PLANE_FLOATS);
    // f = x² + y² at (0.5, 0.5): z0 = 0.5, fx = fy = 1; square half-size 0.25·4 = 1 → [−0.5, 1.5]².
    const v = fillTangentPlane({ a: 0.5, b: 0.5, z0: 0.5, fx: 1, fy: 1 }, FRAME, out);
    // Heights on the square run from 0.5 − 1 − 1 = −1.5 < 0: cut at z = 0 by the line x + y = 0.5.
    expect(v % 3).toBe(0);
    // Area of [−0.5,1.5]² where x + y ≥ 0.5: the cut-off corner is the triangle below x + y = 0.5
    // with legs 1.5 → area 4 − 1.125 = 2.875.
    expect(footprintArea(out, v)).toBeCloseTo(2.875, 4);
  });

  it('puts every vertex on the plane z = z0 + fx(x − a) + fy(y − b)', () => {
    const out = new Float32Array(TANGENT_PLANE_FLOATS);
    const p = { a: -1, b: 1.5, z0: 4, fx: 0.7, fy: -1.2 };
    const v = fillTangentPlane(p, FRAME, out);
    expect(v).toBeGreaterThanOrEqual(3);
    for (let k = 0; k < v; k++) {
      const [wx, wy, wz] = point(out, k);
      const x = fromWorldX(FRAME, wx);
      const y = fromWorldY(FRAME, wy);
      expect(fromWorldZ(FRAME, wz)).toBeCloseTo(p.z0 + p.fx * (x - p.a) + p.fy * (y - p.b), 4);
      // Inside the domain (the square [−2, 0] × [0.5, 2.5] is cut at y = 2).
      expect(y).toBeLessThanOrEqual(2 + 1e-6);
      expect(x).toBeGreaterThanOrEqual(-2 - 1e-6);
    }
    // Square [−2, 0] × [0.5, 2] (area 3); heights 4 + 0.7(x + 1) − 1.2(y − 1.5) stay within [0, 8]
    // (min at x = −2, y = 2: 4 − 0.7 − 0.6 = 2.7; max at x = 0, y = 0.5: 4 + 0.7 + 1.2 = 5.9).
    expect(footprintArea(out, v)).toBeCloseTo(3, 4);
  });

  it('cuts a steep plane to the slab between the floor and the top of the box', () => {
    const out = new Float32Array(TANGENT_PLANE_FLOATS);
    // z = 4 + 10x around (0, 0), half-size 1: inside [0, 8] only for x ∈ [−0.4, 0.4] → area 0.8·2.
    const v = fillTangentPlane({ a: 0, b: 0, z0: 4, fx: 10, fy: 0 }, FRAME, out);
    expect(footprintArea(out, v)).toBeCloseTo(1.6, 4);
    for (let k = 0; k < v; k++) {
      const z = point(out, k)[2];
      expect(z).toBeGreaterThanOrEqual(-1e-6);
      expect(z).toBeLessThanOrEqual(HEIGHT + 1e-6);
    }
  });

  it('draws nothing for an undefined point or slope', () => {
    const out = new Float32Array(TANGENT_PLANE_FLOATS);
    expect(fillTangentPlane({ a: 0, b: 0, z0: Number.POSITIVE_INFINITY, fx: 0, fy: 0 }, FRAME, out)).toBe(0);
    expect(fillTangentPlane({ a: 0, b: 0, z0: 1, fx: Number.NaN, fy: 0 }, FRAME, out)).toBe(0);
    expect(fillTangentPlane({ a: 5, b: 0, z0: 1, fx: 0, fy: 0 }, FRAME, out)).toBe(0);
    // Entirely above the box.
    expect(fillTangentPlane({ a: 0, b: 0, z0: 100, fx: 0, fy: 0 }, FRAME, out)).toBe(0);
  });

  it('writes only finite values within the box for any finite input (property)', () => {
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), num, num, num, (a, b, z0, fx, fy) => {
        const out = new Float32Array(TANGENT_PLANE_FLOATS);
        const v = fillTangentPlane({ a, b, z0, fx, fy }, FRAME, out);
        if (v % 3 !== 0 || v > 12 || !allFinite(out)) return false;
        for (let k = 0; k < v; k++) {
          const z = point(out, k)[2];
          if (z < -1e-5 || z > HEIGHT + 1e-5) return false;
        }
        return true;
      }),
    );
  });
});
