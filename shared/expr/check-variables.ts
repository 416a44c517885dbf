/** Shared guard of the compilers: every free variable must have an input slot. */
import type { Expr } from './ast';
import { freeVariables } from './ast';
import type { ExprError } from './errors';
import { exprError } from './errors';
import type { Result } from '../result';
import { err, ok } from '../result';

/**
 * Ok when every free variable of `expr` is listed in `variables`. The error carries an empty span
 * (0, 0): a compiled tree no longer knows where in the typed text the variable was.
 */
export function checkVariables(expr: Expr, variables: readonly string[]): Result<true, ExprError> {
  const missing = freeVariables(expr).filter((v) => !variables.includes(v));
  if (missing.length === 0) return ok(true);
  const list = missing.map((m) => `'${m}'`).join(', ');
  const have = variables.length > 0 ? variables.join(', ') : '—';
  return err(
    exprError(
      'unknown-variable',
      `Unknown variable ${list}; this formula may only use ${have}.`,
      `未知变量 ${list}；这个公式只能使用 ${have}。`,
      0,
      0,
      0,
    ),
  );
}
