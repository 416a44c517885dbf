/**
 * The deck's three derivations from first principles, as live numbers: for a chosen x and step h,
 * every term of the expanded difference quotient, so a student sees the terms that carry h shrink
 * away as h → 0 while the first one stays.
 *
 * - xⁿ: ((x+h)ⁿ − xⁿ)/h = Σ_{k=1..n} C(n,k)·x^(n−k)·h^(k−1) (binomial theorem; n a positive integer)
 * - eˣ: (e^(x+h) − eˣ)/h = eˣ·(eʰ − 1)/h and (eʰ − 1)/h = Σ_{k≥0} h^k/(k+1)!
 * - ln x: (ln(x+h) − ln x)/h = (1/x)·ln(1+u)/u with u = h/x, and ln(1+u)/u = Σ_{k≥0} (−u)^k/(k+1)
 *   (|u| < 1)
 *
 * Each result carries both the literal quotient (computed as written, so it shows rounding at tiny
 * h) and an accurate one (expm1, log1p, or the exact sum) for comparison.
 */

export interface SeriesTerm {
  /** Index of the term (the power of h or u it carries for the series; k of C(n,k) for xⁿ). */
  readonly k: number;
  /** Its coefficient (C(n,k)·x^(n−k) for xⁿ, 1/(k+1)! for eˣ, (−1)^k/(k+1) for ln). */
  readonly coefficient: number;
  /** The term's value at this h (or u). */
  readonly value: number;
}

/** C(n, k) for integers 0 ≤ k ≤ n (exact up to 2^53; n ≤ 60 is plenty here). */
export function binomial(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 0 || k > n) return 0;
  let c = 1;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) c = (c * (n - m + i)) / i;
  return Math.round(c);
}

export interface PowerQuotient {
  readonly n: number;
  readonly x: number;
  readonly h: number;
  /** k = 1 … n: C(n,k)·x^(n−k)·h^(k−1); the first is n·x^(n−1), the rest carry h. */
  readonly terms: readonly SeriesTerm[];
  /** Σ terms: the quotient without the cancellation of the literal form. */
  readonly sum: number;
  /** ((x+h)ⁿ − xⁿ)/h as written. */
  readonly literal: number;
  /** n·x^(n−1): what the quotient tends to. */
  readonly limit: number;
}

/** The binomial expansion of ((x+h)ⁿ − xⁿ)/h for a positive integer n (1 … 60); h ≠ 0. */
export function powerQuotient(n: number, x: number, h: number): PowerQuotient {
  const terms: SeriesTerm[] = [];
  for (let k = 1; k <= n; k++) {
    const coefficient = binomial(n, k) * Math.pow(x, n - k);
    terms.push({ k, coefficient, value: coefficient * Math.pow(h, k - 1) });
  }
  return {
    n,
    x,
    h,
    terms,
    sum: terms.reduce((s, t) => s + t.value, 0),
    literal: (Math.pow(x + h, n) - Math.pow(x, n)) / h,
    limit: n * Math.pow(x, n - 1),
  };
}

export interface SeriesQuotient {
  /** h for eˣ, u for ln. */
  readonly step: number;
  /** The first `count` terms of the series. */
  readonly terms: readonly SeriesTerm[];
  readonly partialSum: number;
  /** The quotient as written: (eʰ − 1)/h or ln(1 + u)/u. */
  readonly literal: number;
  /** The same computed without cancellation: expm1(h)/h or log1p(u)/u. */
  readonly accurate: number;
  /** What it tends to as the step → 0 (1 for both). */
  readonly limit: number;
}

/** (eʰ − 1)/h and its Taylor terms h^k/(k+1)!, k = 0 … count−1; h ≠ 0. */
export function expQuotient(h: number, count = 5): SeriesQuotient {
  const terms: SeriesTerm[] = [];
  let factorial = 1;
  for (let k = 0; k < count; k++) {
    factorial *= k + 1;
    const coefficient = 1 / factorial;
    terms.push({ k, coefficient, value: coefficient * Math.pow(h, k) });
  }
  return {
    step: h,
    terms,
    partialSum: terms.reduce((s, t) => s + t.value, 0),
    literal: (Math.exp(h) - 1) / h,
    accurate: Math.expm1(h) / h,
    limit: 1,
  };
}

/** ln(1 + u)/u and its Taylor terms (−u)^k/(k+1), k = 0 … count−1; u ≠ 0, u > −1 (series: |u| < 1). */
export function logQuotient(u: number, count = 5): SeriesQuotient {
  const terms: SeriesTerm[] = [];
  for (let k = 0; k < count; k++) {
    const coefficient = (k % 2 === 0 ? 1 : -1) / (k + 1);
    terms.push({ k, coefficient, value: coefficient * Math.pow(u, k) });
  }
  return {
    step: u,
    terms,
    partialSum: terms.reduce((s, t) => s + t.value, 0),
    literal: Math.log(1 + u) / u,
    accurate: Math.log1p(u) / u,
    limit: 1,
  };
}
