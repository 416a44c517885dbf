/**
 * Symbolic differentiation with the rules students learn (sum, product, quotient, chain, power),
 * using each function's `dsym` from functions.ts, then `simplify` for the board-style result.
 */
import type { Expr } from './ast';
import { add, call, div, freeVariables, mul, neg, num, pow, sub } from './ast';
import { BINARY, UNARY, isBinaryFn } from './functions';
import { simplify } from './simplify';

const dependsOn = (e: Expr, v: string): boolean => freeVariables(e).includes(v);

/**
 * d(expr)/d(variable) exactly as the rules produce it, before simplification (useful to show the
 * rule at work). Constant subtrees differentiate to 0 directly.
 */
export function differentiateRaw(expr: Expr, v: string): Expr {
  const d = (e: Expr): Expr => {
    if (!dependsOn(e, v)) return num(0);
    switch (e.kind) {
      case 'num':
      case 'const':
        return num(0);
      case 'var':
        return num(1);
      case 'neg':
        return neg(d(e.arg));
      case 'call': {
        const [a, b] = e.args;
        if (isBinaryFn(e.fn)) {
          if (!a || !b) return num(0);
          const [da, db] = BINARY[e.fn].dsym(a, b);
          if (!dependsOn(b, v)) return mul(da, d(a));
          if (!dependsOn(a, v)) return mul(db, d(b));
          return add(mul(da, d(a)), mul(db, d(b)));
        }
        if (!a) return num(0);
        // Chain rule: f'(u) · u'.
        return mul(UNARY[e.fn].dsym(a), d(a));
      }
      case 'binary': {
        const { left: f, right: g } = e;
        const fv = dependsOn(f, v);
        const gv = dependsOn(g, v);
        switch (e.op) {
          case 'add':
            return add(d(f), d(g));
          case 'sub':
            return sub(d(f), d(g));
          case 'mul':
            if (!fv) return mul(f, d(g));
            if (!gv) return mul(d(f), g);
            return add(mul(d(f), g), mul(f, d(g)));
          case 'div':
            if (!gv) return div(d(f), g);
            // Quotient rule (f/g)' = (f'g − fg')/g² (DESIGN.md §4: the deck drops a prime here).
            return div(sub(mul(d(f), g), mul(f, d(g))), pow(g, num(2)));
          case 'pow':
            if (!gv) {
              // Power rule with a constant exponent: b·a^(b−1)·a'.
              const lower = g.kind === 'num' ? num(g.value - 1) : sub(g, num(1));
              return mul(mul(g, pow(f, lower)), d(f));
            }
            if (!fv) return mul(mul(e, call('ln', f)), d(g));
            // General power rule: (a^b)' = a^b (b' ln a + b a'/a), e.g. x^x -> x^x (ln x + 1).
            return mul(e, add(mul(d(g), call('ln', f)), div(mul(g, d(f)), f)));
        }
      }
    }
  };
  return d(expr);
}

/** Simplified symbolic derivative of `expr` with respect to `variable` (a name; may be absent -> 0). */
export function differentiate(expr: Expr, variable: string): Expr {
  return simplify(differentiateRaw(expr, variable));
}
