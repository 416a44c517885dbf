const SUBSCRIPT_DIGITS = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

/** The digits of a non-negative integer as Unicode subscripts: 12 → "₁₂". */
export function subscript(n: number): string {
  return String(Math.trunc(Math.abs(n)))
    .split('')
    .map((d) => SUBSCRIPT_DIGITS[Number(d)] ?? d)
    .join('');
}

/**
 * How a formula identifier is shown on the canvas: trailing digits (optionally after "_") become
 * subscripts, as on the board: "w1" → "w₁", "x_12" → "x₁₂"; "pi" → "π". Anything else unchanged.
 */
export function displayName(identifier: string): string {
  if (identifier === 'pi') return 'π';
  const m = /^(.*?[^\d_])_?(\d+)$/.exec(identifier);
  if (m === null) return identifier;
  return `${m[1] ?? ''}${subscript(Number(m[2]))}`;
}
