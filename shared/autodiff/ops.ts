/**
 * The op registry of the autodiff graph: for each op label its arity, value, local partial
 * derivatives, a short symbol for the canvas and its formula (for `toExpr`). Function ops reuse
 * the expression engine's allow-list (shared/expr/functions.ts) so both stay consistent.
 */
import type { Expr } from '../expr/ast';
import { add, call, div, mul, neg, num, pow, sub } from '../expr/ast';
import type { BinaryFnName, FnName, UnaryFnName } from '../expr/functions';
import { BINARY, BINARY_NAMES, UNARY, UNARY_NAMES, isBinaryFn, isUnaryFn } from '../expr/functions';
import type { LeafOp } from './graph';
import { isLeafOp } from './graph';
import {
  binaryCrossEntropy,
  binaryCrossEntropyPartials,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsPartials,
  halfSquaredError,
} from './lossMath';

export type ArithmeticOp = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'neg';
/** Fused ops a network graph uses so that its loss reads as one node, as in the deck. */
export type CompositeOp = 'square' | 'halfSquaredError' | 'bce' | 'bceWithLogits' | 'sum';
/** Every op a node may have. */
export type NodeOp = LeafOp | ArithmeticOp | CompositeOp | FnName;

export interface OpSpec {
  /** Number of inputs; 'variadic' means one or more. */
  readonly arity: number | 'variadic';
  /** Value from the input values. */
  readonly eval: (args: readonly number[]) => number;
  /** ∂value/∂input_i for each input, given the inputs and the value already computed. */
  readonly partials: (args: readonly number[], value: number) => number[];
  /** Short label for the canvas, e.g. "×", "σ". */
  readonly symbol: string;
  /** The op as a formula of its argument formulas (graph → Expr). */
  readonly expr: (args: readonly Expr[]) => Expr;
}

const at = (a: readonly number[], i: number): number => a[i] ?? Number.NaN;
const arg = (a: readonly Expr[], i: number): Expr => a[i] ?? num(Number.NaN);

/** ∂(a^b)/∂b = a^b ln a; at a = 0 with a^b = 0 the limit is 0 (not 0·(−∞) = NaN). */
export function powExponentPartial(a: number, value: number): number {
  return value === 0 ? 0 : value * Math.log(a);
}

const ARITHMETIC: Readonly<Record<ArithmeticOp, OpSpec>> = {
  add: { arity: 2, eval: (a) => at(a, 0) + at(a, 1), partials: () => [1, 1], symbol: '+', expr: (a) => add(arg(a, 0), arg(a, 1)) },
  sub: { arity: 2, eval: (a) => at(a, 0) - at(a, 1), partials: () => [1, -1], symbol: '−', expr: (a) => sub(arg(a, 0), arg(a, 1)) },
  mul: {
    arity: 2, eval: (a) => at(a, 0) * at(a, 1), partials: (a) => [at(a, 1), at(a, 0)],
    symbol: '×', expr: (a) => mul(arg(a, 0), arg(a, 1)),
  },
  div: {
    arity: 2, eval: (a) => at(a, 0) / at(a, 1),
    partials: (a) => [1 / at(a, 1), -at(a, 0) / (at(a, 1) * at(a, 1))],
    symbol: '÷', expr: (a) => div(arg(a, 0), arg(a, 1)),
  },
  pow: {
    arity: 2, eval: (a) => Math.pow(at(a, 0), at(a, 1)),
    // b·a^(b−1) written without the division by a so that a = 0 works for b ≥ 1.
    partials: (a, y) => [at(a, 1) * Math.pow(at(a, 0), at(a, 1) - 1), powExponentPartial(at(a, 0), y)],
    symbol: '^', expr: (a) => pow(arg(a, 0), arg(a, 1)),
  },
  neg: { arity: 1, eval: (a) => -at(a, 0), partials: () => [-1], symbol: '−', expr: (a) => neg(arg(a, 0)) },
};

const COMPOSITE: Readonly<Record<CompositeOp, OpSpec>> = {
  square: {
    arity: 1, eval: (a) => at(a, 0) * at(a, 0), partials: (a) => [2 * at(a, 0)],
    symbol: '²', expr: (a) => pow(arg(a, 0), num(2)),
  },
  halfSquaredError: {
    arity: 2, eval: (a) => halfSquaredError(at(a, 0), at(a, 1)),
    partials: (a) => [at(a, 0) - at(a, 1), at(a, 1) - at(a, 0)],
    symbol: '½(·−·)²', expr: (a) => mul(div(num(1), num(2)), pow(sub(arg(a, 0), arg(a, 1)), num(2))),
  },
  bce: {
    arity: 2, eval: (a) => binaryCrossEntropy(at(a, 0), at(a, 1)),
    partials: (a) => binaryCrossEntropyPartials(at(a, 0), at(a, 1)),
    symbol: 'BCE',
    // −(y ln p + (1 − y) ln(1 − p))
    expr: (a) => neg(add(
      mul(arg(a, 1), call('ln', arg(a, 0))),
      mul(sub(num(1), arg(a, 1)), call('ln', sub(num(1), arg(a, 0)))),
    )),
  },
  bceWithLogits: {
    arity: 2, eval: (a) => binaryCrossEntropyWithLogits(at(a, 0), at(a, 1)),
    partials: (a) => binaryCrossEntropyWithLogitsPartials(at(a, 0), at(a, 1)),
    symbol: 'BCE(z)',
    expr: (a) => sub(call('softplus', arg(a, 0)), mul(arg(a, 1), arg(a, 0))),
  },
  sum: {
    arity: 'variadic', eval: (a) => a.reduce((s, x) => s + x, 0), partials: (a) => a.map(() => 1),
    symbol: 'Σ',
    expr: (a) => (a.length === 0 ? num(0) : a.slice(1).reduce<Expr>((s, x) => add(s, x), arg(a, 0))),
  },
};

const unarySpec = (name: UnaryFnName): OpSpec => {
  const f = UNARY[name];
  return {
    arity: 1, eval: (a) => f.eval(at(a, 0)), partials: (a, y) => [f.deriv(at(a, 0), y)],
    symbol: name === 'sigmoid' ? 'σ' : name, expr: (a) => call(name, arg(a, 0)),
  };
};
const binarySpec = (name: BinaryFnName): OpSpec => {
  const f = BINARY[name];
  return {
    arity: 2, eval: (a) => f.eval(at(a, 0), at(a, 1)),
    partials: (a, y) => [...f.deriv(at(a, 0), at(a, 1), y)],
    symbol: name, expr: (a) => call(name, arg(a, 0), arg(a, 1)),
  };
};

const FUNCTIONS: Readonly<Record<string, OpSpec>> = Object.fromEntries([
  ...UNARY_NAMES.map((n) => [n, unarySpec(n)] as const),
  ...BINARY_NAMES.map((n) => [n, binarySpec(n)] as const),
]);

/** The spec of an operation op, or undefined for leaves and unknown labels. */
export function opSpec(op: string): OpSpec | undefined {
  if (Object.hasOwn(ARITHMETIC, op)) return ARITHMETIC[op as ArithmeticOp];
  if (Object.hasOwn(COMPOSITE, op)) return COMPOSITE[op as CompositeOp];
  if (isUnaryFn(op) || isBinaryFn(op)) return FUNCTIONS[op];
  return undefined;
}

/** Whether `op` is a label this module knows (leaf or operation). */
export function isNodeOp(op: string): op is NodeOp {
  return isLeafOp(op) || opSpec(op) !== undefined;
}

/** Every op label, leaves first: for palettes in the canvas UI. */
export const ALL_OPS: readonly NodeOp[] = [
  'input', 'param', 'const',
  'add', 'sub', 'mul', 'div', 'pow', 'neg',
  'square', 'halfSquaredError', 'bce', 'bceWithLogits', 'sum',
  ...UNARY_NAMES, ...BINARY_NAMES,
];
