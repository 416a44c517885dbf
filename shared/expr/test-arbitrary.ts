/**
 * fast-check generators of expression trees, shared by the property tests of this folder
 * (test support only; nothing in the app imports it).
 */
import fc from 'fast-check';
import type { Expr } from './ast';
import { binary, call, konst, neg, num, variable } from './ast';
import type { BinaryOp } from './ast';
import { BINARY_NAMES, UNARY_NAMES } from './functions';
import { evaluateExpr } from './evaluate';

export const TEST_VARIABLES = ['x', 'y', 'w1', 'θ', 'x_1'] as const;

const leaf = (vars: readonly string[]): fc.Arbitrary<Expr> =>
  fc.oneof(
    fc.integer({ min: 0, max: 12 }).map(num),
    fc.constantFrom(0.5, 0.1, 2.5, 1e-7, 1e21, 3.75).map(num),
    fc.constantFrom<Expr>(konst('pi'), konst('e')),
    fc.constantFrom(...vars).map(variable),
  );

/** Random trees over `vars` of bounded depth, with every node kind and every function. */
export function exprArb(vars: readonly string[] = TEST_VARIABLES, maxDepth = 5): fc.Arbitrary<Expr> {
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { maxDepth, depthIdentifier: 'expr' },
      leaf(vars),
      tie('tree').map(neg),
      fc
        .tuple(fc.constantFrom<BinaryOp>('add', 'sub', 'mul', 'div', 'pow'), tie('tree'), tie('tree'))
        .map(([op, l, r]) => binary(op, l, r)),
      fc.tuple(fc.constantFrom(...UNARY_NAMES), tie('tree')).map(([fn, a]) => call(fn, a)),
      fc.tuple(fc.constantFrom(...BINARY_NAMES), tie('tree'), tie('tree')).map(([fn, a, b]) => call(fn, a, b)),
    ),
  }));
  return tree;
}

/**
 * Trees whose values stay moderate (small integers, + − × and tame functions), for numeric
 * comparisons where catastrophic cancellation would otherwise dominate.
 */
export function tameExprArb(vars: readonly string[] = ['x', 'y'], maxDepth = 4): fc.Arbitrary<Expr> {
  const tameLeaf = fc.oneof(
    fc.integer({ min: 0, max: 5 }).map(num),
    fc.constantFrom(0.5, 1.5).map(num),
    fc.constantFrom<Expr>(konst('pi'), konst('e')),
    fc.constantFrom(...vars).map(variable),
  );
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { maxDepth, depthIdentifier: 'tame' },
      tameLeaf,
      tie('tree').map(neg),
      fc.tuple(fc.constantFrom<BinaryOp>('add', 'sub', 'mul', 'div'), tie('tree'), tie('tree')).map(([op, l, r]) => binary(op, l, r)),
      fc.tuple(tie('tree'), fc.integer({ min: -3, max: 4 })).map(([b, k]) => binary('pow', b, num(k))),
      fc.tuple(tie('tree'), fc.constantFrom(0.5, 1.5)).map(([b, k]) => binary('pow', b, num(k))),
      fc.tuple(fc.constantFrom('sin', 'cos', 'exp', 'ln', 'sqrt', 'sigmoid', 'tanh', 'abs', 'atan', 'relu', 'softplus', 'cbrt') as fc.Arbitrary<(typeof UNARY_NAMES)[number]>, tie('tree')).map(([fn, a]) => call(fn, a)),
    ),
  }));
  return tree;
}

/** parse(toText(e)) legitimately writes a negative literal as neg(num): normalize to compare. */
export function normalizeLiterals(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
      return e.value < 0 || Object.is(e.value, -0) ? neg(num(-e.value)) : e;
    case 'neg':
      return neg(normalizeLiterals(e.arg));
    case 'binary':
      return binary(e.op, normalizeLiterals(e.left), normalizeLiterals(e.right));
    case 'call':
      return { kind: 'call', fn: e.fn, args: e.args.map(normalizeLiterals) };
    default:
      return e;
  }
}

/** Largest finite |value| of any subtree of `e` at the point: the scale of its rounding error. */
export function magnitude(e: Expr, variables: readonly string[], point: ArrayLike<number>): number {
  let m = 0;
  const walk = (n: Expr): void => {
    const v = evaluateExpr(n, variables, point);
    if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
    if (n.kind === 'neg') walk(n.arg);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    } else if (n.kind === 'call') n.args.forEach(walk);
  };
  walk(e);
  return m;
}

/** Equal up to a few ulps (x^3 as x·x·x rounds differently from Math.pow), NaN matching NaN. */
export function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
