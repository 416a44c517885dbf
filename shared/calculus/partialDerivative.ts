import { centralStep, representableStep } from './stepSize';

/** A scalar function of n variables, read from p[0] … p[n−1]. */
export type ScalarField = (p: ArrayLike<number>) => number;

/**
 * ∂f/∂p_i at p by a central difference; default h = ∛ε·max(1, |p_i|) (≈ 6e-6), the step that
 * balances truncation (∝ h²) against rounding (∝ ε/h). The step is made exactly representable so
 * the divisor is the distance really travelled. `p` is not modified.
 */
export function partialDerivative(f: ScalarField, p: ArrayLike<number>, i: number, h?: number): number {
  const q = Float64Array.from(p);
  const xi = q[i];
  if (xi === undefined) return Number.NaN;
  const step = h ?? centralStep(xi);
  const hp = representableStep(xi, step);
  const hm = representableStep(xi, -step);
  q[i] = xi + hp;
  const fp = f(q);
  q[i] = xi + hm;
  const fm = f(q);
  return (fp - fm) / (hp - hm);
}

/** ∇f(p) = (∂f/∂p_0, …, ∂f/∂p_{n−1}) by central differences (2n evaluations). */
export function gradient(f: ScalarField, p: ArrayLike<number>): Float64Array {
  const g = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) g[i] = partialDerivative(f, p, i);
  return g;
}
