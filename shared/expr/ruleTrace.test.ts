import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallPoint, smoothExpr } from '../checks/smoothExprArbitrary';
import type { Expr } from './ast';
import { differentiate } from './derivative';
import { evaluateExpr } from './evaluate';
import { parseExpr } from './parse';
import { toText } from './print';
import type { RuleStep } from './ruleTrace';
import { flattenRuleTrace, ruleTrace } from './ruleTrace';

const X = ['x'];
function f(text: string, vars: readonly string[] = X): Expr {
  const r = parseExpr(text, { variables: vars });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
const rules = (s: RuleStep): string[] => flattenRuleTrace(s).map((n) => (n.fn ? `${n.rule}:${n.fn}` : n.rule));
const near = (a: number, b: number, rel = 1e-9): boolean => Math.abs(a - b) <= rel * (1 + Math.abs(b));

describe('ruleTrace: which rule applies where', () => {
  it('a quotient: the quotient rule at the root, sum and difference below', () => {
    const t = ruleTrace(f('(x^2+1)/(x-3)'), 'x');
    expect(t.rule).toBe('quotient');
    expect(t.children.map((c) => c.rule)).toEqual(['sum', 'difference']);
    expect(rules(t)).toEqual(['quotient', 'sum', 'power', 'identity', 'constant', 'difference', 'identity', 'constant']);
    // (f′g − fg′)/g² with f′ = 2x, g′ = 1, written out before simplification.
    expect(toText(t.applied)).toBe('(2x*(x - 3) - (x^2 + 1))/(x - 3)^2');
    // Worked by hand: (2x(x−3) − (x²+1))/(x−3)² at x = 1 is (−4 − 2)/4.
    expect(evaluateExpr(t.derivative, X, [1])).toBeCloseTo(-6 / 4, 12);
  });

  it('a product and a chain', () => {
    const p = ruleTrace(f('x^2 sin(x)'), 'x');
    expect(p.rule).toBe('product');
    expect(toText(p.applied)).toBe('2x*sin(x) + x^2*cos(x)');
    const c = ruleTrace(f('sin(x^2)'), 'x');
    expect(c.rule).toBe('function');
    expect(c.fn).toBe('sin');
    expect(c.chain).toBe(true);
    expect(toText(c.applied)).toBe('cos(x^2)*(2x)');
    expect(ruleTrace(f('sin(x)'), 'x').chain).toBe(false);
  });

  it('the deck’s chain-rule example (3x²+1)⁵: power rule with chain, 30x(3x²+1)⁴', () => {
    const t = ruleTrace(f('(3x^2+1)^5'), 'x');
    expect(t.rule).toBe('power');
    expect(t.chain).toBe(true);
    expect(toText(t.applied)).toBe('5*(3x^2 + 1)^4*(6x)');
    expect(toText(t.derivative)).toBe('30x*(3x^2 + 1)^4');
  });

  it('constants, multiples, negation, exponentials and x^x', () => {
    expect(ruleTrace(f('7'), 'x').rule).toBe('constant');
    expect(ruleTrace(f('x'), 'x').rule).toBe('identity');
    expect(ruleTrace(f('3x'), 'x').rule).toBe('constant-multiple');
    expect(ruleTrace(f('x/4'), 'x').rule).toBe('constant-multiple');
    expect(ruleTrace(f('-x^2'), 'x').rule).toBe('negation');
    const e = ruleTrace(f('2^x'), 'x');
    expect(e.rule).toBe('exponential');
    expect(toText(e.derivative)).toBe('2^x*ln(2)');
    const g = ruleTrace(f('x^x'), 'x');
    expect(g.rule).toBe('general-power');
    expect(toText(g.derivative)).toBe('x^x*(ln(x) + 1)');
    const l = ruleTrace(f('log(x, 3)'), 'x');
    expect(l.rule).toBe('function');
    expect(l.fn).toBe('log');
    expect(l.chain).toBe(false);
    // Another variable is a constant for ∂/∂x.
    const y = ruleTrace(f('x y', ['x', 'y']), 'x');
    expect(y.rule).toBe('constant-multiple');
    expect(ruleTrace(f('y^2', ['x', 'y']), 'x').rule).toBe('constant');
  });

  it('carries LaTeX for the sub-expression, the applied rule and the result', () => {
    const t = ruleTrace(f('(x^2+1)/(x-3)'), 'x');
    expect(t.exprLatex).toBe('\\frac{x^{2} + 1}{x - 3}');
    expect(t.appliedLatex).toContain('\\frac');
    expect(t.derivativeLatex.length).toBeGreaterThan(0);
    for (const s of flattenRuleTrace(t)) expect(s.derivativeLatex).not.toBe('');
  });

  it('every node’s derivative equals differentiate(node) on random smooth formulas (property)', () => {
    const vars = ['x', 'y'];
    fc.assert(
      fc.property(smoothExpr(vars), smallPoint(vars), fc.constantFrom('x', 'y'), (expr, p, wrt) => {
        const t = ruleTrace(expr, wrt);
        for (const s of flattenRuleTrace(t)) {
          const want = evaluateExpr(differentiate(s.expr, wrt), vars, p);
          fc.pre(Number.isFinite(want) && Math.abs(want) < 1e8);
          const got = evaluateExpr(s.derivative, vars, p);
          const applied = evaluateExpr(s.applied, vars, p);
          expect(near(got, want, 1e-8), `${toText(s.expr)}: ${toText(s.derivative)} vs ${toText(differentiate(s.expr, wrt))}`).toBe(true);
          expect(near(applied, want, 1e-8), `applied ${toText(s.applied)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the root agrees with a central difference (independent of the symbolic engine)', () => {
    const cases = ['(x^2+1)/(x-3)', 'x^2 sin(x)', 'e^(sin(x))', 'sqrt(1 + x^2)', 'x^x', 'log(x, 2)/x', 'nthRoot(x, 3) cos(x)'];
    for (const text of cases) {
      const e = f(text);
      for (const x of [0.4, 1.3, 2.2]) {
        const h = 1e-5;
        const fd = (evaluateExpr(e, X, [x + h]) - evaluateExpr(e, X, [x - h])) / (2 * h);
        expect(near(evaluateExpr(ruleTrace(e, 'x').derivative, X, [x]), fd, 1e-6), `${text} at ${x}`).toBe(true);
      }
    }
  });
});
