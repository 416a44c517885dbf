import { describe, expect, it } from 'vitest';
import { gappedPath, linearScale, logScale, robustRange, sampleCurve } from './plot-scale';

describe('scales', () => {
  it('maps ends to ends, linear and logarithmic', () => {
    const s = linearScale(-2, 2, 0, 100);
    expect(s(-2)).toBe(0);
    expect(s(2)).toBe(100);
    expect(s(0)).toBe(50);
    const flipped = linearScale(0, 10, 200, 0);
    expect(flipped(2.5)).toBe(150);
    const l = logScale(1, 1000, 0, 300);
    expect(l(10)).toBeCloseTo(100, 12);
    expect(l(0)).toBeNaN();
    expect(linearScale(1, 1, 0, 10)(5)).toBe(5);
  });
});

describe('robustRange', () => {
  it('ignores a pole and NaNs but keeps the point', () => {
    const v = Array.from({ length: 101 }, (_, i) => i / 100); // 0 … 1
    v[50] = 1e12;
    v[10] = Number.NaN;
    const [lo, hi] = robustRange(v, [-0.5]);
    expect(lo).toBeLessThanOrEqual(-0.5);
    expect(hi).toBeLessThan(2);
    expect(hi).toBeGreaterThan(0.95);
  });
  it('handles constant and empty data', () => {
    expect(robustRange([3, 3, 3])).toEqual([2, 4]);
    expect(robustRange([Number.NaN])).toEqual([-1, 1]);
    expect(robustRange([100, 100])).toEqual([90, 110]);
  });
});

describe('sampleCurve and gappedPath', () => {
  it('samples the ends exactly', () => {
    const { t, v } = sampleCurve((x) => x * x, -1, 3, 5);
    expect(Array.from(t)).toEqual([-1, 0, 1, 2, 3]);
    expect(Array.from(v)).toEqual([1, 0, 1, 4, 9]);
  });
  it('breaks 1/x into two branches and skips NaN', () => {
    const xs = [-2, -1, 0, 1, 2];
    const ys = [-0.5, -1, Infinity, 1, 0.5];
    const id = (v: number) => v;
    const d = gappedPath(xs, ys, id, id, -1, 1);
    expect(d).toBe('M-2 -0.5L-1 -1M1 1L2 0.5');
    expect(gappedPath([0, 1, 2], [0, Number.NaN, 0], id, id, -1, 1)).toBe('M0 0M2 0');
    // A value far beyond the visible range (a pole's neighbour) is a gap too.
    expect(gappedPath([0, 1, 2], [0, 50, 0], id, id, -1, 1)).toBe('M0 0M2 0');
  });
});

