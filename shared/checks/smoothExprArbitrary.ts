/**
 * Test helper (not shipped): fast-check arbitraries for random smooth expressions, used by the
 * derivative property tests. Trees use + − × sin cos exp tanh sigmoid and division only by a
 * denominator that cannot vanish (1 + u²), so every generated function is smooth everywhere.
 */
import fc from 'fast-check';
import type { Expr } from '../expr/ast';
import { add, call, div, mul, num, pow, sub, variable } from '../expr/ast';

/** Random smooth expression trees in the given variables, of bounded depth. */
export function smoothExpr(variables: readonly string[], maxDepth = 4): fc.Arbitrary<Expr> {
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...variables).map(variable) },
    { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }).map((k) => num(k / 4)) },
  );
  const tree = fc.letrec<{ node: Expr }>((tie) => ({
    node: fc.oneof(
      { maxDepth, depthIdentifier: 'smooth' },
      leaf,
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => add(a, b)),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => sub(a, b)),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => mul(a, b)),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => div(a, add(num(1), pow(b, num(2))))),
      fc.constantFrom('sin', 'cos', 'exp', 'tanh', 'sigmoid' as const).chain((fn) => tie('node').map((a) => call(fn, a))),
    ),
  }));
  return tree.node;
}

/** A point with coordinates in [-2, 2] for each variable (no NaN or infinities). */
export function smallPoint(variables: readonly string[]): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }), {
    minLength: variables.length,
    maxLength: variables.length,
  });
}
