/**
 * What a name typed in a formula can mean: the aliases students use for allow-listed functions,
 * the constants, and names refused because downstream code may use variable names as keys.
 */
import type { ConstName } from './ast';
import type { FnName } from './functions';
import { BINARY_NAMES, UNARY_NAMES, isFnName } from './functions';

/** Typed spelling -> function. `log` is listed as itself: one argument means ln (see README). */
const ALIASES: Readonly<Record<string, FnName>> = {
  arcsin: 'asin', arccos: 'acos', arctan: 'atan',
  arsinh: 'asinh', arcsinh: 'asinh', arcosh: 'acosh', arccosh: 'acosh', artanh: 'atanh', arctanh: 'atanh',
  σ: 'sigmoid', Sigmoid: 'sigmoid', ReLU: 'relu', Relu: 'relu', RELU: 'relu',
  sgn: 'sign', nthroot: 'nthRoot', root: 'nthRoot', lg: 'log10', '√': 'sqrt',
};

/** Functions whose `f^-1` / `f⁻¹` means the inverse function, as textbooks write it. */
export const INVERSE: Readonly<Partial<Record<FnName, FnName>>> = {
  sin: 'asin', cos: 'acos', tan: 'atan', sinh: 'asinh', cosh: 'acosh', tanh: 'atanh',
};

/** The function a typed name denotes, if any. */
export function resolveFunction(name: string): FnName | undefined {
  if (Object.prototype.hasOwnProperty.call(ALIASES, name)) return ALIASES[name];
  return isFnName(name) ? name : undefined;
}

/** The constant a typed name denotes (pi, π, e), if any. */
export function resolveConstant(name: string): ConstName | undefined {
  if (name === 'pi' || name === 'π') return 'pi';
  if (name === 'e') return 'e';
  return undefined;
}

/** Every spelling that names a function, for "did you mean" help. */
export const FUNCTION_SPELLINGS: readonly string[] = [...UNARY_NAMES, ...BINARY_NAMES, ...Object.keys(ALIASES)];

/**
 * Names a variable may not have: they collide with JS object internals or read as numbers, and
 * other modules key maps and records by variable name.
 */
export function isReservedName(name: string): boolean {
  return (
    name.startsWith('__') ||
    ['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'NaN', 'Infinity', 'undefined', 'null'].includes(name)
  );
}

/** Accepted minimum arity..maximum arity of a function call. */
export function arityOf(fn: FnName): readonly [number, number] {
  if (fn === 'log') return [1, 2];
  return (BINARY_NAMES as readonly string[]).includes(fn) ? [2, 2] : [1, 1];
}
