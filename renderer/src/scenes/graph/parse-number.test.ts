import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it('reads what people type', () => {
    expect(parseNumber(' 0.5 ')).toBe(0.5);
    expect(parseNumber('−0.25')).toBe(-0.25);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('2e-3')).toBe(0.002);
  });
  it('refuses non-numbers and non-finite values', () => {
    for (const s of ['', 'x', '2x', '1e400', 'NaN', 'Infinity', '1..2', '--1']) expect(parseNumber(s), s).toBeUndefined();
  });
  it('round-trips every finite double through String (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
    }));
  });
});
