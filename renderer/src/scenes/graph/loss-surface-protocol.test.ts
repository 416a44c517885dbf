import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { BandMerger, bandRows, computeSurface, prepareSurface, type SurfaceRequest } from './loss-surface-protocol';
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

describe('worker pool: bands of rows merged into whole grids', () => {
  const req: SurfaceRequest = {
    id: 1, graph: templateDoc('xor').graph, dataset: 'xor', paramA: 'w1_1_1', paramB: 'w1_1_2',
    rangeA: [-3, 3], rangeB: [-3, 3], resolutions: [5, 12],
  };

  it('bands cover every row exactly once, for any pool size', () => {
    for (const rows of [1, 2, 5, 12, 32, 128]) {
      for (const count of [1, 2, 3, 4, 8]) {
        const seen = new Array<number>(rows).fill(0);
        for (let k = 0; k < count; k++) {
          const { from, to } = bandRows(rows, k, count);
          for (let j = from; j < to; j++) seen[j] = (seen[j] ?? 0) + 1;
        }
        expect(seen.every((c) => c === 1), `${rows} rows, ${count} bands`).toBe(true);
      }
    }
  });

  it('three workers’ bands, arriving out of order, give the grids one computation gives, coarse first', () => {
    const prep = prepareSurface(req);
    if (!prep.ok) throw new Error(prep.error.en);
    const bands: { resolution: number; from: number; to: number; values: Float64Array }[] = [];
    for (const resolution of req.resolutions) {
      for (let k = 0; k < 3; k++) {
        const { from, to } = bandRows(resolution, k, 3);
        const out = new Float64Array(resolution * resolution);
        if (!prep.value(resolution, out, from, to).ok) throw new Error('band failed');
        bands.push({ resolution, from, to, values: out.slice(from * resolution, to * resolution) });
      }
    }
    // The fine grid's bands first, then the coarse ones in reverse: delivery must still be in order.
    const order = [3, 5, 4, 2, 1, 0];
    const merger = new BandMerger(req.resolutions);
    const delivered: { resolution: number; final: boolean; samples: number[] }[] = [];
    for (const i of order) {
      const b = bands[i];
      if (!b) throw new Error('missing band');
      for (const d of merger.add(b.resolution, b.from, b.to, b.values)) {
        delivered.push({ resolution: d.grid.resolution, final: d.final, samples: Array.from(d.grid.samples) });
      }
    }
    expect(delivered.map((d) => [d.resolution, d.final])).toEqual([[5, false], [12, true]]);
    for (const d of delivered) {
      const whole = computeSurface(req, d.resolution);
      if (!whole.ok) throw new Error(whole.error.en);
      expect(d.samples).toEqual(Array.from(whole.value.samples));
    }
  });
});
