import { describe, expect, it } from 'vitest';
import { evaluateExpr } from '$shared/expr/evaluate';
import { freeVariables } from '$shared/expr/ast';
import { parseInScope, scopeVariables, toSurfaceExpr } from './resolve-formula';
import { SURFACE_PRESETS } from './presets';

describe('formula scope', () => {
  it('parses every preset in its own scope and reduces it to f(x, y)', () => {
    for (const p of SURFACE_PRESETS) {
      const scope = { axes: p.axes, params: Object.fromEntries(p.params.map((q) => [q.name, q.value])) };
      const r = parseInScope(p.formula, scope);
      expect(r.ok, p.id).toBe(true);
      if (!r.ok) continue;
      const f = toSurfaceExpr(r.value, scope);
      for (const v of freeVariables(f)) expect(['x', 'y']).toContain(v);
    }
  });
  it("evaluates the deck's loss at the data point it was given", () => {
    const scope = { axes: ['w1', 'w2'] as const, params: { x1: 1, x2: 2, y: 1 } };
    const r = parseInScope('1/2 (sigmoid(w1 x1 + w2 x2) - y)^2', scope);
    if (!r.ok) throw new Error(r.error.message.en);
    const f = toSurfaceExpr(r.value, scope);
    // w = (0, 0): ŷ = σ(0) = 1/2, L = ½(½ − 1)² = 1/8.
    expect(evaluateExpr(f, ['x', 'y'], [0, 0])).toBeCloseTo(0.125, 15);
    // w = (1, -0.25): u = 1·1 + (−0.25)·2 = 0.5.
    const yhat = 1 / (1 + Math.exp(-0.5));
    expect(evaluateExpr(f, ['x', 'y'], [1, -0.25])).toBeCloseTo(0.5 * (yhat - 1) ** 2, 15);
  });
  it('refuses names outside the scope with the scope listed', () => {
    const r = parseInScope('w1 + q', { axes: ['w1', 'w2'], params: {} });
    expect(r.ok).toBe(false);
    expect(scopeVariables({ axes: ['x', 'y'], params: { k: 1 } })).toEqual(['x', 'y', 'k']);
  });
});
