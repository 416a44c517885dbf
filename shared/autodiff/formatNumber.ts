/** A short human form of a number for messages and labels: 6 significant digits, no trailing zeros. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (Object.is(x, -0) || x === 0) return '0';
  const s = Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6 ? String(Number(x.toPrecision(6))) : x.toExponential(4);
  return s.replace(/^-/, '−');
}
