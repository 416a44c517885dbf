import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateLimit, estimateLimitAtInfinity } from './limit';
import type { LimitEstimate } from './limit';

function must(r: ReturnType<typeof estimateLimit>): LimitEstimate {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

describe('estimateLimit: the classic cases', () => {
  it('sin x / x at 0 → 1, removable (f(0) is 0/0)', () => {
    const r = must(estimateLimit((x) => Math.sin(x) / x, 0));
    expect(r.verdict).toBe('exists');
    expect(r.value).toBeCloseTo(1, 9);
    expect(Number.isNaN(r.valueAtA)).toBe(true);
    expect(r.removable).toBe(true);
  });

  it('(x²−1)/(x−1) at 1 → 2 despite cancellation at tiny h', () => {
    const r = must(estimateLimit((x) => (x * x - 1) / (x - 1), 1));
    expect(r.verdict).toBe('exists');
    // (x²−1)/(x−1) = x+1 for x ≠ 1, so the limit is 2.
    expect(Math.abs((r.value ?? 0) - 2)).toBeLessThan(1e-7);
    expect(r.removable).toBe(true);
  });

  it('(1 − cos x)/x² at 0 → 1/2 although 1 − cos x rounds to 0 for |x| < 1e-8', () => {
    const r = must(estimateLimit((x) => (1 - Math.cos(x)) / (x * x), 0));
    expect(r.verdict).toBe('exists');
    expect(Math.abs((r.value ?? 0) - 0.5)).toBeLessThan(1e-6);
  });

  it('(eˣ − 1)/x → 1 and (sin x − x)/x² → 0 at 0 (both cancel badly at tiny x)', () => {
    const a = must(estimateLimit((x) => (Math.exp(x) - 1) / x, 0));
    expect(a.verdict).toBe('exists');
    expect(Math.abs((a.value ?? 0) - 1)).toBeLessThan(1e-7);
    const b = must(estimateLimit((x) => (Math.sin(x) - x) / (x * x), 0));
    expect(b.verdict).toBe('exists');
    expect(Math.abs(b.value ?? 1)).toBeLessThan(1e-6);
  });

  it('1/x at 0 is infinite with opposite signs', () => {
    const r = must(estimateLimit((x) => 1 / x, 0));
    expect(r.verdict).toBe('infinite');
    expect(r.left).toEqual({ kind: 'infinite', sign: -1 });
    expect(r.right).toEqual({ kind: 'infinite', sign: 1 });
    expect(r.value).toBeUndefined();
  });

  it('1/x² at 0 is +∞ from both sides', () => {
    const r = must(estimateLimit((x) => 1 / (x * x), 0));
    expect(r.verdict).toBe('infinite');
    expect(r.left).toEqual({ kind: 'infinite', sign: 1 });
    expect(r.right).toEqual({ kind: 'infinite', sign: 1 });
  });

  it('ln|x| at 0 is −∞ (a slow, logarithmic divergence)', () => {
    const r = must(estimateLimit((x) => Math.log(Math.abs(x)), 0));
    expect(r.verdict).toBe('infinite');
    expect(r.right).toEqual({ kind: 'infinite', sign: -1 });
  });

  it('sin(1/x) at 0 oscillates', () => {
    const r = must(estimateLimit((x) => Math.sin(1 / x), 0));
    expect(r.verdict).toBe('oscillates');
    expect(r.right.kind).toBe('oscillates');
    expect(r.left.kind).toBe('oscillates');
  });

  it('x·sin(1/x) at 0 → 0 (squeezed)', () => {
    const r = must(estimateLimit((x) => x * Math.sin(1 / x), 0));
    expect(r.verdict).toBe('exists');
    expect(Math.abs(r.value ?? 1)).toBeLessThan(1e-9);
  });

  it('sign(x) and a step have one-sided limits only', () => {
    const s = must(estimateLimit(Math.sign, 0));
    expect(s.verdict).toBe('one-sided-only');
    expect(s.left).toMatchObject({ kind: 'finite', value: -1 });
    expect(s.right).toMatchObject({ kind: 'finite', value: 1 });
    const step = must(estimateLimit((x) => (x < 0 ? 0 : 1), 0));
    expect(step.verdict).toBe('one-sided-only');
    expect(step.left).toMatchObject({ kind: 'finite', value: 0 });
    expect(step.right).toMatchObject({ kind: 'finite', value: 1 });
  });

  it('√x at 0: only the right side is defined, and it tends to 0', () => {
    const r = must(estimateLimit(Math.sqrt, 0));
    expect(r.left.kind).toBe('undefined');
    expect(r.right.kind).toBe('finite');
    if (r.right.kind === 'finite') expect(Math.abs(r.right.value)).toBeLessThan(1e-5);
    expect(r.verdict).toBe('one-sided-only');
  });

  it('√x at −1 is undefined on both sides', () => {
    expect(must(estimateLimit(Math.sqrt, -1)).verdict).toBe('undefined');
  });

  it('a tiny step 1e-20·sign(x) is still one-sided (no absolute tolerance hides it)', () => {
    expect(must(estimateLimit((x) => 1e-20 * Math.sign(x), 0)).verdict).toBe('one-sided-only');
  });

  it('ordinary points: continuous functions give f(a) and no removable flag', () => {
    const cases: [(x: number) => number, number, number][] = [
      [(x) => x * x, 3, 9],
      [Math.exp, 1, Math.E],
      [Math.cos, Math.PI, -1],
      [(x) => 1 / x, 2, 0.5],
      [(x) => x, 1e6, 1e6],
    ];
    for (const [f, a, expected] of cases) {
      const r = must(estimateLimit(f, a));
      expect(r.verdict).toBe('exists');
      expect(Math.abs((r.value ?? Number.NaN) - expected)).toBeLessThan(1e-8 * Math.max(1, Math.abs(expected)));
      expect(r.removable).toBe(false);
    }
  });

  it('a point defined off the limit is a removable discontinuity', () => {
    const r = must(estimateLimit((x) => (x === 0 ? 5 : x * x), 0));
    expect(r.verdict).toBe('exists');
    expect(r.valueAtA).toBe(5);
    expect(r.removable).toBe(true);
  });

  it('tables list x = a ∓ h with f(x)', () => {
    const r = must(estimateLimit((x) => 2 * x, 1));
    expect(r.table.left).toHaveLength(12);
    expect(r.table.right[0]?.x).toBeCloseTo(1.1, 12);
    expect(r.table.left[0]?.x).toBeCloseTo(0.9, 12);
    expect(r.table.right[0]?.fx).toBeCloseTo(2.2, 12);
  });

  it('rejects a non-finite point', () => {
    const r = estimateLimit((x) => x, Number.NaN);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en.length).toBeGreaterThan(0);
      expect(r.error['zh-CN'].length).toBeGreaterThan(0);
    }
  });

  it('property: polynomials c0 + c1 x + c2 x² have limit p(a) at any moderate a', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        // Includes tiny coefficients, where c1·x and c2·x² trade dominance inside the sampled range.
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (c0, c1, c2, a) => {
          const p = (x: number): number => c0 + c1 * x + c2 * x * x;
          const r = must(estimateLimit(p, a));
          expect(r.verdict).toBe('exists');
          const scale = Math.abs(c0) + Math.abs(c1 * a) + Math.abs(c2 * a * a) + 1;
          expect(Math.abs((r.value ?? Number.NaN) - p(a))).toBeLessThan(1e-7 * scale);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('estimateLimit: properties', () => {
  it('removable 0/0 forms ((x−a)(x−b))/(x−a) tend to a − b', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (a, b) => {
        const r = must(estimateLimit((x) => ((x - a) * (x - b)) / (x - a), a));
        expect(r.verdict).toBe('exists');
        expect(Math.abs((r.value ?? Number.NaN) - (a - b))).toBeLessThan(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
      }),
      { numRuns: 300 },
    );
  });

  it('jumps of height ≥ 1e-3 are one-sided with the right side values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (a, c1, c2) => {
          fc.pre(Math.abs(c1 - c2) >= 1e-3);
          const r = must(estimateLimit((x) => (x < a ? c1 : c2) + 0.5 * (x - a), a));
          expect(r.verdict).toBe('one-sided-only');
          if (r.left.kind !== 'finite' || r.right.kind !== 'finite') throw new Error('expected finite sides');
          expect(Math.abs(r.left.value - c1)).toBeLessThan(1e-8 * Math.max(1, Math.abs(c1), Math.abs(a)));
          expect(Math.abs(r.right.value - c2)).toBeLessThan(1e-8 * Math.max(1, Math.abs(c2), Math.abs(a)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sin(w/(x−a)) + b oscillates for any shift, offset and frequency', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (a, b, w) => {
        expect(must(estimateLimit((x) => Math.sin(w / (x - a)) + b, a)).verdict).toBe('oscillates');
      }),
      { numRuns: 500 },
    );
  });

  it('(1 − cos kx)/x² → k²/2 although the numerator cancels completely at tiny x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 5, noNaN: true }), (k) => {
        const r = must(estimateLimit((x) => (1 - Math.cos(k * x)) / (x * x), 0));
        expect(r.verdict).toBe('exists');
        expect(Math.abs((r.value ?? 0) - (k * k) / 2)).toBeLessThan(1e-5 * k * k);
      }),
      { numRuns: 300 },
    );
  });

  it('simple poles k/(x−a)^n are infinite with the sign of k (n even) or opposite signs (n odd)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 3 }), (a, k0, neg, n) => {
        const k = neg ? -k0 : k0;
        const r = must(estimateLimit((x) => k / Math.pow(x - a, n), a));
        expect(r.verdict).toBe('infinite');
        const s = Math.sign(k);
        expect(r.right).toEqual({ kind: 'infinite', sign: s });
        expect(r.left).toEqual({ kind: 'infinite', sign: n % 2 === 0 ? s : -s });
      }),
      { numRuns: 200 },
    );
  });
});

describe('estimateLimitAtInfinity', () => {
  it('1/x → 0, (2x+1)/(x−3) → 2, x² → +∞, sin x oscillates', () => {
    const a = estimateLimitAtInfinity((x) => 1 / x, 1).behaviour;
    expect(a.kind).toBe('finite');
    if (a.kind === 'finite') expect(Math.abs(a.value)).toBeLessThan(1e-9);
    const b = estimateLimitAtInfinity((x) => (2 * x + 1) / (x - 3), -1).behaviour;
    expect(b.kind).toBe('finite');
    if (b.kind === 'finite') expect(b.value).toBeCloseTo(2, 8);
    expect(estimateLimitAtInfinity((x) => x * x, -1).behaviour).toEqual({ kind: 'infinite', sign: 1 });
    expect(estimateLimitAtInfinity(Math.sin, 1).behaviour.kind).toBe('oscillates');
  });
});

describe('estimateLimit: the error estimate covers the actual error', () => {
  // Each limit below is known in closed form; the numeric value carries rounding error from the
  // cancellation inside f (1 + x rounds at tiny x), which the estimate must not hide.
  const CASES: readonly { readonly name: string; readonly f: (x: number) => number; readonly limit: number }[] = [
    { name: 'ln(1 + x)/x → 1', f: (x) => Math.log(1 + x) / x, limit: 1 },
    { name: '(eˣ − 1)/x → 1', f: (x) => (Math.exp(x) - 1) / x, limit: 1 },
    { name: '(1 − cos x)/x² → 1/2', f: (x) => (1 - Math.cos(x)) / (x * x), limit: 0.5 },
    { name: '(√(1 + x) − 1)/x → 1/2', f: (x) => (Math.sqrt(1 + x) - 1) / x, limit: 0.5 },
    { name: 'sin x / x → 1', f: (x) => Math.sin(x) / x, limit: 1 },
    { name: '(2ˣ − 1)/x → ln 2', f: (x) => (Math.pow(2, x) - 1) / x, limit: Math.LN2 },
  ];
  for (const c of CASES) {
    it(`${c.name} at 0: |value − L| ≤ errorEstimate, on each side and combined`, () => {
      const r = must(estimateLimit(c.f, 0));
      expect(r.verdict).toBe('exists');
      const actual = Math.abs((r.value ?? Number.NaN) - c.limit);
      expect(actual).toBeLessThanOrEqual(r.errorEstimate ?? 0);
      for (const side of [r.left, r.right]) {
        if (side.kind !== 'finite') throw new Error(`side is ${side.kind}`);
        expect(Math.abs(side.value - c.limit)).toBeLessThanOrEqual(side.errorEstimate);
      }
      // Honest but still useful: the estimate stays far below the value itself.
      expect(r.errorEstimate ?? 1).toBeLessThan(1e-5 * Math.abs(c.limit));
    });
  }

  it('ln(1 + kx)/x → k for many k: the estimate is never exceeded', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.boolean(), (k0, neg) => {
        const k = neg ? -k0 : k0;
        const r = must(estimateLimit((x) => Math.log(1 + k * x) / x, 0, { scale: Math.min(1, 0.5 / k0) }));
        expect(r.verdict).toBe('exists');
        expect(Math.abs((r.value ?? Number.NaN) - k)).toBeLessThanOrEqual(r.errorEstimate ?? 0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
