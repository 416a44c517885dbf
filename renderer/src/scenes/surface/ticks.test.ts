import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTick, niceStep, niceTicks, stepDecimals } from './ticks';

describe('ticks', () => {
  it('chooses textbook steps', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(6, 6)).toBe(1);
    expect(niceStep(1e6, 5)).toBe(200000);
  });
  it('covers [-3, 3] with integer ticks including 0', () => {
    expect(niceTicks(-3, 3).values).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });
  it('keeps every tick inside the range, evenly spaced, at most a sane count', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (a, span) => {
        const t = niceTicks(a, a + span, 6);
        for (const v of t.values) if (v < a - t.step * 1e-6 || v > a + span + t.step * 1e-6) return false;
        return t.values.length >= 1 && t.values.length <= 13;
      }),
    );
  });
  it('prints every tick of a 2.5 or 0.25 step exactly', () => {
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(50)).toBe(0);
    expect(stepDecimals(0.1)).toBe(1);
    const t = niceTicks(0, 10, 4);
    expect(t.step).toBe(2.5);
    expect(t.values.map((v) => formatTick(v, t.decimals))).toEqual(['0', '2.5', '5.0', '7.5', '10.0']);
  });
  it('formats with a proper minus sign and exponents for extremes', () => {
    expect(formatTick(-1.5, 1)).toBe('−1.5');
    expect(formatTick(0, 2)).toBe('0');
    expect(formatTick(2500000, 0)).toBe('2.5e6');
    expect(formatTick(0.25, 2)).toBe('0.25');
  });
});

describe('stepDecimals (shared by the 3D axes and the 2D panels)', () => {
  it('counts the decimals a tick step needs', () => {
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(25)).toBe(0);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(0.1)).toBe(1);
    expect(stepDecimals(5e-4)).toBe(4);
    expect(stepDecimals(0)).toBe(0);
  });
});
