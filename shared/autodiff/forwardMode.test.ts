import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallPoint, smoothExpr } from '../checks/smoothExprArbitrary';
import { backward } from './backward';
import { forward } from './forward';
import { forwardMode } from './forwardMode';
import { fromExpr } from './fromExpr';
import { deckGraph } from './testGraphs';

describe('forwardMode', () => {
  it('gives the deck derivative along w₁ by hand, and a directional derivative', () => {
    const r = forwardMode(deckGraph, { w1: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tangents.L).toBeCloseTo(-0.125, 15);
    expect(r.value.tangents.u2).toBe(0);
    // Along (w₁, w₂) = (3, 4): 3·(−⅛) + 4·(−¼) = −1.375.
    const d = forwardMode(deckGraph, { w1: 3, w2: 4 });
    expect(d.ok && d.value.tangents.L).toBeCloseTo(-1.375, 14);
  });

  it('equals ∇f · direction from the reverse sweep on random smooth expressions', () => {
    fc.assert(
      fc.property(
        smoothExpr(['x', 'y']),
        smallPoint(['x', 'y']),
        smallPoint(['x', 'y']),
        (e, [x = 0, y = 0], [dx = 0, dy = 0]) => {
          const { graph, outputId } = fromExpr(e);
          const fm = forwardMode(graph, { x: dx, y: dy }, { x, y });
          const f = forward(graph, { x, y });
          if (!fm.ok || !f.ok || f.value.issues.length > 0) return;
          const b = backward(graph, outputId, f.value);
          if (!b.ok) return;
          const expected = (b.value.grads.x ?? 0) * dx + (b.value.grads.y ?? 0) * dy;
          const got = fm.value.tangents[outputId] ?? Number.NaN;
          expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
