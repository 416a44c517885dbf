import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decadeSteps, propagationRow, propagationTable, signedLogStep } from './chainPropagation';

// The deck's example, written out by hand: u = 3x² + 1, y = u⁵.
const g = (x: number) => 3 * x * x + 1;
const f = (u: number) => u ** 5;
const fPrime = (u: number) => 5 * u ** 4;

describe('propagationTable on y = (3x² + 1)⁵', () => {
  it('at x = 1 the ratios approach du/dx = 6, dy/du = 5·4⁴ = 1280, dy/dx = 7680', () => {
    const rows = propagationTable(g, f, 1, decadeSteps(-1, -6), fPrime(4));
    for (const r of rows) {
      // Δu/Δx = (3(1 + h)² − 3)/h = 6 + 3h exactly; the rest shrinks like h.
      expect(r.ratioU).toBeCloseTo(6 + 3 * r.dx, 7);
      expect(Math.abs(r.ratioYU - 1280)).toBeLessThan(1e4 * Math.abs(r.dx));
      expect(Math.abs(r.ratioY - 7680)).toBeLessThan(1e5 * Math.abs(r.dx));
      expect(r.duZero).toBe(false);
    }
    const last = rows[rows.length - 1]!;
    expect(last.ratioY).toBeCloseTo(30 * 1 * 4 ** 4, 1);
  });

  it('works for negative steps too (approach from the left)', () => {
    const r = propagationRow(g, f, 1, -1e-4, fPrime(4));
    expect(r.ratioU).toBeCloseTo(6 - 3e-4, 8);
    expect(r.du).toBeLessThan(0);
    // y″(1) = 30·4⁴ + 720·4³ = 53760, so Δy/Δx ≈ 7680 + ½·53760·Δx (Taylor, next term ∝ Δx²).
    expect(r.ratioY).toBeCloseTo(7680 + 26880 * -1e-4, 2);
  });

  it('at x = 0 (u stationary) Δu/Δx = 3Δx → 0 and dy/dx = 0; Δu rounds to exactly 0 for |Δx| ≤ 1e-9', () => {
    const rows = propagationTable(g, f, 0, decadeSteps(-1, -10), fPrime(1));
    for (const r of rows.slice(0, 6)) expect(r.ratioU).toBeCloseTo(3 * r.dx, 6);
    const tiny = rows.find((r) => r.dx === 1e-9)!;
    // 1 + 3·10⁻¹⁸ is 1 in double precision: the change in u vanishes.
    expect(tiny.du).toBe(0);
    expect(tiny.duZero).toBe(true);
    expect(Number.isNaN(tiny.ratioYU)).toBe(true);
    expect(tiny.phi).toBe(5);
    expect(tiny.ratioY).toBe(0);
  });

  it('Δy = φ(Δu)·Δu in every row, including Δu = 0 (the careful proof\'s identity)', () => {
    const flat = (x: number) => Math.max(0, x); // u = relu(x) is flat left of 0
    const r = propagationRow(flat, Math.sin, -1, 1e-3, Math.cos(0));
    expect(r.duZero).toBe(true);
    expect(r.dy).toBe(0);
    expect(r.phi * r.du).toBe(r.dy);
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (a, x, k, negative) => {
          const gg = (t: number) => a * t * t + Math.sin(t);
          const row = propagationRow(gg, Math.exp, x, (negative ? -1 : 1) * 10 ** -k, Math.exp(gg(x)));
          const scale = Math.max(1e-300, Math.abs(row.dy));
          expect(Math.abs(row.phi * row.du - row.dy)).toBeLessThanOrEqual(4e-16 * scale);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('steps', () => {
  it('decadeSteps gives exact decimal powers of ten with the sign', () => {
    expect(decadeSteps(-1, -4)).toEqual([0.1, 0.01, 0.001, 0.0001]);
    expect(decadeSteps(-2, -3, -1)).toEqual([-0.01, -0.001]);
  });
  it('signedLogStep is exact at integer exponents and continuous between them', () => {
    expect(signedLogStep(-4, -1)).toBe(-0.0001);
    expect(signedLogStep(-5, 1)).toBe(0.00001);
    expect(signedLogStep(-2.5, 1)).toBeCloseTo(Math.sqrt(10) * 1e-3, 15);
  });
});
