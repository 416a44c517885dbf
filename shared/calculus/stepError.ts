/**
 * Why a difference quotient has a best step: its error is truncation (the Taylor terms left out,
 * shrinking with h) plus rounding (f(x+h) and f(x) each carry a relative error of about
 * ε = 2^-52; their difference of nearly equal numbers keeps that absolute error ≈ ε|f(x)| while
 * dividing by a tiny h magnifies it). These models predict the V shape of the error table and
 * where its bottom lies; the table itself (differenceQuotient.ts) shows the real errors.
 */
import type { DifferenceQuotientRow } from './differenceQuotient';
import { MACHINE_EPSILON } from './stepSize';

/** Model of |forward − f′(x)|: |f″(x)|·h/2 + ε·|f(x)|/h (h > 0). */
export function forwardErrorModel(h: number, fx: number, f2: number): number {
  return (Math.abs(f2) * h) / 2 + (MACHINE_EPSILON * Math.abs(fx)) / h;
}

/** Model of |central − f′(x)|: |f‴(x)|·h²/6 + ε·|f(x)|/h (h > 0). */
export function centralErrorModel(h: number, fx: number, f3: number): number {
  return (Math.abs(f3) * h * h) / 6 + (MACHINE_EPSILON * Math.abs(fx)) / h;
}

/**
 * The h minimising the forward model, √(2ε|f|/|f″|) (where its two parts are equal); the rule of thumb √ε·max(1, |x|) when
 * f or f″ is 0 or not finite (the model then has no interior minimum to trust).
 */
export function bestForwardStep(x: number, fx: number, f2: number): number {
  const h = Math.sqrt((2 * MACHINE_EPSILON * Math.abs(fx)) / Math.abs(f2));
  return Number.isFinite(h) && h > 0 ? h : Math.sqrt(MACHINE_EPSILON) * Math.max(1, Math.abs(x));
}

/** The h minimising the central model, ∛(3ε|f|/|f‴|); else ∛ε·max(1, |x|). */
export function bestCentralStep(x: number, fx: number, f3: number): number {
  const h = Math.cbrt((3 * MACHINE_EPSILON * Math.abs(fx)) / Math.abs(f3));
  return Number.isFinite(h) && h > 0 ? h : Math.cbrt(MACHINE_EPSILON) * Math.max(1, Math.abs(x));
}

/** True when x + h rounds back to x: the step is lost entirely and f(x+h) − f(x) is exactly 0. */
export function stepVanishes(x: number, h: number): boolean {
  return x + h === x;
}

/**
 * Index of the table row with the smallest error in the given column (the first one on ties), or
 * −1 when no row has a finite error.
 */
export function bestRow(rows: readonly DifferenceQuotientRow[], column: 'forward' | 'central'): number {
  let best = -1;
  let bestErr = Number.POSITIVE_INFINITY;
  rows.forEach((r, i) => {
    const e = column === 'forward' ? r.forwardError : r.centralError;
    if (e !== undefined && Number.isFinite(e) && e < bestErr) {
      bestErr = e;
      best = i;
    }
  });
  return best;
}
