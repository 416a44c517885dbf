import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile } from './compile';
import { parseExpr } from './parse';
import { evaluateExpr } from './evaluate';
import { close, exprArb } from './test-arbitrary';
import type { Expr } from './ast';

const V = ['x', 'y'];
function f(text: string): Expr {
  const r = parseExpr(text, { variables: V });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('compile', () => {
  it('evaluates closed forms computed by hand', () => {
    const c = compile(f('sin(x)*cos(y) + 0.1*(x^2+y^2)'), V);
    if (!c.ok) throw new Error();
    // sin(π/2)·cos(0) + 0.1·(π²/4) = 1 + π²/40
    expect(c.value.evaluate([Math.PI / 2, 0])).toBeCloseTo(1 + (Math.PI * Math.PI) / 40, 14);
    const loss = compile(f('1/2 (sigmoid(x) - y)^2'), V);
    if (!loss.ok) throw new Error();
    // σ(0) = 1/2, so L = ½(½ − 1)² = 1/8.
    expect(loss.value.evaluate([0, 1])).toBe(0.125);
    const xx = compile(f('x^x'), V);
    if (!xx.ok) throw new Error();
    expect(xx.value.evaluate([3, 0])).toBe(27);
  });

  it('folds constants and keeps real-domain semantics', () => {
    const c = compile(f('2^10 + ln(e)'), []);
    if (!c.ok) throw new Error();
    expect(c.value.evaluate([])).toBe(1025);
    const s = compile(f('sqrt(x)'), V);
    if (!s.ok) throw new Error();
    expect(Number.isNaN(s.value.evaluate([-1, 0]))).toBe(true);
    const p = compile(f('1/x'), V);
    if (!p.ok) throw new Error();
    expect(p.value.evaluate([0, 0])).toBe(Infinity);
  });

  it('rejects variables that are not listed, and reads missing arguments as NaN', () => {
    const r = compile(f('x + y'), ['x']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('unknown-variable');
      expect(r.error.message.en).toContain("'y'");
    }
    const c = compile(f('x + y'), V);
    if (!c.ok) throw new Error();
    expect(Number.isNaN(c.value.evaluate([1]))).toBe(true);
    expect(c.value.variables).toEqual(V);
  });

  it('agrees with the tree-walking evaluator (property)', () => {
    const vars = ['x', 'y', 'w1'];
    fc.assert(
      fc.property(exprArb(vars), fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 3, maxLength: 3 }), (e, pt) => {
        const c = compile(e, vars);
        if (!c.ok) throw new Error('compile failed');
        expect(close(c.value.evaluate(pt), evaluateExpr(e, vars, pt))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
