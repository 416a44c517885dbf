import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromWorldX, fromWorldY, fromWorldZ, HEIGHT } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { fillTrail, fillTrailMarker, lastFiniteIndex, type TrailCounts } from './trail-geometry';
import { allFinite, FRAME, point } from './test-frame';

const counts = (): TrailCounts => ({ surface: 0, floor: 0 });

describe('fillTrail', () => {
  it('joins consecutive points on the surface and on the floor', () => {
    // Points of f = x² + y²: (1.5, 1, 3.25) → (0.75, 0.5, 0.8125) → (0, 0, 0).
    const pts = Float64Array.from([1.5, 1, 3.25, 0.75, 0.5, 0.8125, 0, 0, 0]);
    const s = new Float32Array(12);
    const f = new Float32Array(12);
    expect(fillTrail(pts, 3, FRAME, 0.01, s, f, counts())).toEqual({ surface: 2, floor: 2 });
    const expected = [
      [1.5, 1, 3.25],
      [0.75, 0.5, 0.8125],
      [0.75, 0.5, 0.8125],
      [0, 0, 0],
    ];
    for (let k = 0; k < 4; k++) {
      const [wx, wy, wz] = point(s, k);
      const e = expected[k] ?? [];
      expect(fromWorldX(FRAME, wx)).toBeCloseTo(e[0] ?? Number.NaN, 6);
      expect(fromWorldY(FRAME, wy)).toBeCloseTo(e[1] ?? Number.NaN, 6);
      expect(fromWorldZ(FRAME, wz - 0.01)).toBeCloseTo(e[2] ?? Number.NaN, 5);
      const [fx, fy, fz] = point(f, k);
      expect([fx, fy]).toEqual([wx, wy]);
      expect(fz).toBeCloseTo(FLOOR_LIFT, 7);
    }
  });

  it('cuts a segment that leaves the domain at the edge', () => {
    // From (1, 0) to (3, 0) with z 1 → 9: crosses x = 2 halfway, z there 5.
    const pts = Float64Array.from([1, 0, 1, 3, 0, 9]);
    const s = new Float32Array(6);
    const f = new Float32Array(6);
    expect(fillTrail(pts, 2, FRAME, 0, s, f, counts())).toEqual({ surface: 1, floor: 1 });
    expect(fromWorldX(FRAME, s[3] ?? Number.NaN)).toBeCloseTo(2, 6);
    expect(fromWorldZ(FRAME, s[5] ?? Number.NaN)).toBeCloseTo(5, 5);
    // Entirely outside: dropped.
    expect(fillTrail(Float64Array.from([3, 3, 1, 4, 4, 1]), 2, FRAME, 0, s, f, counts())).toEqual({ surface: 0, floor: 0 });
  });

  it('breaks at non-finite points and keeps floor segments whose height is undefined', () => {
    const pts = Float64Array.from([0, 0, 1, 0.5, 0, Number.NaN, 1, 0, 2, Number.NaN, Number.NaN, Number.NaN, 1.5, 0, 3]);
    const s = new Float32Array(24);
    const f = new Float32Array(24);
    const c = fillTrail(pts, 5, FRAME, 0, s, f, counts());
    // Segments 0–1 and 1–2 have an undefined height (floor only); 2–3 and 3–4 touch a NaN point.
    expect(c).toEqual({ surface: 0, floor: 2 });
    expect(allFinite(f, 12)).toBe(true);
  });

  it('clamps heights to the box', () => {
    const pts = Float64Array.from([0, 0, -5, 1, 0, 1e9]);
    const s = new Float32Array(6);
    const f = new Float32Array(6);
    fillTrail(pts, 2, FRAME, 0, s, f, counts());
    expect(s[2]).toBe(0);
    expect(s[5]).toBeCloseTo(HEIGHT, 6);
  });

  it('respects the count and the buffer capacity', () => {
    const pts = Float64Array.from([0, 0, 0, 0.1, 0, 0, 0.2, 0, 0, 0.3, 0, 0]);
    const s = new Float32Array(6);
    const f = new Float32Array(12);
    expect(fillTrail(pts, 3, FRAME, 0, s, f, counts())).toEqual({ surface: 1, floor: 2 });
  });

  it('never writes a non-finite value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 0, maxLength: 60 }), (raw) => {
        const pts = Float64Array.from(raw);
        const n = Math.floor(pts.length / 3);
        const s = new Float32Array(Math.max(1, n) * 6);
        const f = new Float32Array(Math.max(1, n) * 6);
        const c = fillTrail(pts, n, FRAME, 0.01, s, f, counts());
        return allFinite(s, c.surface * 6) && allFinite(f, c.floor * 6);
      }),
    );
  });
});

describe('markers', () => {
  it('finds the last point with finite x, y', () => {
    expect(lastFiniteIndex(Float64Array.from([0, 0, 0, 1, 1, Number.NaN, Number.NaN, 0, 0]), 3)).toBe(1);
    expect(lastFiniteIndex(Float64Array.from([Number.NaN, 0, 0]), 1)).toBe(-1);
    expect(lastFiniteIndex(new Float64Array(0), 0)).toBe(-1);
  });
  it('clamps a marker that ran off the domain to its edge, and puts an undefined height on the floor', () => {
    const out = new Float32Array(3);
    expect(fillTrailMarker(Float64Array.from([5, -7, 2]), 0, FRAME, 0, out)).toBe(true);
    expect([out[0], out[1]]).toEqual([1, -1]);
    expect(fromWorldZ(FRAME, out[2] ?? Number.NaN)).toBeCloseTo(2, 5);
    expect(fillTrailMarker(Float64Array.from([0, 0, Number.NaN]), 0, FRAME, 0, out)).toBe(true);
    expect(out[2]).toBeCloseTo(FLOOR_LIFT, 7);
    expect(fillTrailMarker(Float64Array.from([Number.POSITIVE_INFINITY, 0, 0]), 0, FRAME, 0, out)).toBe(false);
  });
});
