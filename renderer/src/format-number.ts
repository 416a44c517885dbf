/**
 * Numbers as the UI shows them: a few significant digits, a real minus sign, exponent form only
 * for very large or small magnitudes, and NaN/∞ spelled out so a failure is visible.
 */
export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e6 || a < 1e-4 ? v.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e') : trimZeros(v.toPrecision(digits));
  return s.replace('-', '−');
}

function trimZeros(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s;
}
