/**
 * Number formatting for the explorer's panels: short readable figures for people, and LaTeX forms
 * for substituted formulas. The full-precision value always travels beside the short one (in a
 * `data-value` attribute) so tests compare with the core, not with the rounding.
 */

/** Unicode minus reads better than a hyphen next to digits. */
const minus = (s: string): string => s.replace(/^-/, '−');

/**
 * `v` to `digits` significant digits (1 … 21, default 4) without trailing zeros; exponent form
 * (1.235e-7) outside [1e-4, 1e6). NaN → "—" (undefined here), ±∞ → "∞"/"−∞", −0 → "0".
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
    const f = formatSig(v, digits).replace('−', '-');
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
