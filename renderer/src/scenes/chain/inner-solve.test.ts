import { describe, expect, it } from 'vitest';
import { nearestRoot, solveInner } from './inner-solve';

const g = (x: number) => 3 * x * x + 1;

describe('solveInner', () => {
  it('finds the solution of 3x² + 1 = u nearest to the current x', () => {
    // 3x² + 1 = 4 ⇔ x = ±1.
    expect(solveInner(g, 4, 0.8, -2, 2)).toBeCloseTo(1, 12);
    expect(solveInner(g, 4, -0.3, -2, 2)).toBeCloseTo(-1, 12);
  });
  it('goes to where g comes closest when u is out of reach', () => {
    // u = 0 is below the minimum 1 (at x = 0).
    expect(solveInner(g, 0, 1.5, -2, 2)).toBeCloseTo(0, 12);
  });
  it('is exact at grid points and handles decreasing functions', () => {
    expect(solveInner((x) => -2 * x + 1, 1, 5, -2, 2)).toBe(0);
    expect(solveInner((x) => Math.exp(-x), Math.exp(-0.3), 0, -2, 2)).toBeCloseTo(0.3, 12);
  });
  it('skips gaps in the domain (ln x for x ≤ 0)', () => {
    expect(solveInner(Math.log, Math.log(2), -1, -3, 3)).toBeCloseTo(2, 12);
  });
});

describe('nearestRoot', () => {
  it('finds the stationary point of u = 3x² + 1 (u′ = 6x = 0 at x = 0)', () => {
    expect(nearestRoot((x) => 6 * x, 0, 1, -1.2, 1.3)).toBeCloseTo(0, 12);
  });
  it('says NaN when there is none, and does not mistake a pole for a root', () => {
    expect(nearestRoot((x) => Math.exp(x), 0, 0, -2, 2)).toBeNaN();
    expect(nearestRoot((x) => 1 / x, 0, 0.5, -1.01, 1)).toBeNaN();
  });
});
