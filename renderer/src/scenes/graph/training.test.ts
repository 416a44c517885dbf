import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { linearlySeparableDataset, xorDataset } from '$shared/nn/dataset';
import { getNode } from '$shared/autodiff/graph';
import { networkOf, exampleDataset, paramsOf } from './network-roles';
import { templateDoc } from './templates';
import { startOptimizer, train } from './training';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('train', () => {
  it('one GD step on the deck example matches the hand-derived update w ← w − η(ŷ−y)ŷ(1−ŷ)x', () => {
    const net = networkOf(deckNetwork().graph);
    if (!net.ok) throw new Error(net.error.en);
    const data = exampleDataset(net.value);
    const p0 = paramsOf(net.value);
    const r = train(net.value, data, startOptimizer(p0, { kind: 'gd', lr: 0.7 }), { kind: 'gd', lr: 0.7 }, 1);
    if (!r.ok) throw new Error(r.error.en);
    // Deck defaults: w1 = 0.5, x1 = 1, w2 = −0.25, x2 = 2, y = 1 → ŷ = σ(0) = ½.
    const yhat = sigmoid(0.5 * 1 + -0.25 * 2);
    const common = (yhat - 1) * yhat * (1 - yhat);
    const w1 = net.value.paramIds.indexOf('w1');
    const w2 = net.value.paramIds.indexOf('w2');
    expect(r.value.params[1]?.[w1]).toBeCloseTo(0.5 - 0.7 * common * 1, 12);
    expect(r.value.params[1]?.[w2]).toBeCloseTo(-0.25 - 0.7 * common * 2, 12);
    expect(r.value.losses[0]).toBeCloseTo(0.5 * (yhat - 1) ** 2, 12);
    expect(r.value.losses[1]).toBeLessThan(r.value.losses[0] ?? 0);
  });

  it('trains the XOR template below a cross-entropy of 0.2', () => {
    const net = networkOf(templateDoc('xor').graph);
    if (!net.ok) throw new Error(net.error.en);
    const cfg = { kind: 'gd', lr: 0.5 } as const;
    const r = train(net.value, xorDataset(), startOptimizer(paramsOf(net.value), cfg), cfg, 3000);
    if (!r.ok) throw new Error(r.error.en);
    const last = r.value.losses[r.value.losses.length - 1] ?? Infinity;
    expect(r.value.losses[0]).toBeGreaterThan(0.6);
    expect(last).toBeLessThan(0.2);
  });

  it('trains the single neuron on linearly separable data', () => {
    const net = networkOf(templateDoc('neuron').graph);
    if (!net.ok) throw new Error(net.error.en);
    const cfg = { kind: 'adam', lr: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
    const r = train(net.value, linearlySeparableDataset(), startOptimizer(paramsOf(net.value), cfg), cfg, 300);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.losses[r.value.losses.length - 1]).toBeLessThan(0.1);
  });

  it('refuses bad step counts and learning rates', () => {
    const net = networkOf(deckNetwork().graph);
    if (!net.ok) throw new Error('net');
    const s = startOptimizer(paramsOf(net.value), { kind: 'gd', lr: 1 });
    expect(train(net.value, exampleDataset(net.value), s, { kind: 'gd', lr: 1 }, 0).ok).toBe(false);
    expect(train(net.value, exampleDataset(net.value), s, { kind: 'gd', lr: -1 }, 5).ok).toBe(false);
  });

  it('networkOf reads roles from the graph and refuses a graph without a target', () => {
    const net = networkOf(deckNetwork().graph);
    expect(net.ok && net.value).toMatchObject({ featureIds: ['x1', 'x2'], targetId: 'y', paramIds: ['w1', 'w2'], predictionId: 'yhat', lossId: 'L' });
    const noTarget = networkOf({ nodes: [{ id: 'w', op: 'param', inputs: [], name: 'w', value: 1 }, { id: 's', op: 'sin', inputs: ['w'], name: 's' }] });
    expect(noTarget.ok).toBe(false);
    expect(getNode(deckNetwork().graph, 'y')?.op).toBe('input');
  });
});
