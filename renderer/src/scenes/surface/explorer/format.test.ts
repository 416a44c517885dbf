import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiMinus, formatInterval, formatRange, formatSig, latexNumber, latexSignedTerm } from './format';

describe('formatSig', () => {
  it('rounds to 4 significant digits by default', () => {
    expect(formatSig(3.14159265)).toBe('3.142');
    expect(formatSig(-2.5)).toBe('−2.5');
    expect(formatSig(1234.5678)).toBe('1235');
    expect(formatSig(0.000123456)).toBe('0.0001235');
    expect(formatSig(12)).toBe('12');
  });
  it('uses exponent form for tiny and huge magnitudes', () => {
    expect(formatSig(1.23456e-7)).toBe('1.235e−7');
    expect(formatSig(-1.16e-16)).toBe('−1.16e−16');
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
        const shown = formatSig(v);
        // Never an ASCII hyphen on screen (issue 9): minus signs are U+2212, exponent included.
        if (shown.includes('-')) return false;
        const back = Number(asciiMinus(shown));
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

describe('formatRange (issue 9: "z from 0.001116 to 18", "1.16e-16")', () => {
  it('rounds both ends to a step tied to the span: 10^(⌊log₁₀ span⌋ − 3)', () => {
    // span 18 → step 10^(1 − 3) = 0.01: 0.001116 is 0.00 at that step, 18 stays 18.
    expect(formatRange(0.001116, 18)).toEqual(['0', '18']);
    // span 5.35 → step 0.001.
    expect(formatRange(-2.123456, 3.226)).toEqual(['−2.123', '3.226']);
    // span 0.002 → step 1e-6: a narrow range far from zero keeps the digits that differ.
    expect(formatRange(1000.0012344, 1000.0032344)).toEqual(['1000.001234', '1000.003234']);
    // span ≈ 3.1e8 → step 1e5.
    expect(formatRange(-1.23456789e7, 2.98765432e8)).toEqual(['−1.23e7', '2.988e8']);
  });
  it('snaps an end within span·1e−9 of zero to 0 (floating-point residue)', () => {
    expect(formatRange(1.16e-16, 2)).toEqual(['0', '2']);
    expect(formatRange(-3, -1.16e-16)).toEqual(['−3', '0']);
    expect(formatRange(-5e-13, 1e-3)).toEqual(['0', '0.001']);
  });
  it('keeps tiny ranges readable: the precision follows the span, not a fixed number of decimals', () => {
    expect(formatRange(1.5e-7, 3.5e-7)).toEqual(['1.5e−7', '3.5e−7']);
  });
  it('a flat or empty range shows its value; non-finite ends are named', () => {
    expect(formatRange(0, 0)).toEqual(['0', '0']);
    expect(formatRange(2.5, 2.5)).toEqual(['2.5', '2.5']);
    expect(formatRange(-Infinity, 3)).toEqual(['−∞', '3']);
    expect(formatRange(Number.NaN, 1)).toEqual(['—', '1']);
  });
  it('each end is within half a step of the true value, never shows a hyphen, and keeps lo ≤ hi (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (a, b) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const span = hi - lo;
        fc.pre(span > 1e-12 * Math.max(Math.abs(lo), Math.abs(hi), 1e-300));
        const [sLo, sHi] = formatRange(lo, hi);
        if (`${sLo}${sHi}`.includes('-')) return false;
        const step = 10 ** (Math.floor(Math.log10(span)) - 3);
        const backLo = Number(asciiMinus(sLo));
        const backHi = Number(asciiMinus(sHi));
        // Half a step of rounding, plus formatSig's own relative rounding at the digits it used.
        const tol = (v: number) => step * 0.5 + Math.abs(v) * 1e-12 + span * 1e-9;
        return Math.abs(backLo - lo) <= tol(lo) && Math.abs(backHi - hi) <= tol(hi) && backLo <= backHi;
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('formatInterval', () => {
  it('brackets the two ends of formatRange', () => {
    expect(formatInterval(-2, 2)).toBe('[−2, 2]');
    expect(formatInterval(-1.16e-16, 3)).toBe('[0, 3]');
  });
});
