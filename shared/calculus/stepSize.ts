/**
 * Step sizes for finite differences. The total error of a difference quotient is truncation
 * (shrinks with h) plus rounding (≈ machine-ε·|f|/h, grows as h shrinks); these steps balance the
 * two for functions whose value and derivatives are of order one on the scale max(1, |x|).
 */

/** Machine epsilon of IEEE doubles, 2^-52 ≈ 2.22e-16. */
export const MACHINE_EPSILON = Number.EPSILON;

/** Forward difference: error ≈ h·f''/2 + ε|f|/h, minimal near h = √ε ≈ 1.5e-8 (times the scale of x). */
export function forwardStep(x: number): number {
  return Math.sqrt(MACHINE_EPSILON) * Math.max(1, Math.abs(x));
}

/** Central difference: error ≈ h²·f'''/6 + ε|f|/h, minimal near h = ∛ε ≈ 6.1e-6 (times the scale of x). */
export function centralStep(x: number): number {
  return Math.cbrt(MACHINE_EPSILON) * Math.max(1, Math.abs(x));
}

/** Second differences: error ≈ h²·f''''/12 + 4ε|f|/h², minimal near h = ε^¼ ≈ 1.2e-4 (times the scale of x). */
export function secondDifferenceStep(x: number): number {
  return Math.pow(MACHINE_EPSILON, 0.25) * Math.max(1, Math.abs(x));
}

/**
 * The step actually taken once x + h is rounded to a double: (x + h) − x is exact (Sterbenz), so
 * dividing by it instead of by h removes the representation error of the step itself.
 */
export function representableStep(x: number, h: number): number {
  return x + h - x;
}
