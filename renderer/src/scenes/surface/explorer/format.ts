/**
 * Number formatting for the explorer's panels: short readable figures for people, and LaTeX forms
 * for substituted formulas. The full-precision value always travels beside the short one (in a
 * `data-value` attribute) so tests compare with the core, not with the rounding.
 */

/** Unicode minus (U+2212) reads better than a hyphen next to digits, in the exponent too (1e−7). */
const minus = (s: string): string => s.replace(/-/g, '−');

/**
 * A displayed number back in ASCII (− → -), for LaTeX sources and for code that parses it.
 * Inputs do not need it: they accept both signs (`parseNumber`).
 */
export const asciiMinus = (s: string): string => s.replace(/−/g, '-');

/**
 * `v` to `digits` significant digits (1 … 21, default 4) without trailing zeros; exponent form
 * (1.235e−7) outside [1e-4, 1e6). Minus signs are U+2212. NaN → "—" (undefined here), ±∞ → "∞"/"−∞", −0 → "0".
 */
export function formatSig(v: number, digits = 4): string {
  if (Number.isNaN(v)) return '—';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const d = Math.min(21, Math.max(1, Math.round(digits)));
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e6) {
    // toPrecision may itself switch to exponent form when rounding crosses 1e6 (999999.5 → 1.000e+6).
    const p = Number(v.toPrecision(d));
    if (Math.abs(p) < 1e6) return minus(String(p));
  }
  const [mant = '0', exp = '0'] = v.toExponential(d - 1).split('e');
  const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
  return minus(`${m}e${exp.replace('+', '')}`);
}

/**
 * `v` as a LaTeX number to `digits` significant digits: 1.5\times10^{-7} for tiny/huge values,
 * \text{undefined}/\infty for non-finite ones. Negative numbers are wrapped in parentheses when
 * `paren` is set, so "x − (−2)" reads correctly in a substituted formula.
 */
export function latexNumber(v: number, digits = 4, paren = false): string {
  let s: string;
  if (Number.isNaN(v)) return '\\text{undefined}';
  if (!Number.isFinite(v)) s = v > 0 ? '\\infty' : '-\\infty';
  else if (v === 0) s = '0';
  else {
    const f = asciiMinus(formatSig(v, digits));
    const e = f.indexOf('e');
    s = e < 0 ? f : `${f.slice(0, e)}\\times 10^{${f.slice(e + 1)}}`;
  }
  return paren && s.startsWith('-') ? `\\left(${s}\\right)` : s;
}

/** A signed term for sums in LaTeX: " + 3" or " - 3" (magnitude to `digits` significant digits). */
export function latexSignedTerm(v: number, digits = 4): string {
  if (Number.isNaN(v)) return ' + \\text{undefined}';
  return v < 0 || Object.is(v, -0) ? ` - ${latexNumber(-v, digits)}` : ` + ${latexNumber(v, digits)}`;
}

/**
 * The two ends of a range (z from … to …) at a precision tied to the range's span: each end is
 * rounded to a step of 10^(⌊log₁₀ span⌋ − `spanDigits`), so the span shows about `spanDigits` + 1
 * significant digits and nothing finer. Sampling noise disappears: a bowl's minimum sampled at
 * 0.001116 over a span of 18 reads 0, and an end within span·1e−9 of zero (1.16e−16) is 0.
 * A zero-width range shows its value to 4 significant digits; a non-finite end shows ∞ / — .
 */
export function formatRange(lo: number, hi: number, spanDigits = 3): readonly [string, string] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [formatSig(lo), formatSig(hi)];
  const span = Math.abs(hi - lo);
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  if (scale === 0) return ['0', '0'];
  // A (nearly) flat range: no span to tie the precision to, so the values' own size decides.
  if (span <= scale * 1e-12) return [formatSig(lo), formatSig(hi)];
  const e = Math.floor(Math.log10(span)) - Math.max(0, Math.round(spanDigits));
  const one = (v: number): string => {
    if (Math.abs(v) < span * 1e-9) return '0';
    const steps = Math.round(v / 10 ** e);
    if (steps === 0) return '0';
    // Rounded through the step count (an integer), so 0.1 + 0.2 style residue never shows.
    // (10^−e overflows past 1e308 for subnormal spans; multiplying by 10^e is then the only way.)
    const p = 10 ** Math.abs(e);
    const rounded = e >= 0 ? steps * p : Number.isFinite(p) ? steps / p : steps * 10 ** e;
    const digits = Math.max(1, Math.floor(Math.log10(Math.abs(rounded))) - e + 1);
    return formatSig(rounded, digits);
  };
  return [one(lo), one(hi)];
}

/** An interval for people: "[−2, 2]", both ends at the precision of `formatRange`. */
export function formatInterval(lo: number, hi: number): string {
  const [a, b] = formatRange(lo, hi);
  return `[${a}, ${b}]`;
}
