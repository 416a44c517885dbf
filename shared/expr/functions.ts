/**
 * The allow-list of functions a formula may call. Each entry carries everything the core needs
 * about that function in one place — its numeric value, its local derivative (numeric, for
 * autodiff and traces), its symbolic derivative (for the board-style formula) and its LaTeX —
 * so that adding a function is one edit and every consumer stays consistent.
 */
import type { Expr } from './ast';
import { add, call, div, mul, neg, num, pow, sub } from './ast';

export const UNARY_NAMES = [
  'sin', 'cos', 'tan', 'cot', 'sec', 'csc',
  'asin', 'acos', 'atan',
  'sinh', 'cosh', 'tanh', 'coth', 'sech', 'csch',
  'asinh', 'acosh', 'atanh',
  'exp', 'ln', 'log10', 'log2', 'sqrt', 'cbrt', 'abs', 'sign',
  'sigmoid', 'relu', 'softplus',
] as const;
export const BINARY_NAMES = ['log', 'nthRoot'] as const;

export type UnaryFnName = (typeof UNARY_NAMES)[number];
export type BinaryFnName = (typeof BINARY_NAMES)[number];
export type FnName = UnaryFnName | BinaryFnName;

export interface UnaryFn {
  readonly arity: 1;
  /** Value at x (NaN outside the real domain, ±Infinity at poles). */
  readonly eval: (x: number) => number;
  /** df/dx at x, given y = f(x) already computed (lets sigmoid/tanh/exp reuse it). */
  readonly deriv: (x: number, y: number) => number;
  /** Symbolic df/dx as a tree in the argument `x`. */
  readonly dsym: (x: Expr) => Expr;
  /** LaTeX of the call with the argument's LaTeX already rendered. */
  readonly latex: (arg: string) => string;
}

export interface BinaryFn {
  readonly arity: 2;
  readonly eval: (a: number, b: number) => number;
  /** [∂f/∂a, ∂f/∂b] at (a, b) given y = f(a, b). */
  readonly deriv: (a: number, b: number, y: number) => readonly [number, number];
  readonly dsym: (a: Expr, b: Expr) => readonly [Expr, Expr];
  readonly latex: (a: string, b: string) => string;
}

const op = (name: string) => (arg: string): string => `\\${name}\\left(${arg}\\right)`;
const opn = (name: string) => (arg: string): string => `\\operatorname{${name}}\\left(${arg}\\right)`;

/** Numerically stable logistic function: never computes exp of a large positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const ex = Math.exp(x);
  return ex / (1 + ex);
}

/** log(1 + e^x) without overflow for large x or loss of precision for very negative x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Real n-th root: odd integer n takes negative x to a negative root, as students expect. */
export function nthRoot(x: number, n: number): number {
  if (x < 0 && Number.isInteger(n) && Math.abs(n % 2) === 1) return -Math.pow(-x, 1 / n);
  return Math.pow(x, 1 / n);
}

const sq = (e: Expr): Expr => pow(e, num(2));

export const UNARY: Readonly<Record<UnaryFnName, UnaryFn>> = {
  sin: { arity: 1, eval: Math.sin, deriv: (x) => Math.cos(x), dsym: (x) => call('cos', x), latex: op('sin') },
  cos: { arity: 1, eval: Math.cos, deriv: (x) => -Math.sin(x), dsym: (x) => neg(call('sin', x)), latex: op('cos') },
  tan: {
    arity: 1, eval: Math.tan, deriv: (x) => 1 / Math.cos(x) ** 2,
    dsym: (x) => sq(call('sec', x)), latex: op('tan'),
  },
  cot: {
    arity: 1, eval: (x) => 1 / Math.tan(x), deriv: (x) => -1 / Math.sin(x) ** 2,
    dsym: (x) => neg(sq(call('csc', x))), latex: op('cot'),
  },
  sec: {
    arity: 1, eval: (x) => 1 / Math.cos(x), deriv: (x, y) => y * Math.tan(x),
    dsym: (x) => mul(call('sec', x), call('tan', x)), latex: op('sec'),
  },
  csc: {
    arity: 1, eval: (x) => 1 / Math.sin(x), deriv: (x, y) => -y / Math.tan(x),
    dsym: (x) => neg(mul(call('csc', x), call('cot', x))), latex: op('csc'),
  },
  asin: {
    arity: 1, eval: Math.asin, deriv: (x) => 1 / Math.sqrt(1 - x * x),
    dsym: (x) => div(num(1), call('sqrt', sub(num(1), sq(x)))), latex: op('arcsin'),
  },
  acos: {
    arity: 1, eval: Math.acos, deriv: (x) => -1 / Math.sqrt(1 - x * x),
    dsym: (x) => neg(div(num(1), call('sqrt', sub(num(1), sq(x))))), latex: op('arccos'),
  },
  atan: {
    arity: 1, eval: Math.atan, deriv: (x) => 1 / (1 + x * x),
    dsym: (x) => div(num(1), add(num(1), sq(x))), latex: op('arctan'),
  },
  sinh: { arity: 1, eval: Math.sinh, deriv: (x) => Math.cosh(x), dsym: (x) => call('cosh', x), latex: op('sinh') },
  cosh: { arity: 1, eval: Math.cosh, deriv: (x) => Math.sinh(x), dsym: (x) => call('sinh', x), latex: op('cosh') },
  tanh: {
    arity: 1, eval: Math.tanh, deriv: (_x, y) => 1 - y * y,
    dsym: (x) => sq(call('sech', x)), latex: op('tanh'),
  },
  coth: {
    arity: 1, eval: (x) => 1 / Math.tanh(x), deriv: (x) => -1 / Math.sinh(x) ** 2,
    dsym: (x) => neg(sq(call('csch', x))), latex: op('coth'),
  },
  sech: {
    arity: 1, eval: (x) => 1 / Math.cosh(x), deriv: (x, y) => -y * Math.tanh(x),
    dsym: (x) => neg(mul(call('sech', x), call('tanh', x))), latex: opn('sech'),
  },
  csch: {
    arity: 1, eval: (x) => 1 / Math.sinh(x), deriv: (x, y) => -y / Math.tanh(x),
    dsym: (x) => neg(mul(call('csch', x), call('coth', x))), latex: opn('csch'),
  },
  asinh: {
    arity: 1, eval: Math.asinh, deriv: (x) => 1 / Math.sqrt(x * x + 1),
    dsym: (x) => div(num(1), call('sqrt', add(sq(x), num(1)))), latex: opn('arsinh'),
  },
  acosh: {
    arity: 1, eval: Math.acosh, deriv: (x) => 1 / Math.sqrt(x * x - 1),
    dsym: (x) => div(num(1), call('sqrt', sub(sq(x), num(1)))), latex: opn('arcosh'),
  },
  atanh: {
    arity: 1, eval: Math.atanh, deriv: (x) => 1 / (1 - x * x),
    dsym: (x) => div(num(1), sub(num(1), sq(x))), latex: opn('artanh'),
  },
  exp: { arity: 1, eval: Math.exp, deriv: (_x, y) => y, dsym: (x) => call('exp', x), latex: (a) => `e^{${a}}` },
  ln: { arity: 1, eval: Math.log, deriv: (x) => 1 / x, dsym: (x) => div(num(1), x), latex: op('ln') },
  log10: {
    arity: 1, eval: Math.log10, deriv: (x) => 1 / (x * Math.LN10),
    dsym: (x) => div(num(1), mul(x, call('ln', num(10)))), latex: (a) => `\\log_{10}\\left(${a}\\right)`,
  },
  log2: {
    arity: 1, eval: Math.log2, deriv: (x) => 1 / (x * Math.LN2),
    dsym: (x) => div(num(1), mul(x, call('ln', num(2)))), latex: (a) => `\\log_{2}\\left(${a}\\right)`,
  },
  sqrt: {
    arity: 1, eval: Math.sqrt, deriv: (_x, y) => 1 / (2 * y),
    dsym: (x) => div(num(1), mul(num(2), call('sqrt', x))), latex: (a) => `\\sqrt{${a}}`,
  },
  cbrt: {
    arity: 1, eval: Math.cbrt, deriv: (_x, y) => 1 / (3 * y * y),
    dsym: (x) => div(num(1), mul(num(3), sq(call('cbrt', x)))), latex: (a) => `\\sqrt[3]{${a}}`,
  },
  abs: {
    arity: 1, eval: Math.abs, deriv: (x) => Math.sign(x),
    dsym: (x) => call('sign', x), latex: (a) => `\\left|${a}\\right|`,
  },
  sign: { arity: 1, eval: Math.sign, deriv: () => 0, dsym: () => num(0), latex: opn('sgn') },
  sigmoid: {
    arity: 1, eval: sigmoid, deriv: (_x, y) => y * (1 - y),
    dsym: (x) => mul(call('sigmoid', x), sub(num(1), call('sigmoid', x))), latex: (a) => `\\sigma\\left(${a}\\right)`,
  },
  relu: {
    arity: 1, eval: (x) => (x > 0 ? x : 0), deriv: (x) => (x > 0 ? 1 : 0),
    // d/dx relu(x) = H(x): written as (sign(x) + 1)/2 away from 0, which is what the board shows.
    dsym: (x) => div(add(call('sign', x), num(1)), num(2)), latex: opn('ReLU'),
  },
  softplus: {
    arity: 1, eval: softplus, deriv: (x) => sigmoid(x),
    dsym: (x) => call('sigmoid', x), latex: opn('softplus'),
  },
};

export const BINARY: Readonly<Record<BinaryFnName, BinaryFn>> = {
  log: {
    arity: 2,
    eval: (x, b) => Math.log(x) / Math.log(b),
    deriv: (x, b, y) => [1 / (x * Math.log(b)), -y / (b * Math.log(b))],
    dsym: (x, b) => [
      div(num(1), mul(x, call('ln', b))),
      neg(div(call('log', x, b), mul(b, call('ln', b)))),
    ],
    latex: (x, b) => `\\log_{${b}}\\left(${x}\\right)`,
  },
  nthRoot: {
    arity: 2,
    eval: nthRoot,
    deriv: (x, n, y) => [y / (n * x), (-y * Math.log(Math.abs(x))) / (n * n)],
    dsym: (x, n) => [
      div(call('nthRoot', x, n), mul(n, x)),
      neg(div(mul(call('nthRoot', x, n), call('ln', call('abs', x))), pow(n, num(2)))),
    ],
    latex: (x, n) => `\\sqrt[${n}]{${x}}`,
  },
};

export function isUnaryFn(name: string): name is UnaryFnName {
  return (UNARY_NAMES as readonly string[]).includes(name);
}
export function isBinaryFn(name: string): name is BinaryFnName {
  return (BINARY_NAMES as readonly string[]).includes(name);
}
export function isFnName(name: string): name is FnName {
  return isUnaryFn(name) || isBinaryFn(name);
}
