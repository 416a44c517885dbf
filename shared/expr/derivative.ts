/**
 * Symbolic differentiation with the rules students learn (sum, product, quotient, chain, power),
 * using each function's `dsym` from functions.ts, then `simplify` for the board-style result.
 *
 * Cost: one dependence pass (memoised per node, so linear in the formula) and one rule pass.
 * A derivative can still be much larger than its formula (x^x^…^x grows quadratically), and
 * simplifying or typesetting it is far slower than building it, so `differentiateWithin` stops as
 * soon as the result would exceed a node budget and callers show "too large to show symbolically".
 */
import type { Expr } from './ast';
import { add, call, div, mul, neg, num, pow, sub } from './ast';
import { BINARY, UNARY, isBinaryFn } from './functions';
import { evaluateExpr } from './evaluate';
import { simplify } from './simplify';

/** Thrown internally when the budget is exceeded; never escapes this module. */
class OverBudget extends Error {}

/** Does `e` contain the variable `v`? Answered once per node (a WeakMap), so the whole pass is linear. */
function dependenceOn(v: string): (e: Expr) => boolean {
  const memo = new WeakMap<Expr, boolean>();
  const dep = (e: Expr): boolean => {
    const known = memo.get(e);
    if (known !== undefined) return known;
    // Iterative post-order: a formula 64 parentheses deep can still be thousands of nodes tall
    // (x^x^…^x), and the dependence pass must not be the thing that overflows the stack.
    const stack: Expr[] = [e];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Expr;
      if (memo.has(top)) {
        stack.pop();
        continue;
      }
      const kids = children(top);
      const pending = kids.filter((k) => !memo.has(k));
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      memo.set(top, top.kind === 'var' ? top.name === v : kids.some((k) => memo.get(k) === true));
    }
    return memo.get(e) === true;
  };
  return dep;
}

function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'neg':
      return [e.arg];
    case 'call':
      return e.args;
    case 'binary':
      return [e.left, e.right];
  }
}

/** Number of nodes of `e` counted as a tree (what simplify and toLatex walk), memoised by identity. */
function sizer(): (e: Expr) => number {
  const memo = new WeakMap<Expr, number>();
  const size = (e: Expr): number => {
    const known = memo.get(e);
    if (known !== undefined) return known;
    let s = 1;
    for (const k of children(e)) s += size(k);
    memo.set(e, s);
    return s;
  };
  return size;
}

/** A base that is a closed constant (no variables at all) equal to exactly 0, e.g. `0` or `(1-1)`. */
function isClosedZero(e: Expr, hasAnyVariable: (e: Expr) => boolean): boolean {
  if (e.kind === 'num') return e.value === 0;
  if (hasAnyVariable(e)) return false;
  return evaluateExpr(e, [], []) === 0;
}

function hasVariables(): (e: Expr) => boolean {
  const memo = new WeakMap<Expr, boolean>();
  const has = (e: Expr): boolean => {
    const known = memo.get(e);
    if (known !== undefined) return known;
    const r = e.kind === 'var' || children(e).some(has);
    memo.set(e, r);
    return r;
  };
  return has;
}

function rawDerivative(expr: Expr, v: string, maxNodes: number): Expr {
  const dependsOn = dependenceOn(v);
  const hasAnyVariable = hasVariables();
  const size = sizer();
  // Every node the rules build is checked against the budget; since the result contains each of
  // them, the first one over budget proves the whole derivative is over budget.
  const unbounded = maxNodes === Number.POSITIVE_INFINITY;
  const built = (e: Expr): Expr => {
    if (!unbounded && size(e) > maxNodes) throw new OverBudget();
    return e;
  };
  const M = (a: Expr, b: Expr): Expr => built(mul(a, b));
  const A = (a: Expr, b: Expr): Expr => built(add(a, b));
  const d = (e: Expr): Expr => {
    if (!dependsOn(e)) return num(0);
    switch (e.kind) {
      case 'num':
      case 'const':
        return num(0);
      case 'var':
        return num(1);
      case 'neg':
        return built(neg(d(e.arg)));
      case 'call': {
        const [a, b] = e.args;
        if (isBinaryFn(e.fn)) {
          if (!a || !b) return num(0);
          const [da, db] = BINARY[e.fn].dsym(a, b);
          if (!dependsOn(b)) return M(da, d(a));
          if (!dependsOn(a)) return M(db, d(b));
          return A(M(da, d(a)), M(db, d(b)));
        }
        if (!a) return num(0);
        // Chain rule: f'(u) · u'.
        return M(built(UNARY[e.fn].dsym(a)), d(a));
      }
      case 'binary': {
        const { left: f, right: g } = e;
        const fv = dependsOn(f);
        const gv = dependsOn(g);
        switch (e.op) {
          case 'add':
            return A(d(f), d(g));
          case 'sub':
            return built(sub(d(f), d(g)));
          case 'mul':
            if (!fv) return M(f, d(g));
            if (!gv) return M(d(f), g);
            return A(M(d(f), g), M(f, d(g)));
          case 'div':
            if (!gv) return built(div(d(f), g));
            // Quotient rule (f/g)' = (f'g − fg')/g² (DESIGN.md §4: the deck drops a prime here).
            return built(div(built(sub(M(d(f), g), M(f, d(g)))), pow(g, num(2))));
          case 'pow':
            if (!gv) {
              // Power rule with a constant exponent: b·a^(b−1)·a'.
              const lower = g.kind === 'num' ? num(g.value - 1) : sub(g, num(1));
              return M(M(g, pow(f, lower)), d(f));
            }
            if (!fv) {
              // c^u with a constant base. c = 0: 0^u is the constant 0 wherever u > 0 (the only
              // place it is differentiable), so the derivative is 0 — the textbook c^u·ln c·u'
              // would give 0·(−∞) = NaN there (mathjs's own test: 0^(2^x + x^3 + 2) → 0), and
              // reverse mode (powExponentPartial) also gives 0. c < 0: c^u is real only at
              // isolated points, never differentiable, and ln c = NaN says so (as reverse mode).
              if (isClosedZero(f, hasAnyVariable)) return num(0);
              return M(M(e, call('ln', f)), d(g));
            }
            // General power rule: (a^b)' = a^b (b' ln a + b a'/a), e.g. x^x -> x^x (ln x + 1).
            return M(e, A(M(d(g), call('ln', f)), built(div(M(g, d(f)), f))));
        }
      }
    }
  };
  return d(expr);
}

/**
 * d(expr)/d(variable) exactly as the rules produce it, before simplification (useful to show the
 * rule at work). Constant subtrees differentiate to 0 directly.
 */
export function differentiateRaw(expr: Expr, v: string): Expr {
  return rawDerivative(expr, v, Number.POSITIVE_INFINITY);
}

/** Simplified symbolic derivative of `expr` with respect to `variable` (a name; may be absent -> 0). */
export function differentiate(expr: Expr, variable: string): Expr {
  return simplify(differentiateRaw(expr, variable));
}

/**
 * Default budget for interactive use: a raw derivative of this many nodes simplifies and typesets
 * in a few milliseconds; beyond it a board-style formula is unreadable anyway.
 */
export const SYMBOLIC_NODE_BUDGET = 1500;

/**
 * The simplified derivative, or `null` when the raw derivative would exceed `maxNodes` nodes
 * (then the caller shows "too large to show symbolically" and keeps the numeric values).
 * Work is bounded by O(formula size + maxNodes) before simplification.
 */
export function differentiateWithin(expr: Expr, variable: string, maxNodes = SYMBOLIC_NODE_BUDGET): Expr | null {
  try {
    return simplify(rawDerivative(expr, variable, maxNodes));
  } catch (e) {
    if (e instanceof OverBudget) return null;
    throw e;
  }
}
