/**
 * The reference tree-walking evaluator: slow, obviously correct, and the yardstick the compiled
 * and vectorized evaluators are tested against. Real-valued semantics throughout: results outside
 * the real domain are NaN, poles give ±Infinity (never an exception).
 */
import type { BinaryOp, Expr } from './ast';
import { CONST_VALUES } from './ast';
import { BINARY, UNARY, isBinaryFn } from './functions';

/** The numeric meaning of each binary operator (JS doubles; `pow` is Math.pow). */
export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return a / b;
    case 'pow':
      return Math.pow(a, b);
  }
}

/**
 * Value of `expr` where variable `variables[i]` takes `args[i]`. Variables not listed (or without
 * a value) evaluate to NaN, so a caller mistake shows up as a gap in the plot, not a crash.
 */
export function evaluateExpr(expr: Expr, variables: readonly string[], args: ArrayLike<number>): number {
  const walk = (e: Expr): number => {
    switch (e.kind) {
      case 'num':
        return e.value;
      case 'const':
        return CONST_VALUES[e.name];
      case 'var': {
        const i = variables.indexOf(e.name);
        const v = i >= 0 && i < args.length ? args[i] : undefined;
        return v ?? Number.NaN;
      }
      case 'neg':
        return -walk(e.arg);
      case 'binary':
        return applyBinary(e.op, walk(e.left), walk(e.right));
      case 'call': {
        const a = e.args[0];
        const b = e.args[1];
        if (isBinaryFn(e.fn)) {
          return a && b ? BINARY[e.fn].eval(walk(a), walk(b)) : Number.NaN;
        }
        return a ? UNARY[e.fn].eval(walk(a)) : Number.NaN;
      }
    }
  };
  return walk(expr);
}
