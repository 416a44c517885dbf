import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTick, niceStep, niceTicks, stepDecimals, tickLabels } from './ticks';

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

describe('ticks at any magnitude and any range/span ratio (issue 12)', () => {
  it('niceTicks(1e36, 1.2e36) labels are distinct and readable (was "1.1e36" three times)', () => {
    const t = niceTicks(1e36, 1.2e36);
    const labels = tickLabels(t);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    // Each label reads back to its tick to within a small part of the step.
    for (const [i, v] of t.values.entries()) expect(Math.abs(Number((labels[i] ?? '').replace('−', '-')) - v)).toBeLessThan(t.step * 0.01);
    expect(labels).toContain('1.10e36');
  });

  it('100000 + x over [−3, 3]: five-digit-and-up fixed ticks stay distinct', () => {
    for (const [lo, hi] of [[99997, 100003], [1e6 - 3, 1e6 + 3], [1e300, 1.0000001e300], [-1e-7, 1e-7], [1e-9, 1.5e-9]] as const) {
      const t = niceTicks(lo, hi, 5);
      const labels = tickLabels(t);
      expect(t.values.length).toBeGreaterThanOrEqual(2);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('spans below double resolution give one tick, not 1000 copies of the same value', () => {
    const t = niceTicks(1e20, 1e20 + 16384, 5);
    expect(t.values.length).toBeLessThanOrEqual(13);
    expect(new Set(t.values).size).toBe(t.values.length);
    const u = niceTicks(1e16, 1e16 + 2, 5);
    expect(new Set(u.values).size).toBe(u.values.length);
    expect(u.values.length).toBeLessThanOrEqual(13);
  });

  it('a range whose span overflows (−1e308 … 1e308) still gets finite, distinct ticks', () => {
    const t = niceTicks(-1e308, 1e308, 6);
    expect(t.values.length).toBeGreaterThanOrEqual(3);
    expect(t.values.every(Number.isFinite)).toBe(true);
    expect(new Set(tickLabels(t)).size).toBe(t.values.length);
  });

  it('property: for any finite range, values are increasing and labels distinct', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -300, max: 300 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (a, e, m) => {
          const span = m * 10 ** e;
          const b = a + span;
          if (!Number.isFinite(b) || !(b > a)) return true;
          const t = niceTicks(a, b, 6);
          for (let i = 1; i < t.values.length; i++) if (!((t.values[i] as number) > (t.values[i - 1] as number))) return false;
          const labels = tickLabels(t);
          return t.values.length <= 13 && new Set(labels).size === labels.length;
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});
