/**
 * Exact rational coefficients for the simplifier (so 1/3 stays 1/3 on the board), falling back to
 * plain floating point as soon as a value is not a ratio of safe integers.
 */
export interface Rational {
  /** Numerator; any float when `d` is 1 and the value is not exact. */
  readonly n: number;
  /** Denominator, a positive safe integer. */
  readonly d: number;
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

export const isExact = (r: Rational): boolean => Number.isSafeInteger(r.n) && Number.isSafeInteger(r.d);

export const value = (r: Rational): number => r.n / r.d;

/** n/d reduced, sign on the numerator; a float when not exactly representable. */
export function rational(n: number, d = 1): Rational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) return { n: n / d, d: 1 };
  const g = gcd(n, d) || 1;
  const s = d < 0 ? -1 : 1;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);

export const isZero = (r: Rational): boolean => r.n === 0;
export const isOne = (r: Rational): boolean => r.n === 1 && r.d === 1;
export const isInteger = (r: Rational): boolean => r.d === 1 && Number.isInteger(r.n);

export function addR(a: Rational, b: Rational): Rational {
  if (isExact(a) && isExact(b)) return rational(a.n * b.d + b.n * a.d, a.d * b.d);
  return { n: value(a) + value(b), d: 1 };
}

export function mulR(a: Rational, b: Rational): Rational {
  if (isExact(a) && isExact(b)) return rational(a.n * b.n, a.d * b.d);
  return { n: value(a) * value(b), d: 1 };
}

export const negR = (a: Rational): Rational => ({ n: -a.n, d: a.d });

/** 1/a; callers must not pass zero. */
export function invR(a: Rational): Rational {
  if (isExact(a)) return rational(a.d, a.n);
  return { n: 1 / value(a), d: 1 };
}

/** a^k for an integer k (exact while the result stays within safe integers). */
export function powR(a: Rational, k: number): Rational {
  const base = k < 0 ? invR(a) : a;
  const m = Math.abs(k);
  if (isExact(base)) return rational(Math.pow(base.n, m), Math.pow(base.d, m));
  return { n: Math.pow(value(base), m), d: 1 };
}
