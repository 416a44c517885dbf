import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomial, expQuotient, logQuotient, powerQuotient } from './firstPrinciples';

const near = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= rel * (1 + Math.abs(b));

describe('binomial', () => {
  it('matches Pascal’s triangle', () => {
    // Row 6 of Pascal's triangle, by hand.
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => binomial(6, k))).toEqual([1, 6, 15, 20, 15, 6, 1]);
    expect(binomial(5, 7)).toBe(0);
    // C(n, k) = C(n−1, k−1) + C(n−1, k).
    for (let n = 1; n < 30; n++) for (let k = 1; k < n; k++) expect(binomial(n, k)).toBe(binomial(n - 1, k - 1) + binomial(n - 1, k));
  });
});

describe('powerQuotient: ((x+h)ⁿ − xⁿ)/h term by term', () => {
  it('x³ at x = 2, h = 0.1: 3x², 3xh, h² (by hand)', () => {
    const q = powerQuotient(3, 2, 0.1);
    expect(q.terms.map((t) => t.k)).toEqual([1, 2, 3]);
    expect(q.terms[0]?.value).toBeCloseTo(12, 12);
    expect(q.terms[1]?.value).toBeCloseTo(0.6, 12);
    expect(q.terms[2]?.value).toBeCloseTo(0.01, 12);
    expect(q.limit).toBe(12);
    // (2.1³ − 8)/0.1 = (9.261 − 8)/0.1 = 12.61.
    expect(q.literal).toBeCloseTo(12.61, 10);
    expect(q.sum).toBeCloseTo(12.61, 12);
  });

  it('the terms sum to the literal quotient (property, moderate h)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        fc.boolean(),
        (n, x, habs, negative) => {
          const h = negative ? -habs : habs;
          const q = powerQuotient(n, x, h);
          // The literal form loses about ε·|x|ⁿ/h to cancellation; the sum is accurate.
          const noise = (64 * Number.EPSILON * Math.max(1, Math.abs(x) + Math.abs(h)) ** n) / habs;
          expect(Math.abs(q.sum - q.literal)).toBeLessThanOrEqual(noise + 1e-12 * (1 + Math.abs(q.literal)));
        },
      ),
    );
  });

  it('the terms carrying h shrink by 10^(k−1) when h shrinks tenfold; the first stays n·x^(n−1)', () => {
    const a = powerQuotient(5, 1.3, 1e-2);
    const b = powerQuotient(5, 1.3, 1e-3);
    expect(a.terms[0]?.value).toBe(5 * 1.3 ** 4);
    expect(b.terms[0]?.value).toBe(a.terms[0]?.value);
    for (let k = 2; k <= 5; k++) {
      const ratio = (b.terms[k - 1]?.value ?? 0) / (a.terms[k - 1]?.value ?? 1);
      expect(near(ratio, 10 ** -(k - 1), 1e-9)).toBe(true);
    }
    expect(Math.abs(b.sum - b.limit)).toBeLessThan(Math.abs(a.sum - a.limit));
  });
});

describe('expQuotient: (eʰ − 1)/h → 1', () => {
  it('terms are h^k/(k+1)!: 1, h/2, h²/6, h³/24', () => {
    const q = expQuotient(0.5, 4);
    const want = [1, 0.25, 0.25 / 6, 0.125 / 24];
    q.terms.forEach((t, i) => expect(t.value).toBeCloseTo(want[i] ?? Number.NaN, 15));
  });

  it('the partial sums converge to expm1(h)/h and the literal form agrees for moderate h', () => {
    for (const h of [0.9, 0.1, -0.3, 1e-4]) {
      const q = expQuotient(h, 20);
      expect(near(q.partialSum, Math.expm1(h) / h, 1e-14)).toBe(true);
      expect(near(q.literal, q.accurate, 1e-10)).toBe(true);
      expect(q.limit).toBe(1);
    }
  });

  it('at h = 1e-15 the literal quotient is off by ~10% (cancellation) while expm1 stays right', () => {
    const q = expQuotient(1e-15);
    expect(Math.abs(q.literal - 1)).toBeGreaterThan(0.01);
    expect(Math.abs(q.accurate - 1)).toBeLessThan(1e-14);
  });
});

describe('logQuotient: ln(1+u)/u → 1', () => {
  it('terms are (−u)^k/(k+1): 1, −u/2, u²/3, −u³/4', () => {
    const q = logQuotient(0.2, 4);
    const want = [1, -0.1, 0.04 / 3, -0.008 / 4];
    q.terms.forEach((t, i) => expect(t.value).toBeCloseTo(want[i] ?? Number.NaN, 15));
  });

  it('the partial sums converge to log1p(u)/u for |u| < 1', () => {
    for (const u of [0.5, -0.4, 0.01, -1e-3]) {
      const q = logQuotient(u, 60);
      expect(near(q.partialSum, Math.log1p(u) / u, 1e-12)).toBe(true);
      expect(near(q.literal, q.accurate, 1e-10)).toBe(true);
    }
  });
});
