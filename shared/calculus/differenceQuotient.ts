/**
 * Difference quotients as the deck defines them, computed literally (no step correction), so the
 * table can show what really happens in floating point: as h shrinks the truncation error falls
 * (∝ h forward, ∝ h² central) until the subtraction f(x+h) − f(x) of two nearly equal numbers
 * cancels most significant digits; the rounding error ≈ ε_machine·|f(x)|/h then grows as h → 0.
 */

/** (f(x + h) − f(x)) / h. h ≠ 0; a negative h gives the backward quotient. */
export function forwardDifference(f: (x: number) => number, x: number, h: number): number {
  return (f(x + h) - f(x)) / h;
}

/** (f(x + h) − f(x − h)) / (2h). Exact for quadratics up to rounding; error ≈ h²·f'''(x)/6. */
export function centralDifference(f: (x: number) => number, x: number, h: number): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

export interface DifferenceQuotientRow {
  readonly h: number;
  readonly forward: number;
  readonly central: number;
  /** |forward − exact| when `exact` was given, otherwise undefined. */
  readonly forwardError?: number;
  readonly centralError?: number;
}

/**
 * One row per step h (in the given order): forward and central quotients and, when the exact
 * derivative is known, their absolute errors — the "V" of truncation vs rounding error.
 */
export function differenceQuotientTable(
  f: (x: number) => number,
  x: number,
  hs: readonly number[],
  exact?: number,
): DifferenceQuotientRow[] {
  return hs.map((h) => {
    const forward = forwardDifference(f, x, h);
    const central = centralDifference(f, x, h);
    return exact === undefined
      ? { h, forward, central }
      : { h, forward, central, forwardError: Math.abs(forward - exact), centralError: Math.abs(central - exact) };
  });
}

/** Steps 10^-1, 10^-2, … 10^-count for the table (default down to 1e-16). */
export function logSteps(count = 16): number[] {
  return Array.from({ length: count }, (_, k) => Math.pow(10, -(k + 1)));
}
