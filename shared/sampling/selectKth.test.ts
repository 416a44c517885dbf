import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectKth } from './selectKth';

describe('selectKth', () => {
  it('returns what sorting would put at index k, for any finite array and k', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200 }), fc.nat(), (xs, kk) => {
        const k = kk % xs.length;
        const a = Float64Array.from(xs);
        const sorted = Float64Array.from(xs).sort();
        const v = selectKth(a, k);
        if (!Object.is(v, sorted[k]) && v !== sorted[k]) return false;
        for (let i = 0; i < k; i++) if (a[i]! > v) return false;
        for (let i = k + 1; i < a.length; i++) if (a[i]! < v) return false;
        return true;
      }),
    );
  });
  it('handles sorted, reversed and constant input', () => {
    const n = 1001;
    expect(selectKth(Float64Array.from({ length: n }, (_, i) => i), 10)).toBe(10);
    expect(selectKth(Float64Array.from({ length: n }, (_, i) => n - i), 990)).toBe(991);
    expect(selectKth(new Float64Array(n).fill(3), 500)).toBe(3);
  });
});
