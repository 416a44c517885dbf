import { describe, expect, it } from 'vitest';
import { networkSurface } from './network-samples';

describe('networkSurface', () => {
  it('keeps finite losses, masks the rest and frames the finite range', () => {
    const s = networkSurface({ resolution: 2, samples: new Float32Array([0.5, Number.NaN, 2, Infinity]) });
    expect(Array.from(s.samples.mask)).toEqual([1, 0, 1, 0]);
    expect(s.zLo).toBe(0.5);
    expect(s.zHi).toBe(2);
    expect(s.gaps).toBe(2);
    for (const v of s.samples.z) expect(Number.isFinite(v)).toBe(true);
  });
  it('gives a constant loss a box of height 1 around it', () => {
    const s = networkSurface({ resolution: 2, samples: new Float32Array([3, 3, 3, 3]) });
    expect([s.zLo, s.zHi]).toEqual([2.5, 3.5]);
  });
});
