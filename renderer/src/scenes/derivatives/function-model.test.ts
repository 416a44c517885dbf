import { describe, expect, it } from 'vitest';
import { logSteps } from '$shared/calculus/differenceQuotient';
import { parseExpr } from '$shared/expr/parse';
import { cornerAt, createFunctionModel, errorTable, secantAt, type FunctionModel } from './function-model';

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

describe('corners', () => {
  it('|x| at 0: slopes +1 from the right and −1 from the left', () => {
    const c = cornerAt(model('abs(x)'), 0);
    expect(c?.right).toBeCloseTo(1, 12);
    expect(c?.left).toBeCloseTo(-1, 12);
    expect(cornerAt(model('abs(x)'), 0.5)).toBeNull();
    // |x − 1| + x² has its corner at 1, slopes 2 + 1 and 2 − 1.
    const d = cornerAt(model('abs(x - 1) + x^2'), 1);
    expect(d?.right).toBeCloseTo(3, 5);
    expect(d?.left).toBeCloseTo(1, 5);
  });
  it('smooth functions have none, even where they are steep or curved', () => {
    for (const [t, x] of [['sin(x)', 1], ['x^3', 0], ['1/x', 0.01], ['e^(5x)', 2], ['sqrt(x)', 1e-3]] as const) {
      expect(cornerAt(model(t), x), `${t} at ${x}`).toBeNull();
    }
  });
});
