/**
 * Binding strength of printed sub-expressions, shared by the plain-text printer (print.ts) and
 * the LaTeX printer (latex.ts) so that both parenthesize by the same rules.
 */
export const Prec = { Sum: 1, Product: 2, Unary: 3, Power: 4, Atom: 5 } as const;
export type Prec = (typeof Prec)[keyof typeof Prec];

/**
 * Whether a child printed as `text` with strength `prec` needs parentheses in a slot that needs
 * `need`: when it binds more loosely, or (`noLeadingMinus`) when a leading minus would read as a
 * binary one ("a + -b", "2 -x").
 */
export function needsParens(prec: Prec, text: string, need: Prec, noLeadingMinus = false): boolean {
  return prec < need || (noLeadingMinus && text.startsWith('-'));
}
