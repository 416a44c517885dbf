/**
 * Informational: the loss surface of a 2-2-1 network over 200 points at 128×128, against one
 * evaluation of the dataset loss (so the ratio is "how many dataset losses a surface costs";
 * the ideal is 128² = 16384).
 */
import { describe, it } from 'vitest';
import { twoMoonsDataset } from '../shared/nn/dataset';
import { lossOverDataset } from '../shared/nn/lossOverDataset';
import { lossSurface } from '../shared/nn/lossSurface';
import { mlp } from '../shared/nn/mlp';
import { initialParams } from '../shared/nn/network';
import { report, timeIt } from './harness';

describe('nn: loss surface', () => {
  it('2-2-1 tanh, 200 points, 128×128', () => {
    const net = mlp([2, 2, 1], 'tanh', 1, { loss: 'bceWithLogits' });
    if (!net.ok) throw new Error('mlp failed');
    const data = twoMoonsDataset({ size: 200, seed: 1 });
    const params = initialParams(net.value);
    const out = new Float64Array(128 * 128);
    const one = timeIt(() => {
      for (let k = 0; k < 100; k++) lossOverDataset(net.value, params, data);
    }, 15, 3) / 100;
    const surface = timeIt(() => {
      lossSurface(net.value, data, 'w1_1_1', 'w1_1_2', [-3, 3], [-3, 3], 128, params, { out });
    }, 5, 1);
    report({
      name: 'nn loss surface 2-2-1 × 200 points at 128×128 — informational',
      value: surface, unit: 'ms', baseline: one, baselineName: 'one dataset loss (200 points)',
      ratioKind: 'cost', budget: {},
    });
  });
});

/**
 * Budget (issue 11): the coarse 32×32 loss surface over two first-layer weights, 200 points, in
 * ≤ 100 ms for 2-2-1, 2-8-1 and 2-8-8-1 — on one core, as one worker computes it. The baseline is
 * the budget itself, so the ratio reads as "fraction of the budget used".
 */
describe('nn: coarse loss surface (32×32, 200 points) against the 100 ms budget', () => {
  for (const layers of [[2, 2, 1], [2, 8, 1], [2, 8, 8, 1]] as const) {
    it(layers.join('-'), () => {
      const net = mlp([...layers], 'tanh', 1, { loss: 'bceWithLogits' });
      if (!net.ok) throw new Error('mlp failed');
      const data = twoMoonsDataset({ size: 200, seed: 1 });
      const params = initialParams(net.value);
      const out = new Float64Array(32 * 32);
      const t = timeIt(() => {
        lossSurface(net.value, data, 'w1_1_1', 'w1_1_2', [-3, 3], [-3, 3], 32, params, { out });
      }, 9, 2);
      report({
        name: `nn coarse loss surface ${layers.join('-')} × 200 points at 32×32`,
        value: t, unit: 'ms', baseline: 100, baselineName: 'the 100 ms budget',
        ratioKind: 'cost', budget: { max: 1 },
      });
    });
  }
});
