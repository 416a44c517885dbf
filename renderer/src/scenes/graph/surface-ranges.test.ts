import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { surfaceRange } from './surface-ranges';

describe('surfaceRange', () => {
  it('centres a single value with the minimum half width', () => {
    expect(surfaceRange([0.5])).toEqual([-1, 2]);
    expect(surfaceRange([])).toEqual([-1.5, 1.5]);
  });
  it('always contains every finite value with a margin (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (vs) => {
      const [lo, hi] = surfaceRange(vs);
      for (const v of vs) {
        expect(v).toBeGreaterThan(lo);
        expect(v).toBeLessThan(hi);
      }
    }));
  });
});
