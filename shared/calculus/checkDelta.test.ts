import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDelta, checkM } from './checkDelta';
import type { DeltaCheck } from './checkDelta';
import { largestDelta } from './largestDelta';

function must(r: ReturnType<typeof checkDelta>): DeltaCheck {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const square = (x: number): number => x * x;
/** √(9+ε) − 3 without cancellation (the deck's δ for x² at 3). */
const deckDelta = (eps: number): number => eps / (Math.sqrt(9 + eps) + 3);
/** ε log-uniform in [1e-3, 1e3]. */
const epsArb = fc.double({ min: -3, max: 3, noNaN: true }).map((e) => Math.pow(10, e));

describe('checkDelta on the deck example x² at 3', () => {
  it("confirms the deck's δ = √(9+ε) − 3 for every ε", () => {
    fc.assert(
      fc.property(epsArb, (eps) => {
        const r = must(checkDelta(square, 3, 9, eps, deckDelta(eps)));
        expect(r.kind).toBe('confirmed');
        if (r.kind === 'confirmed') {
          // The scan reached the far end: |f − L| there is ε up to the 10⁻⁹ margin.
          expect(r.worst).toBeDefined();
          expect(r.worst?.gap ?? 0).toBeLessThan(eps);
          expect(r.worst?.gap ?? 0).toBeGreaterThan(eps * (1 - 1e-6));
          expect(r.examined[1]).toBeLessThan(deckDelta(eps));
        }
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds a real counterexample for any δ 1 % larger than the largest δ', () => {
    fc.assert(
      fc.property(epsArb, (eps) => {
        const ld = largestDelta(square, 3, 9, eps);
        if (!ld.ok || ld.value.kind !== 'delta') throw new Error('largestDelta failed');
        const delta = 1.01 * ld.value.delta;
        const r = must(checkDelta(square, 3, 9, eps, delta));
        expect(r.kind).toBe('counterexample');
        if (r.kind !== 'counterexample') return;
        for (const p of [r.point, r.nearest]) {
          // Re-evaluated independently: inside the punctured δ-interval, outside the ε-band.
          expect(Math.abs(p.x - 3)).toBeGreaterThan(0);
          expect(Math.abs(p.x - 3)).toBeLessThan(delta);
          expect(Math.abs(p.x * p.x - 9)).toBeGreaterThanOrEqual(eps);
          // And in exact terms: x beyond √(9+ε) on the right, or below √(9−ε) on the left (for
          // small ε the two bounds differ by only ≈ ε/18 relative, so 1 % more breaks both sides).
          if (p.x > 3) expect(p.x).toBeGreaterThan(Math.sqrt(9 + eps) * (1 - 1e-12));
          else expect(p.x).toBeLessThan(Math.sqrt(Math.max(0, 9 - eps)) * (1 + 1e-12));
        }
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('shows a clear counterexample for ε = 1, δ = 0.2 (well inside both bands)', () => {
    const r = must(checkDelta(square, 3, 9, 1, 0.2));
    if (r.kind !== 'counterexample') throw new Error('expected a counterexample');
    const d = Math.abs(r.point.x - 3);
    // Violations are x > √10 (d > 0.1623) on the right and x < √8 (d > 0.1716) on the left.
    expect(d).toBeGreaterThan(Math.sqrt(10) - 3 + 0.005);
    expect(d).toBeLessThan(0.2 - 0.005);
    expect(Math.abs(r.point.x ** 2 - 9)).toBeGreaterThan(1.05);
    expect(r.violations).toBeGreaterThan(100);
  });

  it('δ = 0.1 for ε = 1 is confirmed, with the worst point below ε', () => {
    const r = must(checkDelta(square, 3, 9, 1, 0.1));
    if (r.kind !== 'confirmed') throw new Error('expected confirmation');
    // Worst is at x → 3.1: 3.1² − 9 = 0.61.
    expect(r.worst?.gap ?? 0).toBeCloseTo(0.61, 6);
    expect(r.samples).toBeGreaterThan(8000);
  });
});

describe('checkDelta in general', () => {
  it('finds a narrow spike between samples by refining local maxima', () => {
    const spiky = (x: number): number => x * x + 5 * Math.exp(-(((x - 3.05) / 5e-6) ** 2));
    const r = must(checkDelta(spiky, 3, 9, 1, 0.1));
    expect(r.kind).toBe('counterexample');
    if (r.kind === 'counterexample') {
      expect(r.point.x).toBeCloseTo(3.05, 4);
      expect(Math.abs(spiky(r.point.x) - 9)).toBeGreaterThanOrEqual(1);
    }
  });

  it('allows f(x) = L (the deck says f(x) never equals L; a constant function shows it can)', () => {
    const r = must(checkDelta(() => 5, 1, 5, 1e-6, 10));
    expect(r.kind).toBe('confirmed');
    if (r.kind === 'confirmed') expect(r.worst?.gap).toBe(0);
  });

  it('sin(1/x) with L = 0: violations arbitrarily close to 0', () => {
    const f = (x: number): number => Math.sin(1 / x);
    const r = must(checkDelta(f, 0, 0, 0.5, 1e-3));
    if (r.kind !== 'counterexample') throw new Error('expected a counterexample');
    expect(Math.abs(r.nearest.x)).toBeLessThan(1e-9);
    expect(Math.abs(f(r.point.x))).toBeGreaterThanOrEqual(0.5);
  });

  it('1/x with L = 0 violates with infinite values near 0', () => {
    const r = must(checkDelta((x) => 1 / x, 0, 0, 1, 0.5));
    expect(r.kind).toBe('counterexample');
    if (r.kind === 'counterexample') expect(Math.abs(1 / r.point.x)).toBeGreaterThanOrEqual(1);
  });

  it('skips points outside the domain (√x at 0 from the left is undefined)', () => {
    const ok = must(checkDelta(Math.sqrt, 0, 0, 0.1, 0.009));
    expect(ok.kind).toBe('confirmed');
    if (ok.kind === 'confirmed') expect(ok.undefinedCount).toBeGreaterThan(1000);
    const bad = must(checkDelta(Math.sqrt, 0, 0, 0.1, 0.02));
    expect(bad.kind).toBe('counterexample');
    if (bad.kind === 'counterexample') {
      expect(bad.point.x).toBeGreaterThan(0.01);
      expect(bad.point.x).toBeLessThan(0.02);
    }
  });

  it('never examines a itself (f(a) may be anything)', () => {
    const r = must(checkDelta((x) => (x === 2 ? 1000 : x + 2), 2, 4, 0.1, 0.05));
    expect(r.kind).toBe('confirmed');
  });

  it('rejects bad input as values', () => {
    expect(checkDelta(square, Number.NaN, 9, 1, 0.1).ok).toBe(false);
    expect(checkDelta(square, 3, Number.POSITIVE_INFINITY, 1, 0.1).ok).toBe(false);
    expect(checkDelta(square, 3, 9, 0, 0.1).ok).toBe(false);
    expect(checkDelta(square, 3, 9, 1, -0.1).ok).toBe(false);
    expect(checkDelta(square, 1e6, 1e12, 1, 1e-12).ok).toBe(false);
  });
});

describe('checkM (limits at infinity)', () => {
  // T(t) = 100 − 80e^(−t/5): |T − 100| < ε ⇔ t > 5·ln(80/ε).
  const T = (t: number): number => 100 - 80 * Math.exp(-t / 5);
  const exactM = (eps: number): number => 5 * Math.log(80 / eps);

  it('confirms M slightly above the exact bound and refutes M slightly below it', () => {
    for (const eps of [0.01, 1, 30]) {
      const m = exactM(eps);
      expect(must(checkM(T, 1, 100, eps, 1.001 * m)).kind).toBe('confirmed');
      const r = must(checkM(T, 1, 100, eps, 0.99 * m));
      if (r.kind !== 'counterexample') throw new Error('expected a counterexample');
      expect(r.point.x).toBeGreaterThan(0.99 * m);
      expect(r.point.x).toBeLessThan(m);
      expect(Math.abs(T(r.point.x) - 100)).toBeGreaterThanOrEqual(eps);
    }
  });

  it('works towards −∞ (eˣ → 0: x < ln ε)', () => {
    const eps = 0.01;
    expect(must(checkM(Math.exp, -1, 0, eps, Math.log(eps) - 0.01)).kind).toBe('confirmed');
    const r = must(checkM(Math.exp, -1, 0, eps, Math.log(eps) + 0.5));
    if (r.kind !== 'counterexample') throw new Error('expected a counterexample');
    expect(r.point.x).toBeLessThan(Math.log(eps) + 0.5);
    expect(Math.exp(r.point.x)).toBeGreaterThanOrEqual(eps);
  });

  it('needs M on the side of the approach', () => {
    expect(checkM(T, 1, 100, 1, -5).ok).toBe(false);
    expect(checkM(Math.exp, -1, 0, 1, 5).ok).toBe(false);
  });
});
