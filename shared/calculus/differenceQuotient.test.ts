import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centralDifference, differenceQuotientTable, forwardDifference, logSteps } from './differenceQuotient';

describe('difference quotients', () => {
  it('are exact on lines and (central) on parabolas, up to rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (a, b, c, x) => {
          const h = 1e-3;
          // (f(x+h) − f(x))/h of a + b x is b; central of a + b x + c x² is b + 2 c x.
          expect(forwardDifference((t) => a + b * t, x, h)).toBeCloseTo(b, 8);
          const scale = 1 + Math.abs(a) + Math.abs(b * x) + Math.abs(c * x * x);
          expect(Math.abs(centralDifference((t) => a + b * t + c * t * t, x, h) - (b + 2 * c * x))).toBeLessThan(1e-9 * scale);
        },
      ),
    );
  });

  it('forward error is ≈ h·f″/2 and central error ≈ h²·|f‴|/6 at moderate h (sin at 1)', () => {
    const h = 1e-3;
    // Taylor: forward − f′ = h f″/2 + h² f‴/6 + O(h³) with f″ = −sin 1, f‴ = −cos 1;
    // central − f′ = h² f‴/6 + O(h⁴).
    expect(forwardDifference(Math.sin, 1, h) - Math.cos(1)).toBeCloseTo((-h * Math.sin(1)) / 2 - (h * h * Math.cos(1)) / 6, 9);
    expect(centralDifference(Math.sin, 1, h) - Math.cos(1)).toBeCloseTo((-h * h * Math.cos(1)) / 6, 11);
  });

  it('the table shows truncation falling then cancellation rising (sin at 1, exact cos 1)', () => {
    const rows = differenceQuotientTable(Math.sin, 1, [1e-1, 1e-6, 1e-14], Math.cos(1));
    const [big, mid, tiny] = rows;
    if (!big || !mid || !tiny) throw new Error('three rows expected');
    // Why: at h = 1e-14, sin(1 + h) and sin(1) agree in all but ~2 significant digits, so their
    // difference carries a rounding error of ~1e-16, i.e. ~1e-2 after dividing by h; at h = 1e-6
    // that rounding error is only ~1e-10, below the truncation error ~4e-7 (forward).
    expect(mid.forwardError).toBeLessThan(big.forwardError ?? 0);
    expect(tiny.forwardError).toBeGreaterThan(mid.forwardError ?? Number.POSITIVE_INFINITY);
    expect(tiny.centralError).toBeGreaterThan(mid.centralError ?? Number.POSITIVE_INFINITY);
    expect(mid.centralError).toBeLessThan(1e-9);
  });

  it('omits errors without an exact value, and logSteps lists 1e-1 … 1e-16', () => {
    const [row] = differenceQuotientTable(Math.exp, 0, [1e-4]);
    expect(row?.forwardError).toBeUndefined();
    expect(row?.forward).toBeCloseTo(1, 3);
    const hs = logSteps();
    expect(hs).toHaveLength(16);
    expect(hs[0]).toBe(0.1);
    expect(hs[15]).toBeCloseTo(1e-16, 30);
  });
});
