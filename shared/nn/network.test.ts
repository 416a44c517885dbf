import { describe, expect, it } from 'vitest';
import { backward } from '../autodiff/backward';
import { forward } from '../autodiff/forward';
import { toExpr } from '../autodiff/toExpr';
import { evaluateExpr } from '../expr/evaluate';
import { deckNetwork, deckNetworkExpr } from './deckNetwork';
import { mlp, neuron } from './mlp';
import { initialParams, withParams } from './network';

const sig = (z: number): number => 1 / (1 + Math.exp(-z));

describe('deck network', () => {
  it('has the deck names and gradients (ŷ − y)·ŷ(1 − ŷ)·xᵢ at several points', () => {
    for (const v of [{ w1: 0.3, w2: -0.8, x1: 1.5, x2: 0.25, y: 1 }, { w1: -2, w2: 1, x1: -0.5, x2: 2, y: 0 }]) {
      const net = deckNetwork(v);
      expect(net.graph.nodes.filter((n) => n.inputs.length > 0).map((n) => n.name)).toEqual(['u₁', 'u₂', 'u₃', 'ŷ', 'L']);
      const f = forward(net.graph);
      if (!f.ok) throw new Error('forward failed');
      const b = backward(net.graph, net.lossId, f.value);
      if (!b.ok) throw new Error('backward failed');
      const yhat = sig(v.w1 * v.x1 + v.w2 * v.x2);
      expect(f.value.values.L).toBeCloseTo(0.5 * (yhat - v.y) ** 2, 15);
      expect(b.value.grads.w1).toBeCloseTo((yhat - v.y) * yhat * (1 - yhat) * v.x1, 15);
      expect(b.value.grads.w2).toBeCloseTo((yhat - v.y) * yhat * (1 - yhat) * v.x2, 15);
    }
  });

  it('graph and formula compute the same loss', () => {
    const v = { w1: 0.7, w2: 0.1, x1: -1, x2: 3, y: 0 };
    const f = forward(deckNetwork(v).graph);
    const e = evaluateExpr(deckNetworkExpr(), ['w1', 'w2', 'x1', 'x2', 'y'], [v.w1, v.w2, v.x1, v.x2, v.y]);
    expect(f.ok && f.value.values.L).toBeCloseTo(e, 15);
    const back = toExpr(deckNetwork(v).graph, 'L');
    expect(back.ok && evaluateExpr(back.value, ['w1', 'w2', 'x1', 'x2', 'y'], [v.w1, v.w2, v.x1, v.x2, v.y])).toBeCloseTo(e, 15);
  });
});

describe('neuron and mlp', () => {
  it('a neuron computes act(Σ wᵢxᵢ + b) with given weights', () => {
    const r = neuron(3, { activation: 'tanh', weights: [0.5, -1, 2], bias: 0.25, loss: 'squaredError' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const net = r.value;
    expect(net.paramIds).toEqual(['w1', 'w2', 'w3', 'b']);
    const f = forward(net.graph, { x1: 1, x2: 2, x3: -0.5, y: 0.3 });
    const z = 0.5 - 2 - 1 + 0.25;
    expect(f.ok && f.value.values[net.predictionId]).toBeCloseTo(Math.tanh(z), 15);
    expect(f.ok && f.value.values[net.lossId]).toBeCloseTo((Math.tanh(z) - 0.3) ** 2, 15);
  });

  it('an MLP has (n_in + 1)·n_out parameters per layer and matches a hand-written forward pass', () => {
    const r = mlp([2, 3, 1], 'tanh', 11, { outputActivation: 'sigmoid' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const net = r.value;
    expect(net.paramIds).toHaveLength(3 * 3 + 4 * 1);
    const p = initialParams(net);
    expect([...p].some((w) => w !== 0)).toBe(true);
    // Hand-written 2-3-1 network reading the weights by id.
    const w = (id: string): number => p[net.paramIds.indexOf(id)] ?? NaN;
    const x = [0.4, -1.2];
    const h = [1, 2, 3].map((j) => Math.tanh(w(`w1_${j}_1`) * (x[0] ?? 0) + w(`w1_${j}_2`) * (x[1] ?? 0) + w(`b1_${j}`)));
    const out = sig([1, 2, 3].reduce((s, j) => s + w(`w2_1_${j}`) * (h[j - 1] ?? 0), w('b2_1')));
    const f = forward(net.graph, { x1: x[0] ?? 0, x2: x[1] ?? 0, y: 1 });
    expect(f.ok && f.value.values.yhat).toBeCloseTo(out, 14);
    expect(f.ok && f.value.values.L).toBeCloseTo(0.5 * (out - 1) ** 2, 14);
    // Same seed, same weights; withParams writes them back into the graph.
    const again = mlp([2, 3, 1], 'tanh', 11);
    expect(again.ok && [...initialParams(again.value)]).toEqual([...p]);
    expect([...initialParams(withParams(net, p.map((v) => v * 2)))]).toEqual([...p.map((v) => v * 2)]);
  });

  it('rejects bad layer sizes with a message', () => {
    for (const sizes of [[2], [2, 3], [0, 1], [2, 1.5, 1], []]) {
      const r = mlp(sizes, 'relu', 1);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message['zh-CN'].length).toBeGreaterThan(0);
    }
    expect(neuron(0).ok).toBe(false);
  });
});
