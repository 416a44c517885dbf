/**
 * A scene formula is written in the preset's own names (w1, w2 and the data x1, x2, y of the
 * deck's loss); everything downstream — sampling, slices, walkers — works on f(x, y). This
 * renames the two axes to x, y and replaces each parameter by its current value.
 */
import type { Expr } from '$shared/expr/ast';
import { num, variable } from '$shared/expr/ast';
import type { ExprError } from '$shared/expr/errors';
import { parseExpr } from '$shared/expr/parse';
import { substitute } from '$shared/expr/substitute';
import type { Result } from '$shared/result';

export interface FormulaScope {
  readonly axes: readonly [string, string];
  readonly params: Readonly<Record<string, number>>;
}

/** The names a formula in this scope may use: the two axes, then the parameters. */
export function scopeVariables(scope: FormulaScope): string[] {
  return [...scope.axes, ...Object.keys(scope.params)];
}

export function parseInScope(text: string, scope: FormulaScope): Result<Expr, ExprError> {
  return parseExpr(text, { variables: scopeVariables(scope) });
}

/** The formula as a function of (x, y) with the parameters' current values substituted. */
export function toSurfaceExpr(expr: Expr, scope: FormulaScope): Expr {
  const map: Record<string, Expr> = { [scope.axes[0]]: variable('x'), [scope.axes[1]]: variable('y') };
  for (const [name, value] of Object.entries(scope.params)) map[name] = num(value);
  return substitute(expr, map);
}
