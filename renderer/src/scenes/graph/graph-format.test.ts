import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGraphNumber } from './graph-format';

describe('formatGraphNumber', () => {
  it('4 significant digits, U+2212 minus (also in the exponent), special values spelled out', () => {
    expect(formatGraphNumber(-1.8894e-7)).toBe('−1.889e−7');
    expect(formatGraphNumber(0.25)).toBe('0.25');
    expect(formatGraphNumber(-0.0125929)).toBe('−0.01259');
    expect(formatGraphNumber(1234567)).toBe('1.235e6');
    expect(formatGraphNumber(Number.NaN)).toBe('NaN');
    expect(formatGraphNumber(-Infinity)).toBe('−∞');
    expect(formatGraphNumber(-0)).toBe('0');
  });

  it('property (seed 42): no ASCII hyphen, at most 11 characters (“−1.234e−308”), and it reads back within 4-digit rounding', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e307, max: 1e307 }), (x) => {
        const s = formatGraphNumber(x);
        expect(s).not.toContain('-');
        expect(s.length).toBeLessThanOrEqual(11);
        const back = Number(s.replace(/−/g, '-'));
        if (x === 0) expect(back).toBe(0);
        else expect(Math.abs(back - x)).toBeLessThanOrEqual(5e-4 * Math.abs(x) * 1.0000001 + Number.MIN_VALUE);
      }),
      { seed: 42 },
    );
  });
});
