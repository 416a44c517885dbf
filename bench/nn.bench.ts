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
