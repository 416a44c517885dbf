/**
 * Compiles a tree once into nested closures and evaluates it many times (the mathjs house style,
 * DESIGN.md §5) — no eval or new Function, which the renderer's CSP forbids. Subtrees without
 * variables are folded to constants at compile time; x^2, x^3, x^4, x^-1, x^-2 become
 * multiplications (exactly as in compile-grid.ts, so both evaluators agree bit for bit).
 */
import type { Expr } from './ast';
import { CONST_VALUES } from './ast';
import type { ExprError } from './errors';
import { BINARY, UNARY, isBinaryFn } from './functions';
import { applyBinary, evaluateExpr } from './evaluate';
import { checkVariables } from './check-variables';
import type { Result } from '../result';
import { ok } from '../result';

/** A compiled scalar function of the listed variables. */
export interface CompiledFn {
  /** The argument order of `evaluate`. */
  readonly variables: readonly string[];
  /**
   * Value at args (args[i] is the value of variables[i]); NaN outside the real domain, ±Infinity
   * at poles, NaN for a missing argument. Never throws.
   */
  evaluate(args: ArrayLike<number>): number;
}

type Closure = (a: ArrayLike<number>) => number;

/** True when `e` has no variables, so its value can be computed once. */
export function isConstantExpr(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'const':
      return true;
    case 'var':
      return false;
    case 'neg':
      return isConstantExpr(e.arg);
    case 'binary':
      return isConstantExpr(e.left) && isConstantExpr(e.right);
    case 'call':
      return e.args.every(isConstantExpr);
  }
}

function powClosure(base: Closure, n: number | undefined, exponent: Closure): Closure {
  switch (n) {
    case 1:
      return base;
    case 2:
      return (a) => {
        const x = base(a);
        return x * x;
      };
    case 3:
      return (a) => {
        const x = base(a);
        return x * x * x;
      };
    case 4:
      return (a) => {
        const x = base(a);
        const x2 = x * x;
        return x2 * x2;
      };
    case -1:
      return (a) => 1 / base(a);
    case -2:
      return (a) => {
        const x = base(a);
        return 1 / (x * x);
      };
    default:
      return (a) => Math.pow(base(a), exponent(a));
  }
}

function build(e: Expr, variables: readonly string[]): Closure {
  if (isConstantExpr(e)) {
    const v = evaluateExpr(e, [], []);
    return () => v;
  }
  switch (e.kind) {
    case 'num': {
      const v = e.value;
      return () => v;
    }
    case 'const': {
      const v = CONST_VALUES[e.name];
      return () => v;
    }
    case 'var': {
      const i = variables.indexOf(e.name);
      return (a) => {
        const v = a[i];
        return v === undefined ? Number.NaN : v;
      };
    }
    case 'neg': {
      const f = build(e.arg, variables);
      return (a) => -f(a);
    }
    case 'binary': {
      const l = build(e.left, variables);
      const r = build(e.right, variables);
      const rc = isConstantExpr(e.right) ? evaluateExpr(e.right, [], []) : undefined;
      const lc = isConstantExpr(e.left) ? evaluateExpr(e.left, [], []) : undefined;
      switch (e.op) {
        case 'add':
          if (rc !== undefined) return (a) => l(a) + rc;
          return (a) => l(a) + r(a);
        case 'sub':
          if (rc !== undefined) return (a) => l(a) - rc;
          return (a) => l(a) - r(a);
        case 'mul':
          if (lc !== undefined) return (a) => lc * r(a);
          if (rc !== undefined) return (a) => l(a) * rc;
          return (a) => l(a) * r(a);
        case 'div':
          if (rc !== undefined) return (a) => l(a) / rc;
          return (a) => l(a) / r(a);
        case 'pow':
          return powClosure(l, rc, r);
      }
      // Unreachable: every BinaryOp is handled above; kept so the compiler sees a return.
      return (a) => applyBinary(e.op, l(a), r(a));
    }
    case 'call': {
      const [x, y] = e.args.map((arg) => build(arg, variables));
      if (isBinaryFn(e.fn)) {
        const f = BINARY[e.fn].eval;
        if (!x || !y) return () => Number.NaN;
        return (a) => f(x(a), y(a));
      }
      const f = UNARY[e.fn].eval;
      if (!x) return () => Number.NaN;
      return (a) => f(x(a));
    }
  }
}

/**
 * Compiles `expr` as a function of `variables` (in that argument order). Fails with
 * 'unknown-variable' when the tree uses a variable that is not listed.
 */
export function compile(expr: Expr, variables: readonly string[]): Result<CompiledFn, ExprError> {
  const check = checkVariables(expr, variables);
  if (!check.ok) return check;
  const vars = [...variables];
  const f = build(expr, vars);
  return ok({ variables: vars, evaluate: f });
}
