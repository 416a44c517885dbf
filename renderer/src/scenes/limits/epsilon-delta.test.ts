import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExpr } from '$shared/expr/parse';
import { finite, PLUS_INFINITY } from './approach-point';
import { largestDelta } from '$shared/calculus';
import { checkProposal, deckSquareBounds, isDeckSquare, measure } from './epsilon-delta';

const square = (x: number): number => x * x;
const parsed = (s: string) => {
  const e = parseExpr(s, { variables: ['x'] });
  if (!e.ok) throw new Error(s);
  return e.value;
};

describe("the deck's worked example in closed form", () => {
  it('matches direct inequalities: x = 3 + right and x = 3 − left sit exactly on the band edge', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 2, noNaN: true }).map((e) => Math.pow(10, e)), (eps) => {
        const { left, right } = deckSquareBounds(eps);
        // Right edge: (3 + r)² = 9 + ε.
        expect((3 + right) ** 2 - 9).toBeCloseTo(eps, 9);
        if (eps < 9) expect(9 - (3 - left) ** 2).toBeCloseTo(eps, 9);
        else if (eps > 9) expect((3 - left) ** 2 - 9).toBeCloseTo(eps, 9);
        // The right side is always the smaller one, so the largest δ is the deck's √(9+ε) − 3.
        expect(right).toBeLessThan(left);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('agrees with the instrument, side by side', () => {
    for (const eps of [0.01, 1, 5, 9, 20]) {
      const r = measure(square, finite(3), 9, eps);
      if (!r.ok || r.value.kind !== 'delta') throw new Error('expected a δ');
      const { left, right } = deckSquareBounds(eps);
      expect(r.value.delta).toBeCloseTo(right, 7);
      expect(r.value.limitedBy).toBe('right');
      expect(r.value.right.kind === 'bound' && r.value.right.d).toBeCloseTo(right, 7);
      // At ε = 9 the left side fails only at x = 0, and in doubles |x² − 9| rounds to 9 for
      // |x| < 3e-8: the numeric bound sits that far below 3.
      expect(r.value.left.kind === 'bound' && r.value.left.d).toBeCloseTo(left, eps === 9 ? 6 : 7);
    }
  });

  it('recognises x² at 3 with L = 9 in any spelling, and nothing else', () => {
    expect(isDeckSquare(parsed('x^2'), 'x', finite(3), 9)).toBe(true);
    expect(isDeckSquare(parsed('x*x'), 'x', finite(3), 9)).toBe(true);
    expect(isDeckSquare(parsed('x^2'), 'x', finite(2), 4)).toBe(false);
    expect(isDeckSquare(parsed('x^2'), 'x', finite(3), 9.5)).toBe(false);
    expect(isDeckSquare(parsed('x^2 + 1'), 'x', finite(3), 9)).toBe(false);
  });
});

describe('measure', () => {
  it('gives the same δ as largestDelta on both sides at once (the smaller side bound)', () => {
    const cases: [(x: number) => number, number, number][] = [
      [square, 3, 9],
      [(x) => Math.sin(x) / x, 0, 1],
      [(x) => x * x * x, 1, 1],
      [(x) => (x < 0 ? Number.NaN : Math.sqrt(x)), 0, 0],
      [(x) => Math.exp(x), -2, Math.exp(-2)],
    ];
    for (const [f, a, L] of cases) {
      for (const eps of [0.003, 0.1, 0.7]) {
        const m = measure(f, finite(a), L, eps);
        const d = largestDelta(f, a, L, eps);
        if (!m.ok || !d.ok || m.value.kind !== 'delta' || d.value.kind !== 'delta') throw new Error('expected δ');
        expect(m.value.delta).toBe(d.value.delta);
        expect(m.value.limitedBy).toBe(d.value.limitedBy);
      }
    }
  });

  it('|x|/x at 0 with L = 1: the right side is fine far out, the left has no δ at all', () => {
    const r = measure((x) => Math.abs(x) / x, finite(0), 1, 0.5);
    if (!r.ok) throw new Error('failed');
    expect(r.value.kind).toBe('none');
  });

  it('√x at 0 (L = 0): the left side is undefined, the right gives δ = ε²', () => {
    const r = measure(Math.sqrt, finite(0), 0, 0.1);
    if (!r.ok || r.value.kind !== 'delta') throw new Error('expected a δ');
    expect(r.value.left.kind).toBe('undefined');
    expect(r.value.delta).toBeCloseTo(0.01, 8);
  });

  it('at +∞ gives the smallest M (1/x < ε for x > 1/ε)', () => {
    const r = measure((x) => 1 / x, PLUS_INFINITY, 0, 0.05);
    if (!r.ok || r.value.kind !== 'M') throw new Error('expected M');
    expect(r.value.M).toBeCloseTo(20, 6);
  });
});

describe('checkProposal', () => {
  it('checks δ at a point and M at infinity', () => {
    const d = checkProposal(square, finite(3), 9, 1, 0.1);
    expect(d.ok && d.value.kind).toBe('confirmed');
    const m = checkProposal((x) => 1 / x, PLUS_INFINITY, 0, 0.05, 15);
    expect(m.ok && m.value.kind).toBe('counterexample');
    if (m.ok && m.value.kind === 'counterexample') {
      expect(m.value.point.x).toBeGreaterThan(15);
      expect(1 / m.value.point.x).toBeGreaterThanOrEqual(0.05);
    }
  });
});
