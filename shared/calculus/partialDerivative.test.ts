import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradient, partialDerivative } from './partialDerivative';
import { hessian } from './hessian';
import { directionalDerivative, directionalProfile, steepestAscentAngle } from './directionalDerivative';

// The deck's chain-rule example z = (xy)² + (x + y²)³, with hand-derived partials:
// ∂z/∂x = 2xy² + 3(x + y²)², ∂z/∂y = 2x²y + 6y(x + y²)².
const z = (p: ArrayLike<number>): number => {
  const x = p[0] ?? 0;
  const y = p[1] ?? 0;
  return (x * y) ** 2 + (x + y * y) ** 3;
};
const zx = (x: number, y: number): number => 2 * x * y * y + 3 * (x + y * y) ** 2;
const zy = (x: number, y: number): number => 2 * x * x * y + 6 * y * (x + y * y) ** 2;

describe('partial derivatives and gradient', () => {
  it('match the hand-derived partials of z = (xy)² + (x+y²)³', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (x, y) => {
        const scale = 1 + Math.abs(zx(x, y)) + Math.abs(zy(x, y)) + Math.abs(z([x, y]));
        expect(Math.abs(partialDerivative(z, [x, y], 0) - zx(x, y))).toBeLessThan(1e-8 * scale);
        const g = gradient(z, [x, y]);
        expect(Math.abs((g[0] ?? 0) - zx(x, y))).toBeLessThan(1e-8 * scale);
        expect(Math.abs((g[1] ?? 0) - zy(x, y))).toBeLessThan(1e-8 * scale);
      }),
    );
  });

  it('does not modify the point and handles large coordinates (x·y at 1e6)', () => {
    const p = [1e6, 2];
    const g = gradient((q) => (q[0] ?? 0) * (q[1] ?? 0), p);
    expect(p).toEqual([1e6, 2]);
    expect(g[0]).toBeCloseTo(2, 6);
    expect(g[1]).toBeCloseTo(1e6, 2);
  });

  it('returns NaN for an index out of range', () => {
    expect(partialDerivative(z, [1, 2], 5)).toBeNaN();
  });
});

describe('hessian', () => {
  it('matches the hand-derived Hessian of z and is exactly symmetric', () => {
    // ∂²z/∂x² = 2y² + 6(x+y²); ∂²z/∂y² = 2x² + 6(x+y²)² + 24y²(x+y²); ∂²z/∂x∂y = 4xy + 12y(x+y²).
    for (const [x, y] of [[1, 2], [-0.5, 0.3], [2, -1]] as const) {
      const H = hessian(z, [x, y]);
      const s = x + y * y;
      const exact = [
        [2 * y * y + 6 * s, 4 * x * y + 12 * y * s],
        [4 * x * y + 12 * y * s, 2 * x * x + 6 * s * s + 24 * y * y * s],
      ];
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 2; j++) {
          const e = exact[i]?.[j] ?? Number.NaN;
          expect(Math.abs((H[i]?.[j] ?? Number.NaN) - e)).toBeLessThan(1e-5 * Math.max(1, Math.abs(e)));
        }
      }
      expect(H[0]?.[1]).toBe(H[1]?.[0]);
    }
  });

  it('of a quadratic form ½pᵀAp is A (3 variables)', () => {
    const A = [
      [4, 1, -2],
      [1, 3, 0.5],
      [-2, 0.5, 5],
    ];
    const q = (p: ArrayLike<number>): number => {
      let s = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += 0.5 * (p[i] ?? 0) * (A[i]?.[j] ?? 0) * (p[j] ?? 0);
      return s;
    };
    const H = hessian(q, [0.3, -1.2, 2]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(H[i]?.[j]).toBeCloseTo(A[i]?.[j] ?? Number.NaN, 5);
  });
});

describe('directional derivative and the steepest-ascent profile', () => {
  it('equals ∇f·u (closed form) for f = x² + 3xy at (1, 2), u = (3, 4)/5', () => {
    const f = (p: ArrayLike<number>): number => (p[0] ?? 0) ** 2 + 3 * (p[0] ?? 0) * (p[1] ?? 0);
    const r = directionalDerivative(f, [1, 2], [3, 4]);
    if (!r.ok) throw new Error(r.error.en);
    // ∇f = (2x + 3y, 3x) = (8, 3); u = (0.6, 0.8); ∇f·u = 4.8 + 2.4 = 7.2.
    expect(r.value.value).toBeCloseTo(7.2, 8);
    expect(r.value.gradientDot).toBeCloseTo(7.2, 8);
    expect(Array.from(r.value.unit)).toEqual([0.6, 0.8]);
  });

  it('rejects a zero or mismatched direction', () => {
    expect(directionalDerivative(z, [1, 1], [0, 0]).ok).toBe(false);
    expect(directionalDerivative(z, [1, 1], [1]).ok).toBe(false);
  });

  it('profile is max along ∇f, zero along the contour, min along −∇f', () => {
    const g: [number, number] = [3, -4];
    const t = steepestAscentAngle(g);
    const [up, side1, down, side2] = directionalProfile(g, [t, t + Math.PI / 2, t + Math.PI, t - Math.PI / 2]);
    expect(up).toBeCloseTo(5, 12);
    expect(side1).toBeCloseTo(0, 12);
    expect(down).toBeCloseTo(-5, 12);
    expect(side2).toBeCloseTo(0, 12);
    const many = directionalProfile(g, Array.from({ length: 3600 }, (_, k) => (2 * Math.PI * k) / 3600));
    expect(Math.max(...many)).toBeLessThanOrEqual(5 + 1e-12);
    expect(Math.min(...many)).toBeGreaterThanOrEqual(-5 - 1e-12);
    expect(steepestAscentAngle([0, 0])).toBeNaN();
  });
});
