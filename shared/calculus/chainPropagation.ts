/**
 * How a small change travels through y = f(u), u = g(x): nudge x by Δx, then
 *   Δu = g(x + Δx) − g(x),   Δy = f(u + Δu) − f(u)   (the deck writes f(Δu); errata, DESIGN.md §4),
 * and the ratios Δu/Δx, Δy/Δu, Δy/Δx approach du/dx, dy/du, dy/dx as Δx → 0. Dividing by Δu needs
 * Δu ≠ 0; where Δu = 0 (u stationary and Δx tiny enough that g(x + Δx) rounds to g(x), or a u
 * that is flat) Δy/Δu is undefined and the careful proof uses
 *   φ(Δu) = (f(u + Δu) − f(u))/Δu for Δu ≠ 0,   φ(0) = f′(u),
 * for which Δy = φ(Δu)·Δu holds always and φ(Δu) → f′(u): then Δy/Δx = φ(Δu)·Δu/Δx → f′(u)·g′(x)
 * with no division by Δu. Quotients are computed literally, so tiny |Δx| shows rounding too.
 */

export interface PropagationRow {
  readonly dx: number;
  /** u = g(x) and u + Δu = g(x + Δx) (computed directly, so u + Δu is exactly what f sees). */
  readonly u: number;
  readonly uNext: number;
  readonly du: number;
  /** Δy = f(u + Δu) − f(u). */
  readonly dy: number;
  readonly ratioU: number;
  /** Δy/Δu, NaN when Δu = 0 (undefined: the step the naive proof cannot take). */
  readonly ratioYU: number;
  readonly ratioY: number;
  /** φ(Δu): Δy/Δu when Δu ≠ 0, else f′(u). Δy = φ·Δu in every row. */
  readonly phi: number;
  readonly duZero: boolean;
}

/** One row at step `dx` (≠ 0, either sign); `fPrimeAtU` = f′(g(x)) fills φ where Δu = 0. */
export function propagationRow(
  g: (x: number) => number,
  f: (u: number) => number,
  x: number,
  dx: number,
  fPrimeAtU: number,
): PropagationRow {
  const u = g(x);
  const uNext = g(x + dx);
  const du = uNext - u;
  const dy = f(uNext) - f(u);
  const duZero = du === 0;
  const ratioYU = duZero ? Number.NaN : dy / du;
  return { dx, u, uNext, du, dy, ratioU: du / dx, ratioYU, ratioY: dy / dx, phi: duZero ? fPrimeAtU : ratioYU, duZero };
}

/** Rows for each step in `dxs`, in order. */
export function propagationTable(
  g: (x: number) => number,
  f: (u: number) => number,
  x: number,
  dxs: readonly number[],
  fPrimeAtU: number,
): PropagationRow[] {
  return dxs.map((dx) => propagationRow(g, f, x, dx, fPrimeAtU));
}

/** sign·10^e for e = from, from − 1, …, to (integers, from ≥ to): ±0.1, ±0.01, … */
export function decadeSteps(from: number, to: number, sign: 1 | -1 = 1): number[] {
  const out: number[] = [];
  for (let e = Math.round(from); e >= Math.round(to); e--) out.push(sign * Number(`1e${e}`));
  return out;
}

/**
 * Δx = sign·10^exponent for a log-scale slider. Integer exponents give exact decimal steps
 * (1e-4, where Math.pow(10, -4) gives 0.00009999999999999999).
 */
export function signedLogStep(exponent: number, sign: 1 | -1): number {
  const e = Number.isInteger(exponent) ? Number(`1e${exponent}`) : Math.pow(10, exponent);
  return sign * e;
}
