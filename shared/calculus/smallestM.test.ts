import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smallestM } from './smallestM';
import type { EpsilonMAnswer } from './smallestM';

function must(r: ReturnType<typeof smallestM>): EpsilonMAnswer {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

describe('smallestM', () => {
  it('water heating: T(t) = 100 − 80e^(−t/5) is within ε of 100 exactly for t > 5·ln(80/ε)', () => {
    const T = (t: number): number => 100 - 80 * Math.exp(-t / 5);
    fc.assert(
      fc.property(fc.double({ min: -3, max: 1.8, noNaN: true }).map((e) => Math.pow(10, e)), (eps) => {
        const exact = 5 * Math.log(80 / eps);
        const r = must(smallestM(T, 1, 100, eps));
        if (r.kind !== 'bound') throw new Error('expected a bound');
        expect(r.limitedBy).toBe('violation');
        // M is the upper end of its bracket: exact ∈ [M − tolerance, M] up to rounding of T near 100.
        expect(r.M).toBeGreaterThanOrEqual(exact - 1e-9 * exact - 1e-12);
        expect(r.M - r.tolerance).toBeLessThanOrEqual(exact + 1e-9 * exact + 1e-9);
        expect(r.tolerance).toBeLessThan(1e-7 * exact);
        if (r.violation) {
          expect(r.violation.x).toBeLessThan(exact * (1 + 1e-9));
          expect(Math.abs(T(r.violation.x) - 100)).toBeGreaterThanOrEqual(eps);
        }
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('1/x → 0 at −∞: |1/x| < ε for x < −1/ε', () => {
    const r = must(smallestM((x) => 1 / x, -1, 0, 0.01));
    if (r.kind !== 'bound') throw new Error('expected a bound');
    expect(r.M).toBeCloseTo(-100, 6);
  });

  it('a function already inside the band everywhere examined reports the search radius', () => {
    const r = must(smallestM(() => 3, 1, 3, 0.1));
    expect(r).toEqual({ kind: 'bound', M: 0.1, tolerance: 0, limitedBy: 'search-radius' });
  });

  it('a wrong L far out has no M', () => {
    const r = must(smallestM((x) => 1 / x, 1, 1, 0.1));
    expect(r.kind).toBe('counterexample');
  });

  it('rejects a bad search range', () => {
    expect(smallestM(Math.exp, 1, 0, 0.1, { nearest: 0 }).ok).toBe(false);
    expect(smallestM(Math.exp, 1, 0, -1).ok).toBe(false);
  });
});
