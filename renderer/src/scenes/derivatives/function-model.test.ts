import { describe, expect, it } from 'vitest';
import { logSteps } from '$shared/calculus/differenceQuotient';
import { parseExpr } from '$shared/expr/parse';
import { createFunctionModel, errorTable, secantAt, type FunctionModel } from './function-model';

function model(t: string): FunctionModel {
  const e = parseExpr(t, { variables: ['x'] });
  if (!e.ok) throw new Error(t);
  const m = createFunctionModel(e.value);
  if (!m.ok) throw new Error(t);
  return m.value;
}

describe('function model', () => {
  it('x³: f′ = 3x², f″ = 6x, f‴ = 6 (by hand)', () => {
    const m = model('x^3');
    expect(m.df(2)).toBe(12);
    expect(m.d2(2)).toBe(12);
    expect(m.d3(2)).toBe(6);
    expect(m.derivativeLatex).toBe('3 x^{2}');
  });

  it('the secant slope of x³ at 1 with h = 0.1 is ((1.1)³ − 1)/0.1 = 3.31', () => {
    const s = secantAt(model('x^3'), 1, 0.1);
    expect(s.slope).toBeCloseTo(3.31, 12);
    expect(s.exact).toBe(3);
    expect(s.error).toBeCloseTo(0.31, 12);
    expect(s.vanished).toBe(false);
    // A negative step: ((0.9)³ − 1)/(−0.1) = 2.71.
    expect(secantAt(model('x^3'), 1, -0.1).slope).toBeCloseTo(2.71, 12);
    expect(secantAt(model('x^3'), 1, 1e-16).vanished).toBe(true);
  });

  it('error table of sin at 1: the V, with best rows near √ε and ∛ε', () => {
    const t = errorTable(model('sin(x)'), 1, logSteps(16));
    const err = (h: number): number => t.rows.find((r) => r.h === h)?.forwardError ?? Number.NaN;
    expect(err(1e-8)).toBeLessThan(err(1e-1));
    expect(err(1e-8)).toBeLessThan(err(1e-15));
    expect(t.exact).toBe(Math.cos(1));
    expect(t.rows[t.bestForwardRow]?.h).toBeGreaterThanOrEqual(1e-9);
    expect(t.rows[t.bestForwardRow]?.h).toBeLessThanOrEqual(1e-7);
    expect(t.bestForwardStep).toBeCloseTo(Math.sqrt(2 * Number.EPSILON), 20);
    expect(t.vanished.at(-1)).toBe(true);
    expect(t.vanished.at(0)).toBe(false);
  });
});
