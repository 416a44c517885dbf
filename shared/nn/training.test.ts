import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset';
import { circlesDataset, regression1DDataset, xorDataset } from './dataset';
import { deckNetwork } from './deckNetwork';
import { compileNetwork } from './compileNetwork';
import { lossAndGradientOverDataset, lossOverDataset } from './lossOverDataset';
import { lossSurface } from './lossSurface';
import { mlp } from './mlp';
import { initialParams } from './network';
import { gradientDescentUpdate, trainStep } from './trainStep';

const sig = (z: number): number => 1 / (1 + Math.exp(-z));
/** A 3-point dataset for the deck network, with the loss written out by hand. */
const tiny: Dataset = {
  name: 'custom', task: 'classification', dim: 2, size: 3,
  features: Float64Array.from([1, 2, -0.5, 1, 0.3, -2]), targets: Float64Array.from([1, 0, 1]),
};
const deckLoss = (w1: number, w2: number): number => {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const yhat = sig(w1 * (tiny.features[2 * i] ?? 0) + w2 * (tiny.features[2 * i + 1] ?? 0));
    s += 0.5 * (yhat - (tiny.targets[i] ?? 0)) ** 2;
  }
  return s / 3;
};

describe('lossOverDataset and its gradient', () => {
  it('is the mean of the per-point loss, and the gradient matches central differences', () => {
    const net = deckNetwork();
    for (const [w1, w2] of [[0.5, -0.25], [2, 1], [-1.5, 0.75]] as const) {
      const r = lossOverDataset(net, [w1, w2], tiny);
      expect(r.ok && r.value).toBeCloseTo(deckLoss(w1, w2), 15);
      const g = lossAndGradientOverDataset(net, [w1, w2], tiny);
      expect(g.ok).toBe(true);
      if (!g.ok) return;
      const h = 1e-5;
      expect(g.value.grads[0]).toBeCloseTo((deckLoss(w1 + h, w2) - deckLoss(w1 - h, w2)) / (2 * h), 9);
      expect(g.value.grads[1]).toBeCloseTo((deckLoss(w1, w2 + h) - deckLoss(w1, w2 - h)) / (2 * h), 9);
    }
  });

  it('MLP gradients with BCE-from-logits match central differences of the dataset loss', () => {
    const r = mlp([2, 4, 1], 'tanh', 3, { loss: 'bceWithLogits' });
    if (!r.ok) throw new Error('mlp failed');
    const net = r.value;
    const data = circlesDataset({ size: 40, seed: 8 });
    const p = initialParams(net);
    const g = lossAndGradientOverDataset(net, p, data);
    if (!g.ok) throw new Error('gradient failed');
    const h = 1e-6;
    p.forEach((_, k) => {
      const up = Float64Array.from(p);
      const dn = Float64Array.from(p);
      up[k] = (up[k] ?? 0) + h;
      dn[k] = (dn[k] ?? 0) - h;
      const fu = lossOverDataset(net, up, data);
      const fd = lossOverDataset(net, dn, data);
      if (!fu.ok || !fd.ok) throw new Error('loss failed');
      expect(Math.abs((g.value.grads[k] ?? NaN) - (fu.value - fd.value) / (2 * h))).toBeLessThan(1e-7);
    });
  });

  it('reports shape mismatches instead of computing garbage', () => {
    const net = deckNetwork();
    const r1 = lossOverDataset(net, [1, 2, 3], tiny);
    expect(!r1.ok && r1.error.kind).toBe('dimensionMismatch');
    const r2 = lossOverDataset(net, [1, 2], regression1DDataset({ size: 5 }));
    expect(!r2.ok && r2.error.message.en).toContain('features per point');
  });

  it('predict evaluates the network output only', () => {
    const c = compileNetwork(deckNetwork());
    if (!c.ok) throw new Error('compile failed');
    expect(c.value.predict([0.5, -0.25], [3, 1])).toBeCloseTo(sig(1.25), 15);
  });
});

describe('lossSurface', () => {
  it('equals the hand-written loss at every grid point, rows along B and columns along A', () => {
    const net = deckNetwork();
    const res = 9;
    const r = lossSurface(net, tiny, 'w1', 'w2', [-2, 2], [-1, 3], res, [0, 0]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (let j = 0; j < res; j++) {
      for (let i = 0; i < res; i++) {
        expect(r.value[j * res + i]).toBeCloseTo(deckLoss(-2 + (4 * i) / (res - 1), -1 + (4 * j) / (res - 1)), 14);
      }
    }
  });

  it('can be filled in row chunks into one array, with the other parameters fixed', () => {
    const r = mlp([2, 2, 1], 'tanh', 5);
    if (!r.ok) throw new Error('mlp failed');
    const net = r.value;
    const data = xorDataset({ size: 30, seed: 2 });
    const fixed = initialParams(net);
    const full = lossSurface(net, data, 'w1_1_1', 'b2_1', [-1, 1], [-2, 2], 16, fixed);
    const out = new Float64Array(256).fill(NaN);
    for (const [from, to] of [[0, 5], [5, 11], [11, 16]] as const) {
      expect(lossSurface(net, data, 'w1_1_1', 'b2_1', [-1, 1], [-2, 2], 16, fixed, { rowFrom: from, rowTo: to, out }).ok).toBe(true);
    }
    expect(full.ok && [...full.value]).toEqual([...out]);
    // The corner (i, j) = (15, 0) is w1_1_1 = 1, b2_1 = −2 with the rest at `fixed`.
    const p = Float64Array.from(fixed);
    p[net.paramIds.indexOf('w1_1_1')] = 1;
    p[net.paramIds.indexOf('b2_1')] = -2;
    const direct = lossOverDataset(net, p, data);
    expect(direct.ok && direct.value).toBeCloseTo(out[15] ?? NaN, 14);
  });

  it('rejects unknown parameters and bad resolutions', () => {
    const net = deckNetwork();
    const r = lossSurface(net, tiny, 'w1', 'w9', [0, 1], [0, 1], 4, [0, 0]);
    expect(!r.ok && r.error.kind).toBe('unknownParam');
    expect(lossSurface(net, tiny, 'w1', 'w2', [0, 1], [0, 1], 1, [0, 0]).ok).toBe(false);
  });
});

describe('trainStep', () => {
  it('applies w ← w − η·∂L/∂w and lowers the loss for a small step', () => {
    const net = deckNetwork();
    let params: Float64Array = Float64Array.from([0.5, -0.25]);
    const first = trainStep(net, params, tiny, 0.5);
    if (!first.ok) throw new Error('step failed');
    expect(first.value.params[0]).toBeCloseTo(0.5 - 0.5 * (first.value.grads[0] ?? NaN), 15);
    expect(first.value.loss).toBeCloseTo(deckLoss(0.5, -0.25), 15);
    let last = first.value.loss;
    for (let k = 0; k < 20; k++) {
      const s = trainStep(net, params, tiny, 0.5);
      if (!s.ok) throw new Error('step failed');
      expect(s.value.loss).toBeLessThanOrEqual(last + 1e-15);
      last = s.value.loss;
      params = s.value.params;
    }
    expect(deckLoss(params[0] ?? NaN, params[1] ?? NaN)).toBeLessThan(first.value.loss);
  });

  it('accepts any update function (e.g. an optimizer from shared/optim)', () => {
    const halfStep = (p: Float64Array, g: Float64Array): Float64Array => gradientDescentUpdate(p, g, 0.1);
    const r = trainStep(deckNetwork(), Float64Array.from([1, 1]), tiny, halfStep);
    const s = trainStep(deckNetwork(), Float64Array.from([1, 1]), tiny, 0.1);
    expect(r.ok && s.ok && [...r.value.params]).toEqual(s.ok ? [...s.value.params] : []);
  });

  it('trains a 2-4-1 tanh network on XOR to low loss (integration)', () => {
    const r = mlp([2, 4, 1], 'tanh', 1, { loss: 'bceWithLogits' });
    if (!r.ok) throw new Error('mlp failed');
    const data = xorDataset({ size: 60, seed: 3 });
    let p: Float64Array = initialParams(r.value);
    const start = lossOverDataset(r.value, p, data);
    for (let k = 0; k < 1500; k++) {
      const s = trainStep(r.value, p, data, 0.5);
      if (!s.ok) throw new Error('step failed');
      p = s.value.params;
    }
    const end = lossOverDataset(r.value, p, data);
    expect(start.ok && end.ok && end.value < 0.25 * start.value).toBe(true);
  });
});
