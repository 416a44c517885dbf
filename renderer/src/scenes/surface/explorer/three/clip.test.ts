import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipSlab, lerp, ParamRange } from './clip';

describe('clipSlab', () => {
  it('narrows to where the coordinate is inside the slab', () => {
    const r = new ParamRange();
    // p(t) = 10t inside [2, 5] for t ∈ [0.2, 0.5].
    expect(clipSlab(0, 10, 2, 5, r)).toBe(true);
    expect(r.t0).toBeCloseTo(0.2, 12);
    expect(r.t1).toBeCloseTo(0.5, 12);
    // Reversed direction gives the same interval.
    expect(clipSlab(10, 0, 5, 8, r.reset())).toBe(true);
    expect(r.t0).toBeCloseTo(0.2, 12);
    expect(r.t1).toBeCloseTo(0.5, 12);
  });
  it('is empty when the segment misses the slab, and handles constant coordinates', () => {
    const r = new ParamRange();
    expect(clipSlab(0, 1, 2, 3, r)).toBe(false);
    expect(clipSlab(2.5, 2.5, 2, 3, r.reset())).toBe(true);
    expect(clipSlab(4, 4, 2, 3, r.reset())).toBe(false);
    expect(clipSlab(Number.NaN, 1, 0, 2, r.reset())).toBe(false);
  });
  it('stays finite for the largest finite inputs (where t itself is only accurate to 2⁻⁵³)', () => {
    const r = new ParamRange();
    expect(clipSlab(-1.7e308, 1.7e308, -1, 1, r)).toBe(true);
    expect(r.t0).toBeCloseTo(0.5, 12);
    expect(r.t1).toBeCloseTo(0.5, 12);
    expect(Number.isFinite(lerp(-1.7e308, 1.7e308, r.t0))).toBe(true);
    expect(Number.isFinite(lerp(-1.7e308, 1.7e308, r.t1))).toBe(true);
  });
});

describe('lerp', () => {
  it('hits the ends exactly and the midpoint', () => {
    expect(lerp(3, 7, 0)).toBe(3);
    expect(lerp(3, 7, 1)).toBe(7);
    expect(lerp(3, 7, 0.5)).toBe(5);
  });
  it('stays between the ends for any finite input (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const v = lerp(a, b, t);
        return Number.isFinite(v) && v >= Math.min(a, b) && v <= Math.max(a, b);
      }),
    );
  });
});
