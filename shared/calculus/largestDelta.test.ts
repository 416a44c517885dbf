import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largestDelta } from './largestDelta';
import type { EpsilonDeltaAnswer } from './largestDelta';

function must(r: ReturnType<typeof largestDelta>): EpsilonDeltaAnswer {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

describe('largestDelta on the deck example f = x², a = 3, L = 9', () => {
  /*
   * Hand derivation: |x² − 9| < ε ⇔ 9 − ε < x² < 9 + ε.
   * Right of 3 only x² < 9 + ε binds: x < √(9+ε), so the right bound is √(9+ε) − 3.
   * Left of 3, for ε < 9: x > √(9−ε), bound 3 − √(9−ε), which is larger than the right bound
   * (√(9+ε) + √(9−ε) < 6 by concavity). For ε = 9 the left fails only at x = 0 (bound 3); for
   * ε > 9 the lower condition is void and the left fails only for x ≤ −√(9+ε) (bound 3 + √(9+ε)).
   * √(9+ε) − 3 < 3 ⇔ ε < 27 and √(9+ε) − 3 < 3 + √(9+ε) always, so δ = √(9+ε) − 3 for every ε > 0
   * (the deck's formula; its intermediate √(ε−9) should read √(9−ε), see DESIGN.md §4).
   */
  const square = (x: number): number => x * x;
  for (const eps of [1e-6, 0.01, 0.5, 1, 5, 8.99, 9, 12, 27, 40, 100]) {
    it(`ε = ${eps}: δ = √(9+ε) − 3, limited by the right side`, () => {
      // √(9+ε) − 3 rewritten as ε/(√(9+ε) + 3) to avoid cancellation for small ε.
      const exact = eps / (Math.sqrt(9 + eps) + 3);
      // x² − 9 near x = 3 carries a rounding error of ~2e-15, which moves the numeric boundary by ~1e-15.
      const slack = 1e-15 + 1e-12 * exact;
      const r = must(largestDelta(square, 3, 9, eps));
      expect(r.kind).toBe('delta');
      if (r.kind !== 'delta') return;
      expect(r.limitedBy).toBe('right');
      expect(r.delta).toBeLessThanOrEqual(exact + slack);
      expect(exact - r.delta).toBeLessThanOrEqual(r.tolerance + slack);
      expect(r.tolerance).toBeLessThanOrEqual(2e-9 * exact);
      // The reported violation really violates, just beyond δ.
      expect(r.violation).toBeDefined();
      if (r.violation) {
        expect(Math.abs(r.violation.fx - 9)).toBeGreaterThanOrEqual(eps);
        expect(r.violation.x).toBeGreaterThan(3);
      }
    });
  }

  it('the left side alone gives 3 − √(9−ε) (checked by mirroring: f(x) = x² for x ≤ 3, 9 to the right)', () => {
    const eps = 2;
    const r = must(largestDelta((x) => (x <= 3 ? x * x : 9), 3, 9, eps));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(r.limitedBy).toBe('left');
    expect(r.delta).toBeCloseTo(3 - Math.sqrt(9 - eps), 8);
  });

  it('a wrong L gives a counterexample close to a', () => {
    const r = must(largestDelta(square, 3, 9.5, 0.1));
    expect(r.kind).toBe('counterexample');
    if (r.kind === 'counterexample') {
      expect(Math.abs(r.x - 3)).toBeLessThan(1e-11);
      expect(Math.abs(r.fx - 9.5)).toBeGreaterThanOrEqual(0.1);
    }
  });
});

describe('largestDelta: other cases', () => {
  it('linear f = 2x + 1 at 1: δ = ε/2 on both sides', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 5, noNaN: true }), (eps) => {
        const r = must(largestDelta((x) => 2 * x + 1, 1, 3, eps));
        if (r.kind !== 'delta') throw new Error('expected a delta');
        expect(Math.abs(r.delta - eps / 2)).toBeLessThanOrEqual(r.tolerance + 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it('|x| at 0: δ = ε', () => {
    const r = must(largestDelta(Math.abs, 0, 0, 0.25));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(r.delta).toBeCloseTo(0.25, 9);
  });

  it('the value at a is ignored: f(0) = 5 but f → 0', () => {
    const r = must(largestDelta((x) => (x === 0 ? 5 : x), 0, 0, 0.1));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(r.delta).toBeCloseTo(0.1, 9);
  });

  it('sin x / x at 0 with L = 1: δ solves 1 − sin δ/δ = ε (checked by Newton iteration)', () => {
    const eps = 0.01;
    // Newton on g(d) = 1 − sin d/d − ε, g'(d) = (sin d − d cos d)/d².
    let d = Math.sqrt(6 * eps);
    for (let i = 0; i < 50; i++) {
      const g = 1 - Math.sin(d) / d - eps;
      const dg = (Math.sin(d) - d * Math.cos(d)) / (d * d);
      d -= g / dg;
    }
    const r = must(largestDelta((x) => Math.sin(x) / x, 0, 1, eps));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(Math.abs(r.delta - d)).toBeLessThan(1e-8);
  });

  it('equality f(x) = L is allowed (errata: |f(x) − L| < ε, not 0 < …)', () => {
    const r = must(largestDelta(() => 7, 2, 7, 0.5));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(r.limitedBy).toBe('search-radius');
    expect(r.delta).toBe(20);
  });

  it('a step has no δ for any L between its sides, with ε below half the jump', () => {
    const r = must(largestDelta((x) => (x < 0 ? 0 : 1), 0, 0.5, 0.4));
    expect(r.kind).toBe('counterexample');
  });

  it('sign(x) with L = 1: counterexample on the left', () => {
    const r = must(largestDelta(Math.sign, 0, 1, 0.5));
    expect(r).toMatchObject({ kind: 'counterexample', side: 'left' });
  });

  it('sin(1/x) with L = 0, ε = 0.5: counterexample', () => {
    const r = must(largestDelta((x) => Math.sin(1 / x), 0, 0, 0.5));
    expect(r.kind).toBe('counterexample');
    if (r.kind === 'counterexample') expect(Math.abs(Math.sin(1 / r.x))).toBeGreaterThanOrEqual(0.5);
  });

  it('NaN points are outside the domain: √x at 0 with L = 0 gives δ = ε²', () => {
    const r = must(largestDelta(Math.sqrt, 0, 0, 0.1));
    if (r.kind !== 'delta') throw new Error('expected a delta');
    expect(r.limitedBy).toBe('right');
    expect(r.delta).toBeCloseTo(0.01, 9);
  });

  it('rejects bad input with a bilingual message', () => {
    for (const r of [
      largestDelta((x) => x, 0, 0, 0),
      largestDelta((x) => x, 0, 0, -1),
      largestDelta((x) => x, Number.NaN, 0, 1),
      largestDelta((x) => x, 0, Number.POSITIVE_INFINITY, 1),
      largestDelta((x) => x, 0, 0, 1, { searchRadius: 0 }),
      largestDelta((x) => x, 0, 0, 1e-15),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.en).not.toBe('');
        expect(r.error['zh-CN']).not.toBe('');
      }
    }
  });
});
