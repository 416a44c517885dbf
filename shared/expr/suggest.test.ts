import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closest, editDistance } from './suggest';

describe('suggest', () => {
  it('computes edit distances counted by hand', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sinn', 'sin')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('is a metric on random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b, c) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
    );
  });
  it('suggests only close names', () => {
    expect(closest('sqr', ['sqrt', 'sin'])).toBe('sqrt');
    expect(closest('Sin', ['sin', 'cos'])).toBe('sin');
    expect(closest('banana', ['sin', 'cos'])).toBeUndefined();
  });
});
