import { describe, expect, it } from 'vitest';
import { getNode } from '$shared/autodiff/graph';
import { GraphSession } from '../scenes/graph/graph-session.svelte';
import { graphLectureTarget } from './graph-lecture';
import { GRAPHS_LECTURE } from './steps/graphs';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const steps = GRAPHS_LECTURE.steps;

describe("chapter 4's lecture on the graph canvas", () => {
  it('walks the forward pass node by node and the backward pass edge by edge, as the captions say', () => {
    const s = new GraphSession();
    const t = graphLectureTarget(s, steps);
    t.show(0, null);
    expect(s.cursor).toEqual({ phase: 'idle' });
    const forward = steps.filter((x) => x.caption.en.startsWith('Forward') || /^(u₂|u₃|ŷ|L) =/.test(x.caption.en)).length;
    expect(forward).toBe(s.analysis.forwardSteps.length);
    for (let k = 1; k <= forward; k++) t.show(k, k - 1);
    expect(s.cursor).toEqual({ phase: 'forward', k: forward });
    // The values the captions quote: u₃ = 0, ŷ = 0.5, L = 0.125.
    expect(s.view.values['u3']).toBe(0);
    expect(s.view.values['yhat']).toBe(0.5);
    expect(s.view.values['L']).toBe(0.125);
    const backward = s.analysis.backward?.steps.length ?? 0;
    // Open, the forward steps, the seed ∂L/∂L = 1, one step per edge, the update.
    expect(steps.length).toBe(1 + forward + 1 + backward + 1);
    t.show(forward + 1 + backward, null);
    expect(s.cursor).toEqual({ phase: 'backward', k: backward });
    expect(s.view.grads['w1']).toBeCloseTo(-0.125, 12);
    expect(s.view.grads['w2']).toBeCloseTo(-0.25, 12);
    expect(s.view.grads['x2']).toBeCloseTo(0.03125, 12);
  });

  it('ends with one gradient-descent step of η = 1 that lowers the loss as the caption says', () => {
    const s = new GraphSession();
    const t = graphLectureTarget(s, steps);
    t.show(steps.length - 1, null);
    expect(getNode(s.graph, 'w1')?.value).toBeCloseTo(0.625, 12);
    expect(getNode(s.graph, 'w2')?.value).toBeCloseTo(0, 12);
    const yhat = sigmoid(0.625 * 1 + 0 * 2);
    const loss = 0.5 * (yhat - 1) ** 2;
    expect(loss).toBeCloseTo(0.061, 3);
    expect(s.view.values['L']).toBeCloseTo(loss, 12);
    // Stepping back rebuilds the untrained network.
    t.show(steps.length - 2, null);
    expect(getNode(s.graph, 'w1')?.value).toBe(0.5);
  });
});
