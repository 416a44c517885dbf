/**
 * One typed formula of the chapter: its text (what the box shows), the parse of that text (for the
 * box's preview or positioned error), the last formula that parsed (what the figure keeps drawing
 * while the text is invalid) and that formula as a fast function of its one variable.
 */
import type { Expr } from '$shared/expr/ast';
import { compile } from '$shared/expr/compile';
import { parseExpr } from '$shared/expr/parse';

export type UnaryFn = (x: number) => number;

/** Compiles once; the returned function reuses one argument buffer (no allocation per call). */
export function compileUnary(expr: Expr, variable: string): UnaryFn {
  const c = compile(expr, [variable]);
  if (!c.ok) return () => Number.NaN;
  const fn = c.value;
  const args = new Float64Array(1);
  return (x: number): number => {
    args[0] = x;
    return fn.evaluate(args);
  };
}

export class FormulaField {
  text = $state('');
  variable = $state('x');
  /** The last formula that parsed. */
  expr = $state.raw<Expr>({ kind: 'num', value: 0 });
  readonly result = $derived(parseExpr(this.text, { variables: [this.variable] }));
  readonly fn: UnaryFn = $derived(compileUnary(this.expr, this.variable));

  constructor(text: string, variable = 'x') {
    this.reset(text, variable);
  }

  /** The student typed: the text always follows; the formula only when it parses. */
  set(text: string): void {
    this.text = text;
    const r = parseExpr(text, { variables: [this.variable] });
    if (r.ok) this.expr = r.value;
  }

  /** Loads a preset (or a saved state): text, variable and formula together. */
  reset(text: string, variable: string = this.variable): void {
    this.variable = variable;
    this.set(text);
  }
}
