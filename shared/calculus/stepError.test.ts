import { describe, expect, it } from 'vitest';
import { differenceQuotientTable, logSteps } from './differenceQuotient';
import { bestCentralStep, bestForwardStep, bestRow, centralErrorModel, forwardErrorModel, stepVanishes } from './stepError';

const EPS = 2 ** -52;

describe('the error table of sin at 1 (truncation falls, rounding rises)', () => {
  const rows = differenceQuotientTable(Math.sin, 1, logSteps(16), Math.cos(1));
  const err = (h: number): number => rows.find((r) => r.h === h)?.forwardError ?? Number.NaN;

  it('forward error at h = 1e-8 is below the error at 1e-1 and at 1e-15', () => {
    expect(err(1e-8)).toBeLessThan(err(1e-1));
    expect(err(1e-8)).toBeLessThan(err(1e-15));
    // Truncation at 1e-1 ≈ |sin″(1)|·h/2 = sin(1)/20 ≈ 0.042 (hand estimate, within 20%).
    expect(err(1e-1)).toBeGreaterThan(0.8 * (Math.sin(1) / 20));
    expect(err(1e-1)).toBeLessThan(1.2 * (Math.sin(1) / 20));
  });

  it('at 1e-16 the step vanishes (1 + 1e-16 == 1) and the forward quotient is exactly 0', () => {
    expect(stepVanishes(1, 1e-16)).toBe(true);
    expect(stepVanishes(1, 1e-15)).toBe(false);
    expect(rows.at(-1)?.forward).toBe(0);
    expect(rows.at(-1)?.forwardError).toBeCloseTo(Math.cos(1), 15);
  });

  it('the best rows sit near √ε for forward and ∛ε for central', () => {
    const f = bestRow(rows, 'forward');
    const c = bestRow(rows, 'central');
    // √ε ≈ 1.5e-8, ∛ε ≈ 6e-6: the best decade is within one of those.
    expect(Math.abs(Math.log10(rows[f]?.h ?? 1) - Math.log10(Math.sqrt(EPS)))).toBeLessThanOrEqual(1.2);
    expect(Math.abs(Math.log10(rows[c]?.h ?? 1) - Math.log10(Math.cbrt(EPS)))).toBeLessThanOrEqual(1.3);
    expect(rows[c]?.centralError ?? 1).toBeLessThan(rows[f]?.forwardError ?? 0);
  });
});

describe('error models', () => {
  it('forward model: minimum at √(2ε|f|/|f″|), where the two parts are equal', () => {
    const fx = Math.sin(1);
    const f2 = -Math.sin(1);
    const h = bestForwardStep(1, fx, f2);
    // d/dh (a·h/2 + b/h) = 0 at h = √(2b/a); here a = b/ε = sin 1.
    expect(h).toBeCloseTo(Math.sqrt(2 * EPS), 20);
    const m = forwardErrorModel(h, fx, f2);
    expect(m).toBeLessThan(forwardErrorModel(h * 2, fx, f2));
    expect(m).toBeLessThan(forwardErrorModel(h / 2, fx, f2));
    expect((Math.abs(f2) * h) / 2).toBeCloseTo((EPS * Math.abs(fx)) / h, 22);
  });

  it('central model: minimum at ∛(3ε|f|/|f‴|)', () => {
    const h = bestCentralStep(1, 2, 4);
    expect(h).toBeCloseTo(Math.cbrt((3 * EPS * 2) / 4), 20);
    const m = centralErrorModel(h, 2, 4);
    expect(m).toBeLessThan(centralErrorModel(h * 1.5, 2, 4));
    expect(m).toBeLessThan(centralErrorModel(h / 1.5, 2, 4));
  });

  it('falls back to the rules of thumb when f″ or f‴ vanish', () => {
    expect(bestForwardStep(3, 1, 0)).toBeCloseTo(3 * Math.sqrt(EPS), 20);
    expect(bestCentralStep(0.5, 1, 0)).toBeCloseTo(Math.cbrt(EPS), 20);
  });

  it('bestRow ignores missing and non-finite errors', () => {
    expect(bestRow([{ h: 1, forward: 0, central: 0 }], 'forward')).toBe(-1);
    expect(bestRow([{ h: 1, forward: 0, central: 0, forwardError: Number.NaN, centralError: 1 }], 'central')).toBe(0);
  });
});
