import { describe, expect, it } from 'vitest';
import { getNode } from '$shared/autodiff/graph';
import { GraphSession } from './graph-session.svelte';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('GraphSession', () => {
  it('opens on the deck network, idle, and runs to the closed-form gradients', () => {
    const s = new GraphSession();
    expect(s.cursor).toEqual({ phase: 'idle' });
    s.runAll();
    expect(s.view.grads.w1).toBeCloseTo(-0.125, 12);
    expect(s.view.grads.w2).toBeCloseTo(-0.25, 12);
  });

  it('a value edit after a full run keeps showing the end of the passes, with new numbers', () => {
    const s = new GraphSession();
    s.runAll();
    expect(s.edit({ kind: 'setValues', values: { x1: 3 } }).ok).toBe(true);
    const yhat = sigmoid(0.5 * 3 - 0.25 * 2);
    expect(s.view.grads.w1).toBeCloseTo((yhat - 1) * yhat * (1 - yhat) * 3, 12);
    s.undo();
    expect(getNode(s.graph, 'x1')?.value).toBe(1);
    s.redo();
    expect(getNode(s.graph, 'x1')?.value).toBe(3);
  });

  it('a refused edit changes nothing', () => {
    const s = new GraphSession();
    const before = s.history;
    expect(s.edit({ kind: 'connect', source: 'L', target: 'u1', slot: 0 }).ok).toBe(false);
    expect(s.history).toBe(before);
  });

  it('one GD update moves w by −η ∂L/∂w, is one undo step, and training continues the loss history', () => {
    const s = new GraphSession();
    s.learningRate = 2;
    expect(s.train(1, 'gd').ok).toBe(true);
    // From the deck defaults: ∂L/∂w₁ = −⅛, ∂L/∂w₂ = −¼ (by hand, see the run-model tests).
    expect(getNode(s.graph, 'w1')?.value).toBeCloseTo(0.5 + 2 * 0.125, 12);
    expect(getNode(s.graph, 'w2')?.value).toBeCloseTo(-0.25 + 2 * 0.25, 12);
    expect(s.losses).toHaveLength(2);
    expect(s.train(10, 'gd').ok).toBe(true);
    expect(s.losses).toHaveLength(12);
    for (let i = 1; i < s.losses.length; i++) expect(s.losses[i]).toBeLessThan(s.losses[i - 1] ?? Infinity);
    // showStep puts an earlier step's parameters on the canvas without an undo step.
    const depth = s.history.past.length;
    s.showStep(0);
    expect(getNode(s.graph, 'w1')?.value).toBe(0.5);
    expect(s.history.past.length).toBe(depth);
  });

  it('reports why a graph cannot be trained', () => {
    const s = new GraphSession();
    s.openTemplate('empty');
    const r = s.train(5);
    expect(r.ok).toBe(false);
    expect(s.trainError).not.toBeNull();
  });
});
