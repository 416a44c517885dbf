import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSig, latexNumber, latexSignedTerm } from './format';

describe('formatSig', () => {
  it('rounds to 4 significant digits by default', () => {
    expect(formatSig(3.14159265)).toBe('3.142');
    expect(formatSig(-2.5)).toBe('−2.5');
    expect(formatSig(1234.5678)).toBe('1235');
    expect(formatSig(0.000123456)).toBe('0.0001235');
    expect(formatSig(12)).toBe('12');
  });
  it('uses exponent form for tiny and huge magnitudes', () => {
    expect(formatSig(1.23456e-7)).toBe('1.235e-7');
    expect(formatSig(-4e12)).toBe('−4e12');
    expect(formatSig(999999.7)).toBe('1e6');
  });
  it('names special values', () => {
    expect(formatSig(Number.NaN)).toBe('—');
    expect(formatSig(Infinity)).toBe('∞');
    expect(formatSig(-Infinity)).toBe('−∞');
    expect(formatSig(-0)).toBe('0');
  });
  it('reads back within the rounding of 4 significant digits (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (v) => {
        const back = Number(formatSig(v).replace('−', '-'));
        if (v === 0) return back === 0;
        // Half a unit in the 4th significant digit, relative: 5e-4.
        return Math.abs(back - v) <= 5.0001e-4 * Math.abs(v);
      }),
    );
  });
});

describe('latexNumber', () => {
  it('writes exponents as powers of ten and parenthesises negatives on request', () => {
    expect(latexNumber(1.5e-7)).toBe('1.5\\times 10^{-7}');
    expect(latexNumber(-2, 4, true)).toBe('\\left(-2\\right)');
    expect(latexNumber(-2)).toBe('-2');
    expect(latexNumber(Number.NaN)).toBe('\\text{undefined}');
  });
  it('writes signed terms', () => {
    expect(latexSignedTerm(3)).toBe(' + 3');
    expect(latexSignedTerm(-0.5)).toBe(' - 0.5');
  });
});
