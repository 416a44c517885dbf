import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { computeSurface, type SurfaceRequest } from './loss-surface-protocol';
import { templateDoc } from './templates';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('loss surface computation', () => {
  it('the deck single-example surface equals ½(σ(w₁x₁ + w₂x₂) − y)² at every grid point', () => {
    const req: SurfaceRequest = {
      id: 1, graph: deckNetwork().graph, dataset: 'example', paramA: 'w1', paramB: 'w2',
      rangeA: [-2, 2], rangeB: [-1, 3], resolutions: [9],
    };
    const g = computeSurface(req, 9);
    if (!g.ok) throw new Error(g.error.en);
    expect(g.value.samples).toHaveLength(81);
    for (let j = 0; j < 9; j++) {
      for (let i = 0; i < 9; i++) {
        const w1 = -2 + i * 0.5;
        const w2 = -1 + j * 0.5;
        const expected = 0.5 * (sigmoid(w1 * 1 + w2 * 2) - 1) ** 2;
        expect(g.value.samples[j * 9 + i]).toBeCloseTo(expected, 6);
      }
    }
    expect(g.value.min).toBeLessThanOrEqual(g.value.max);
  });

  it('computes a finite XOR surface over two first-layer weights', () => {
    const doc = templateDoc('xor');
    const req: SurfaceRequest = {
      id: 1, graph: doc.graph, dataset: 'xor', paramA: 'w1_1_1', paramB: 'w1_1_2',
      rangeA: [-3, 3], rangeB: [-3, 3], resolutions: [16],
    };
    const g = computeSurface(req, 16);
    if (!g.ok) throw new Error(g.error.en);
    expect(Array.from(g.value.samples).every(Number.isFinite)).toBe(true);
    expect(g.value.max).toBeGreaterThan(g.value.min);
  });

  it('refuses an unknown parameter and a dataset that does not fit', () => {
    const base: SurfaceRequest = {
      id: 1, graph: deckNetwork().graph, dataset: 'example', paramA: 'w1', paramB: 'nope',
      rangeA: [0, 1], rangeB: [0, 1], resolutions: [4],
    };
    expect(computeSurface(base, 4).ok).toBe(false);
    const neuron = templateDoc('neuron').graph;
    const threeInputs = { nodes: [...neuron.nodes, { id: 'x9', op: 'input' as const, inputs: [], name: 'x₉', value: 0 }] };
    expect(computeSurface({ ...base, graph: threeInputs, dataset: 'xor', paramA: 'w1', paramB: 'w2' }, 4).ok).toBe(false);
  });
});
