/**
 * The multivariable chain rule as a path sum: z = f(u, v, …) with u = g(x, y, …), v = h(x, y, …).
 * Each edge of the diagram inputs → intermediates → z carries a local partial (∂z/∂u, ∂u/∂x …),
 * each path input → intermediate → z the product of its two edges, and ∂z/∂input is the sum over
 * the paths that leave that input. The direct partials of the composed z(x, y) — symbolic by
 * `differentiate` and numeric by central differences — are returned beside the sums to check them.
 */
import type { Expr } from './ast';
import { add, freeVariables, mul, num } from './ast';
import { compile } from './compile';
import { differentiate } from './derivative';
import type { ExprError } from './errors';
import { simplify } from './simplify';
import { substitute } from './substitute';
import { partialDerivative } from '../calculus/partialDerivative';
import type { Result } from '../result';
import { err, ok } from '../result';
import { text } from '../text';

/** An intermediate variable and its formula in the inputs: u = x·y. */
export interface Intermediate {
  readonly name: string;
  readonly expr: Expr;
}

export interface ChainRuleSpec {
  /** z in terms of the intermediates only. */
  readonly outer: Expr;
  readonly intermediates: readonly Intermediate[];
  /** The independent variables, e.g. ['x', 'y']. */
  readonly inputs: readonly string[];
}

/** One edge of the diagram: ∂to/∂from, as a formula and as its value at the point. */
export interface ChainEdge {
  readonly from: string;
  readonly to: string;
  /** ∂to/∂from, simplified: in the intermediates for edges into z, in the inputs otherwise. */
  readonly partial: Expr;
  readonly value: number;
}

/** input → via → z, with the product (∂z/∂via)·(∂via/∂input) at the point. */
export interface ChainPath {
  readonly input: string;
  readonly via: string;
  readonly outerEdge: ChainEdge;
  readonly innerEdge: ChainEdge;
  readonly product: number;
}

export interface InputPartial {
  readonly input: string;
  /** Σ over paths of (∂z/∂m)·(∂m/∂input) at the point. */
  readonly pathSum: number;
  /** The chain rule's result as a formula in the inputs (intermediates replaced by their formulas). */
  readonly chainFormula: Expr;
  /** ∂z/∂input from differentiating the composed z(inputs) directly. */
  readonly directFormula: Expr;
  readonly directValue: number;
  /** Central-difference estimate of the same partial (independent of any symbolic work). */
  readonly numericValue: number;
}

export interface ChainRuleAtPoint {
  /** z as a formula in the inputs: the outer formula with each intermediate substituted. */
  readonly composed: Expr;
  /** Values at the point: every input, every intermediate and z (keyed by name, z under 'z'). */
  readonly values: Readonly<Record<string, number>>;
  /** Edges intermediate → z, in the order of `intermediates`. */
  readonly outerEdges: readonly ChainEdge[];
  /** Edges input → intermediate, grouped by intermediate, then by input. */
  readonly innerEdges: readonly ChainEdge[];
  /** Paths grouped by input, then by intermediate. */
  readonly paths: readonly ChainPath[];
  readonly partials: readonly InputPartial[];
}

/** The name of the output node in `values` and in edges (`to`). */
export const CHAIN_OUTPUT = 'z';

/**
 * Everything the path diagram shows, at `point` (values of the inputs, by name). Fails when the
 * outer formula uses a name that is not an intermediate, or an intermediate uses a name that is
 * not an input (the formula boxes restrict names, so this is a programming error made visible).
 */
export function chainRuleAt(spec: ChainRuleSpec, point: Readonly<Record<string, number>>): Result<ChainRuleAtPoint, ExprError> {
  const mids = spec.intermediates.map((m) => m.name);
  const outerUnknown = freeVariables(spec.outer).find((v) => !mids.includes(v));
  if (outerUnknown !== undefined) return err(unknown(outerUnknown, mids));
  for (const m of spec.intermediates) {
    const bad = freeVariables(m.expr).find((v) => !spec.inputs.includes(v));
    if (bad !== undefined) return err(unknown(bad, spec.inputs));
  }

  const inputValues = spec.inputs.map((v) => point[v] ?? Number.NaN);
  const evalIn = (e: Expr, vars: readonly string[], args: readonly number[]): number => {
    const c = compile(e, vars);
    return c.ok ? c.value.evaluate(args) : Number.NaN;
  };
  const midValues = spec.intermediates.map((m) => evalIn(m.expr, spec.inputs, inputValues));
  const zValue = evalIn(spec.outer, mids, midValues);

  const outerEdges = spec.intermediates.map((m): ChainEdge => {
    const partial = differentiate(spec.outer, m.name);
    return { from: m.name, to: CHAIN_OUTPUT, partial, value: evalIn(partial, mids, midValues) };
  });
  const innerEdges = spec.intermediates.flatMap((m) =>
    spec.inputs.map((input): ChainEdge => {
      const partial = differentiate(m.expr, input);
      return { from: input, to: m.name, partial, value: evalIn(partial, spec.inputs, inputValues) };
    }),
  );
  const edge = (from: string, to: string): ChainEdge => {
    const e = (to === CHAIN_OUTPUT ? outerEdges : innerEdges).find((x) => x.from === from && x.to === to);
    if (!e) throw new Error(`missing edge ${from} → ${to}`);
    return e;
  };

  const paths = spec.inputs.flatMap((input) =>
    spec.intermediates.map((m): ChainPath => {
      const outerEdge = edge(m.name, CHAIN_OUTPUT);
      const innerEdge = edge(input, m.name);
      return { input, via: m.name, outerEdge, innerEdge, product: productOf(outerEdge.value, innerEdge.value) };
    }),
  );

  const replacements = Object.fromEntries(spec.intermediates.map((m) => [m.name, m.expr]));
  const composed = substitute(spec.outer, replacements);
  const composedFn = compile(composed, spec.inputs);
  const partials = spec.inputs.map((input, i): InputPartial => {
    const mine = paths.filter((p) => p.input === input);
    const pathSum = mine.reduce((s, p) => s + p.product, 0);
    const terms = mine.map((p) => mul(substitute(p.outerEdge.partial, replacements), p.innerEdge.partial));
    const chainFormula = simplify(terms.reduce((a, b) => add(a, b), num(0)));
    const directFormula = differentiate(composed, input);
    const directValue = evalIn(directFormula, spec.inputs, inputValues);
    const numericValue = composedFn.ok ? partialDerivative((p) => composedFn.value.evaluate(p), inputValues, i) : Number.NaN;
    return { input, pathSum, chainFormula, directFormula, directValue, numericValue };
  });

  const values: Record<string, number> = {};
  spec.inputs.forEach((v, i) => (values[v] = inputValues[i]!));
  mids.forEach((v, i) => (values[v] = midValues[i]!));
  values[CHAIN_OUTPUT] = zValue;
  return ok({ composed, values, outerEdges, innerEdges, paths, partials });
}

/**
 * A path whose either edge is exactly 0 contributes 0 even when the other is infinite (the same
 * convention as backward(): an input that does not influence a branch adds nothing through it).
 */
function productOf(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function unknown(name: string, allowed: readonly string[]): ExprError {
  return {
    code: 'unknown-variable',
    message: text(`'${name}' is not one of ${allowed.join(', ')}.`, `“${name}”不在 ${allowed.join('、')} 之中。`),
    start: 0,
    end: 0,
  };
}
