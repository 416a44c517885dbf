/**
 * A number typed into a value field: accepts "−" (U+2212) and "," as a decimal comma, as people
 * type them; refuses anything that is not a whole finite number (no "1e400", no "2x").
 */
export function parseNumber(input: string): number | undefined {
  const s = input.trim().replace(/\u2212/g, '-').replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  const x = Number(s);
  return Number.isFinite(x) ? x : undefined;
}
