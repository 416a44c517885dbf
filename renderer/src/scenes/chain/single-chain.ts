/**
 * Chapter 3, one variable: a typed y(x) split into y = f(u), u = g(x) (shared `splitComposition`),
 * with the compiled functions and the symbolic derivatives the three linked plots need:
 * du/dx = g′(x), dy/du = f′(u), and dy/dx both as the chain-rule product f′(g(x))·g′(x) and as
 * `differentiate` of the whole formula (an independent check of the product).
 */
import type { Expr } from '$shared/expr/ast';
import { call, exprEquals, konst, mul, pow } from '$shared/expr/ast';
import { compile } from '$shared/expr/compile';
import { splitComposition, type Composition, type CompositionSplit } from '$shared/expr/composition';
import { differentiate } from '$shared/expr/derivative';
import { parseExpr } from '$shared/expr/parse';
import { simplify } from '$shared/expr/simplify';
import { substitute } from '$shared/expr/substitute';

export type Fn1 = (t: number) => number;

/** A split formula with everything compiled. */
export interface SingleChain {
  readonly expr: Expr;
  readonly split: Composition;
  /** u = g(x), y = f(u), y = f(g(x)) (the original tree). */
  readonly g: Fn1;
  readonly f: Fn1;
  readonly y: Fn1;
  readonly dudxExpr: Expr;
  readonly dyduExpr: Expr;
  /** f′(g(x))·g′(x), simplified: what the chain rule gives. */
  readonly chainExpr: Expr;
  /** d/dx of the whole formula, by `differentiate` directly. */
  readonly directExpr: Expr;
  readonly dudx: Fn1;
  readonly dydu: Fn1;
  readonly dydxDirect: Fn1;
}

export type SingleAnalysis =
  | { readonly kind: 'chain'; readonly chain: SingleChain }
  | { readonly kind: 'none'; readonly split: Extract<CompositionSplit, { kind: 'not-composition' }> };

const fn = (e: Expr, v: string): Fn1 => {
  const c = compile(e, [v]);
  if (!c.ok) return () => Number.NaN;
  const args = new Float64Array(1);
  const f = c.value;
  return (t) => {
    args[0] = t;
    return f.evaluate(args);
  };
};

/** Compiles a split (the formula's own, or a composed factor the student chose to look at). */
export function chainOf(expr: Expr, split: Composition): SingleChain {
  const { outer, inner, innerName } = split;
  const dudxExpr = differentiate(inner, 'x');
  const dyduExpr = differentiate(outer, innerName);
  const chainExpr = simplify(mul(substitute(dyduExpr, { [innerName]: inner }), dudxExpr));
  const directExpr = differentiate(expr, 'x');
  return {
    expr,
    split,
    g: fn(inner, 'x'),
    f: fn(outer, innerName),
    y: fn(expr, 'x'),
    dudxExpr,
    dyduExpr,
    chainExpr,
    directExpr,
    dudx: fn(dudxExpr, 'x'),
    dydu: fn(dyduExpr, innerName),
    dydxDirect: fn(directExpr, 'x'),
  };
}

export function analyseSingle(expr: Expr): SingleAnalysis {
  const split = splitComposition(expr, 'x');
  if (split.kind === 'not-composition') return { kind: 'none', split };
  return { kind: 'chain', chain: chainOf(expr, split) };
}

/** Everything the figure marks at the shared cursor x. */
export interface ChainPoint {
  readonly x: number;
  readonly u: number;
  readonly y: number;
  readonly dudx: number;
  readonly dydu: number;
  /** dy/du · du/dx. */
  readonly product: number;
  /** d/dx of the whole formula at x (symbolic, evaluated): must equal the product. */
  readonly dydx: number;
}

export function chainAt(c: SingleChain, x: number): ChainPoint {
  const u = c.g(x);
  const dudx = c.dudx(x);
  const dydu = c.dydu(u);
  return { x, u, y: c.f(u), dudx, dydu, product: dydu * dudx, dydx: c.dydxDirect(x) };
}

const DECK = parseExpr('(3x^2+1)^5', { variables: ['x'] });

/** True for the deck's own example, whose printed result the scene corrects (DESIGN.md §4). */
export function isDeckExample(expr: Expr): boolean {
  return DECK.ok && exprEquals(expr, DECK.value);
}

/**
 * For f(x)^g(x) with both varying (not a composition as typed, like xˣ): e^(g·ln f), which is one
 * (outer e^u, inner g·ln f) and equals the original where f > 0. Null for anything else.
 */
export function powerRewrite(expr: Expr, analysis: SingleAnalysis): Expr | null {
  if (analysis.kind !== 'none' || analysis.split.reason !== 'variable-power') return null;
  if (expr.kind !== 'binary' || expr.op !== 'pow') return null;
  return pow(konst('e'), mul(expr.right, call('ln', expr.left)));
}
