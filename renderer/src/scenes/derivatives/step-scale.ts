/**
 * The step h on a logarithmic slider: the slider holds the exponent e = log₁₀|h| ∈ [−16, 0] and a
 * sign, so one sweep covers every scale from h = 1 down to the limit of double precision. Integer
 * exponents give exactly the decimal doubles 0.1, 0.01, … (as the table's rows), so "h = 10⁻¹"
 * means the same number everywhere.
 */

export const H_EXP_MIN = -16;
export const H_EXP_MAX = 0;
/** Slider resolution in decades. */
export const H_EXP_STEP = 0.05;

export type StepSign = 1 | -1;

/** 10^exp · sign; integer exponents are the exact decimal doubles (1e-8, not 10 ** -8). */
export function stepFromExponent(exp: number, sign: StepSign = 1): number {
  const e = Math.min(H_EXP_MAX, Math.max(H_EXP_MIN, exp));
  const rounded = Math.round(e);
  const magnitude = Math.abs(e - rounded) < 1e-9 ? Number(`1e${rounded}`) : Math.pow(10, e);
  return sign * magnitude;
}

/** The slider position of a step: log₁₀|h|, clamped to the slider. */
export function exponentOfStep(h: number): number {
  const e = Math.log10(Math.abs(h));
  return Number.isFinite(e) ? Math.min(H_EXP_MAX, Math.max(H_EXP_MIN, e)) : H_EXP_MIN;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** "10⁻⁸" for an integer exponent. */
export function powerOfTen(exp: number): string {
  return `10${String(Math.round(exp)).split('').map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** LaTeX 10^{-8}. */
export function powerOfTenTex(exp: number): string {
  return `10^{${Math.round(exp)}}`;
}

/**
 * A step for people: "10⁻⁸" or "−10⁻⁸" when it is an exact power of ten, else "3.16 × 10⁻⁵"
 * (three significant digits), or the plain number for 0.01 ≤ |h| ≤ 1.
 */
export function formatStep(h: number): string {
  if (h === 0 || !Number.isFinite(h)) return String(h);
  const sign = h < 0 ? '−' : '';
  const a = Math.abs(h);
  const e = Math.log10(a);
  const rounded = Math.round(e);
  if (Math.abs(e - rounded) < 1e-9) return `${sign}${powerOfTen(rounded)}`;
  if (a >= 0.01) return `${sign}${Number(a.toPrecision(3))}`;
  const k = Math.floor(e);
  const m = a / Math.pow(10, k);
  return `${sign}${Number(m.toPrecision(3))} × ${powerOfTen(k)}`;
}
