import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import type { Expr } from '$shared/expr/ast';
import { budgetResolution, evaluationCost, GRID_BUDGET, MIN_RESOLUTION } from './sampling-budget';

const p = (t: string): Expr => {
  const r = parseExpr(t, { variables: ['x', 'y'] });
  if (!r.ok) throw new Error(t);
  return r.value;
};

describe('sampling budget', () => {
  it('textbook formulas keep the full 128 × 128', () => {
    for (const t of ['sin(x) cos(y) + 0.1(x^2 + y^2)', 'x^2 + y^2', 'exp(-(x^2+y^2))', '(1-x)^2 + 100(y-x^2)^2']) {
      expect(budgetResolution(evaluationCost(p(t)), 128)).toBe(128);
    }
  });

  it('counts nodes with weights: x^2 is cheap, x^y and sin are not', () => {
    expect(evaluationCost(p('x^2'))).toBe(3);
    expect(evaluationCost(p('x^y'))).toBe(6);
    expect(evaluationCost(p('sin(x)'))).toBe(4);
  });

  it('a 500-character formula is capped so that points × cost stays within the budget', () => {
    const e = p(Array(240).fill('x').join('^'));
    const cost = evaluationCost(e);
    const n = budgetResolution(cost, 128);
    expect(n).toBeLessThan(128);
    expect(n).toBeGreaterThanOrEqual(MIN_RESOLUTION);
    expect(n * n * cost).toBeLessThanOrEqual(Math.max(GRID_BUDGET, MIN_RESOLUTION * MIN_RESOLUTION * cost));
  });

  it('never exceeds what was asked for', () => {
    expect(budgetResolution(1, 64)).toBe(64);
    expect(budgetResolution(1e9, 16)).toBe(16);
  });
});
