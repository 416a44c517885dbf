import { describe, expect, it } from 'vitest';
import { addR, invR, isExact, mulR, powR, rational, value } from './rational';

describe('rational', () => {
  it('reduces and keeps the sign on the numerator', () => {
    expect(rational(2, 4)).toEqual({ n: 1, d: 2 });
    expect(rational(3, -6)).toEqual({ n: -1, d: 2 });
  });
  it('adds, multiplies, inverts and raises exactly (hand-computed)', () => {
    expect(addR(rational(1, 2), rational(1, 3))).toEqual({ n: 5, d: 6 });
    expect(mulR(rational(2, 3), rational(9, 4))).toEqual({ n: 3, d: 2 });
    expect(invR(rational(-2, 5))).toEqual({ n: -5, d: 2 });
    expect(powR(rational(2, 3), -2)).toEqual({ n: 9, d: 4 });
  });
  it('falls back to floating point for non-integers', () => {
    const r = addR(rational(0.1), rational(1, 2));
    expect(isExact(r)).toBe(false);
    expect(value(r)).toBeCloseTo(0.6, 15);
  });
});
