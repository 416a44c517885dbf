import { describe, expect, it } from 'vitest';
import { contours } from './contours';
import { niceLevels } from './niceLevels';
import { sampleGrid } from './sampleGrid';
import type { GridSamples } from './sampleGrid';

function grid(f: (x: number, y: number) => number, n = 101, half = 2): GridSamples {
  const r = sampleGrid(f, { xMin: -half, xMax: half, yMin: -half, yMax: half }, { nx: n, ny: n });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

function endpoints(segments: Float32Array): [number, number][] {
  const pts: [number, number][] = [];
  for (let k = 0; k < segments.length; k += 2) pts.push([segments[k] ?? Number.NaN, segments[k + 1] ?? Number.NaN]);
  return pts;
}

describe('contours (marching squares)', () => {
  it('paraboloid x² + y²: level c gives points on the circle of radius √c', () => {
    const g = grid((x, y) => x * x + y * y);
    const h = 4 / 100;
    for (const level of contours(g, [0.5, 1, 2])) {
      expect(level.count).toBeGreaterThan(20);
      const r = Math.sqrt(level.level);
      for (const [x, y] of endpoints(level.segments)) {
        // Linear interpolation of a quadratic along an edge of length h errs by at most ~h²/(8r).
        expect(Math.abs(Math.hypot(x, y) - r)).toBeLessThan(h * h + 1e-6);
      }
      // The pieces add up to the circumference (within the chord error).
      let length = 0;
      for (let k = 0; k < level.segments.length; k += 4) {
        const s = level.segments;
        length += Math.hypot((s[k + 2] ?? 0) - (s[k] ?? 0), (s[k + 3] ?? 0) - (s[k + 1] ?? 0));
      }
      expect(Math.abs(length - 2 * Math.PI * r) / (2 * Math.PI * r)).toBeLessThan(2e-3);
    }
  });

  it('a plane z = x + 2y gives straight contours x + 2y = c (exact up to float32)', () => {
    const g = grid((x, y) => x + 2 * y, 41);
    for (const level of contours(g, [-1.3, 0, 0.7, 2.2])) {
      expect(level.count).toBeGreaterThan(0);
      for (const [x, y] of endpoints(level.segments)) expect(Math.abs(x + 2 * y - level.level)).toBeLessThan(1e-5);
    }
  });

  it('levels outside the range or non-finite give no segments', () => {
    const g = grid((x, y) => x * x + y * y, 21);
    const [above, nan] = contours(g, [100, Number.NaN]);
    expect(above?.count).toBe(0);
    expect(nan?.count).toBe(0);
  });

  it('skips cells with masked corners: contours of √(1 − x² − y²) stay inside the disk', () => {
    const g = grid((x, y) => Math.sqrt(1 - x * x - y * y), 81, 1.5);
    for (const level of contours(g, [0.1, 0.5, 0.9])) {
      for (const [x, y] of endpoints(level.segments)) expect(Math.hypot(x, y)).toBeLessThanOrEqual(1);
    }
    // 1/(x²+y²): no segment through the masked pole region.
    const p = grid((x, y) => 1 / (x * x + y * y), 65);
    const lv = contours(p, [50]);
    for (const [x, y] of endpoints(lv[0]?.segments ?? new Float32Array())) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('resolves saddles by the centre value', () => {
    // A 2×2 grid with z = [a=1, b=0, d=0, c=1] (rows y0: a b, y1: d c): case 5.
    const r = sampleGrid((x, y) => (x === y ? 1 : 0), { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, { nx: 2, ny: 2 });
    if (!r.ok) throw new Error(r.error.en);
    const g = r.value;
    // Centre mean 0.5 ≥ level 0.4: high corners a, c joined → segments cut off corners b and d.
    const [joined] = contours(g, [0.4]);
    expect(joined?.count).toBe(2);
    const pts = endpoints(joined?.segments ?? new Float32Array());
    // Around b = (1, 0): bottom edge from z = 1 at x = 0 to 0 at x = 1 crosses 0.4 at x = 0.6;
    // right edge from 0 at y = 0 to 1 at y = 1 crosses at y = 0.4.
    expect(pts[0]?.[0]).toBeCloseTo(0.6, 6);
    expect(pts[0]?.[1]).toBe(0);
    expect(pts[1]?.[0]).toBe(1);
    expect(pts[1]?.[1]).toBeCloseTo(0.4, 6);
    // Centre mean 0.5 < level 0.6: the high corners are isolated → segments around a = (0, 0).
    const [split] = contours(g, [0.6]);
    const q = endpoints(split?.segments ?? new Float32Array());
    expect(q[0]?.[0]).toBe(0);
    expect(q[0]?.[1]).toBeCloseTo(0.4, 6);
    expect(q[1]?.[0]).toBeCloseTo(0.4, 6);
    expect(q[1]?.[1]).toBe(0);
  });
});

describe('niceLevels', () => {
  it('gives round steps strictly inside the range', () => {
    expect(niceLevels(0, 1, 10)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    // 15.9 / 5 = 3.18 → nearest nice step 2.5.
    expect(niceLevels(-3.7, 12.2, 5)).toEqual([-2.5, 0, 2.5, 5, 7.5, 10]);
    // 50 / 4 = 12.5 → 10; 1e-9 / 3 = 3.3e-10 → 2.5e-10.
    expect(niceLevels(1e6, 1e6 + 50, 4)).toEqual([1000010, 1000020, 1000030, 1000040]);
    expect(niceLevels(0, 1e-9, 3)).toEqual([2.5e-10, 5e-10, 7.5e-10]);
  });

  it('returns nothing for empty or invalid input', () => {
    expect(niceLevels(1, 1, 5)).toEqual([]);
    expect(niceLevels(2, 1, 5)).toEqual([]);
    expect(niceLevels(0, Number.NaN, 5)).toEqual([]);
    expect(niceLevels(0, 1, 0)).toEqual([]);
  });
});
