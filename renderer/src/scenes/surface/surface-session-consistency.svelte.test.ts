/**
 * Issue 12: an error anywhere in the pipeline never leaves a new preview over an old surface with
 * no word. Either everything shows the new formula, or everything keeps the old one and the
 * session says why. A failure is injected into the point model (the partials' stage).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Expr } from '$shared/expr/ast';

vi.mock('./explorer/point-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./explorer/point-model')>();
  return {
    ...actual,
    createPointModel: (expr: Expr, axes?: readonly [string, string]) => {
      // x^7 stands for "a formula some stage cannot handle".
      if (JSON.stringify(expr).includes('"value":7')) throw new Error('injected failure');
      return actual.createPointModel(expr, axes);
    },
  };
});

const { SurfaceSession } = await import('./surface-session.svelte');

describe('SurfaceSession: all or nothing', () => {
  it('a formula whose pipeline throws keeps the previous surface, model and walkers, with a message', () => {
    const s = new SurfaceSession();
    s.setFormula('x^2 + y^2');
    const expr = s.expr;
    const surface = s.surfaceExpr;
    const model = s.model;
    s.walkers.add([1, 1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    const objective = s.walkers.walkers[0];
    expect(s.modelError).toBeNull();

    s.setFormula('x^7 + y');
    expect(s.parse.ok).toBe(true);
    // Everything still shows the old formula, together…
    expect(s.expr).toBe(expr);
    expect(s.surfaceExpr).toBe(surface);
    expect(s.model).toBe(model);
    expect(s.model?.evaluate(1, 2)).toBe(5);
    expect(s.walkers.walkers[0]).toBe(objective);
    // …and the session says why, in both languages.
    expect(s.modelError?.en).toContain('injected failure');
    expect(s.modelError?.['zh-CN']).toContain('上一个公式');

    // A good formula afterwards replaces everything at once and clears the message.
    s.setFormula('x y');
    expect(s.modelError).toBeNull();
    expect(s.model?.evaluate(2, 3)).toBe(6);
    expect(s.surfaceExpr).not.toBe(surface);
  });

  it('the same text yields the same objects (a typo and its fix never restart walkers)', () => {
    const s = new SurfaceSession();
    s.setFormula('sin(x) + y');
    const m = s.model;
    const e = s.surfaceExpr;
    s.setFormula('sin(x) + y +');
    s.setFormula('sin(x) + y');
    expect(s.model).toBe(m);
    expect(s.surfaceExpr).toBe(e);
  });

  it('a long formula is sampled on a coarser grid, and the session says so', () => {
    const s = new SurfaceSession();
    s.setFormula(Array(240).fill('x').join('^'));
    expect(s.resolutionCapped).toBe(true);
    expect(s.effectiveResolution).toBeLessThan(s.resolution);
    s.setFormula('x^2 + y^2');
    expect(s.resolutionCapped).toBe(false);
    expect(s.effectiveResolution).toBe(s.resolution);
  });
});
