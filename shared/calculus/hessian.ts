import type { ScalarField } from './partialDerivative';
import { representableStep, secondDifferenceStep } from './stepSize';

/**
 * Hessian H_ij = ∂²f/∂p_i∂p_j at p, symmetric by construction (each off-diagonal entry is computed
 * once and mirrored). Steps h_i = ε^¼·max(1, |p_i|) (≈ 1.2e-4): second differences divide by h²,
 * so rounding ∝ ε/h² and truncation ∝ h² balance there; expect ~1e-7 relative accuracy.
 * Diagonal: (f(p+h e_i) − 2f(p) + f(p−h e_i))/h²; off-diagonal: the four-point mixed difference
 * (f(++) − f(+−) − f(−+) + f(−−))/(4 h_i h_j). Returns n rows of length n.
 */
export function hessian(f: ScalarField, p: ArrayLike<number>): Float64Array[] {
  const n = p.length;
  const q = Float64Array.from(p);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = q[i] ?? 0;
    h[i] = representableStep(xi, secondDifferenceStep(xi));
  }
  const at = (i: number, di: number, j: number, dj: number): number => {
    const xi = q[i] ?? 0;
    const xj = q[j] ?? 0;
    q[i] = xi + di;
    q[j] = (q[j] ?? 0) + dj;
    const v = f(q);
    q[i] = xi;
    q[j] = xj;
    return v;
  };
  const f0 = f(q);
  const H = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const hi = h[i] ?? 0;
    const row = H[i];
    if (!row) continue;
    row[i] = (at(i, hi, i, 0) - 2 * f0 + at(i, -hi, i, 0)) / (hi * hi);
    for (let j = i + 1; j < n; j++) {
      const hj = h[j] ?? 0;
      const v = (at(i, hi, j, hj) - at(i, hi, j, -hj) - at(i, -hi, j, hj) + at(i, -hi, j, -hj)) / (4 * hi * hj);
      row[j] = v;
      const other = H[j];
      if (other) other[i] = v;
    }
  }
  return H;
}
