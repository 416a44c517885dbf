import { describe, expect, it } from 'vitest';
import { partialQuotient, sliceFunction } from './partial-quotient';

describe('partial quotient', () => {
  const f = (x: number, y: number): number => x * x * y + Math.sin(y);
  it('converges to ∂f/∂x = 2xy and ∂f/∂y = x² + cos y (by hand)', () => {
    const qx = partialQuotient(f, 1.5, 0.5, 'x', 1e-6);
    expect(qx.quotient).toBeCloseTo(2 * 1.5 * 0.5, 5);
    const qy = partialQuotient(f, 1.5, 0.5, 'y', 1e-6);
    expect(qy.quotient).toBeCloseTo(1.5 ** 2 + Math.cos(0.5), 5);
    // h = 0.1 exactly: [(1.6² − 1.5²)·0.5]/0.1 = 1.55.
    expect(partialQuotient(f, 1.5, 0.5, 'x', 0.1).quotient).toBeCloseTo(1.55, 10);
  });
  it('slices freeze the other variable', () => {
    expect(sliceFunction(f, 2, 3, 'x')(1)).toBe(f(1, 3));
    expect(sliceFunction(f, 2, 3, 'y')(1)).toBe(f(2, 1));
  });
});
