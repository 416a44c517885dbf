import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallPoint, smoothExpr } from '../checks/smoothExprArbitrary';
import { backward, backwardTrace } from './backward';
import { forward } from './forward';
import { fromExpr } from './fromExpr';
import type { Graph } from './graph';
import { branchGraph, deckGraph } from './testGraphs';

describe('backward', () => {
  it('gives the deck network gradients by hand: ∂L/∂wᵢ = (ŷ − y)·ŷ(1 − ŷ)·xᵢ', () => {
    const f = forward(deckGraph);
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    const b = backward(deckGraph, 'L', f.value);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    // ŷ = ½, y = 1: (ŷ − y)ŷ(1 − ŷ) = −½·¼ = −⅛; x₁ = 1, x₂ = 2.
    expect(b.value.grads.w1).toBeCloseTo(-0.125, 15);
    expect(b.value.grads.w2).toBeCloseTo(-0.25, 15);
    expect(b.value.grads.yhat).toBeCloseTo(-0.5, 15);
    expect(b.value.grads.u3).toBeCloseTo(-0.125, 15);
    // ∂L/∂x₁ = −⅛·w₁, ∂L/∂y = y − ŷ.
    expect(b.value.grads.x1).toBeCloseTo(-0.0625, 15);
    expect(b.value.grads.y).toBeCloseTo(0.5, 15);
    expect(b.value.grads.L).toBe(1);
  });

  it('adds the paths where a value branches: ∂(xy + sin x)/∂x = y + cos x', () => {
    const f = forward(branchGraph);
    if (!f.ok) throw new Error('forward failed');
    const t = backwardTrace(branchGraph, 'f', f.value);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.grads.x).toBeCloseTo(-1.3 + Math.cos(0.7), 15);
    expect(t.value.grads.y).toBeCloseTo(0.7, 15);
    const intoX = t.value.steps.filter((s) => s.targetId === 'x');
    expect(intoX).toHaveLength(2);
    expect(intoX[0]?.accumulated).toBe(intoX[0]?.contribution);
    expect(intoX[1]?.accumulated).toBeCloseTo((intoX[0]?.contribution ?? 0) + (intoX[1]?.contribution ?? 0), 15);
  });

  it('leaves constants and nodes off the output path at 0, and fails on an unknown output', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 3 },
        { id: 'k', op: 'const', inputs: [], name: '2', value: 2 },
        { id: 'p', op: 'pow', inputs: ['x', 'k'], name: 'u₁' },
        { id: 'q', op: 'neg', inputs: ['x'], name: 'u₂' },
      ],
    };
    const f = forward(g);
    if (!f.ok) throw new Error('forward failed');
    const b = backward(g, 'p', f.value);
    expect(b.ok && b.value.grads).toEqual({ x: 6, k: 0, p: 1, q: 0 });
    expect(backward(g, 'nope', f.value).ok).toBe(false);
  });

  it('trace steps multiply upstream by local, and contributions into each node sum to its gradient', () => {
    fc.assert(
      fc.property(smoothExpr(['x', 'y']), smallPoint(['x', 'y']), (e, [x = 0, y = 0]) => {
        const { graph, outputId } = fromExpr(e);
        const f = forward(graph, { x, y });
        if (!f.ok) return;
        const t = backwardTrace(graph, outputId, f.value);
        expect(t.ok).toBe(true);
        if (!t.ok) return;
        const sums = new Map<string, number>();
        for (const s of t.value.steps) {
          expect(s.contribution).toBe(s.upstream === 0 ? 0 : s.upstream * s.local);
          // A node's upstream is final when it is visited: equal to its reported gradient.
          expect(s.upstream).toBe(t.value.grads[s.nodeId]);
          const sum = (sums.get(s.targetId) ?? 0) + s.contribution;
          sums.set(s.targetId, sum);
          expect(s.accumulated).toBe(sum);
        }
        for (const [id, sum] of sums) expect(t.value.grads[id]).toBe(sum);
      }),
      { numRuns: 200 },
    );
  });
});
