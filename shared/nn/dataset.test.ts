import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset';
import { circlesDataset, linearlySeparableDataset, regression1DDataset, twoMoonsDataset, xorDataset } from './dataset';

const points = (d: Dataset): [number, number, number][] =>
  Array.from({ length: d.size }, (_, i) => [d.features[2 * i] ?? NaN, d.features[2 * i + 1] ?? NaN, d.targets[i] ?? NaN]);

describe('datasets', () => {
  it('have the requested size, shape and are reproducible from the seed', () => {
    for (const make of [xorDataset, twoMoonsDataset, circlesDataset, linearlySeparableDataset]) {
      const a = make({ size: 37, seed: 5 });
      expect(a.size).toBe(37);
      expect(a.dim).toBe(2);
      expect(a.features).toHaveLength(74);
      expect(a.targets).toHaveLength(37);
      expect([...a.targets].every((t) => t === 0 || t === 1)).toBe(true);
      expect(make({ size: 37, seed: 5 })).toEqual(a);
      expect(make({ size: 37, seed: 6 }).features).not.toEqual(a.features);
    }
  });

  it('XOR without noise labels 1 exactly where the signs differ, away from the axes', () => {
    for (const [x, y, t] of points(xorDataset({ size: 300, noise: 0, seed: 2 }))) {
      expect(t).toBe(x * y < 0 ? 1 : 0);
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('circles without noise lie exactly on radius 1 (class 0) and factor (class 1), balanced', () => {
    const d = circlesDataset({ size: 200, noise: 0, factor: 0.3 });
    for (const [x, y, t] of points(d)) expect(Math.hypot(x, y)).toBeCloseTo(t === 0 ? 1 : 0.3, 12);
    expect([...d.targets].filter((t) => t === 1)).toHaveLength(100);
  });

  it('moons without noise lie on their arcs', () => {
    for (const [x, y, t] of points(twoMoonsDataset({ size: 200, noise: 0 }))) {
      if (t === 0) {
        expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
        expect(y).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.hypot(x - 1, y - 0.5)).toBeCloseTo(1, 12);
        expect(y).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('linearly separable blobs are split by x + y = 0 at low noise', () => {
    for (const [x, y, t] of points(linearlySeparableDataset({ size: 200, noise: 0.2, seed: 9 }))) {
      // 0.2 noise: a point crosses only beyond 5σ of the projected jitter (σ·√2 ≈ 0.28 vs √2 ≈ 1.41).
      expect(t === 1 ? x + y > 0 : x + y < 0).toBe(true);
    }
  });

  it('1-D regression follows sin(πx) with noise of the requested size', () => {
    const d = regression1DDataset({ size: 2000, noise: 0.1, seed: 4 });
    expect(d.dim).toBe(1);
    let s2 = 0;
    for (let i = 0; i < d.size; i++) {
      const x = d.features[i] ?? NaN;
      expect(x >= -1 && x < 1).toBe(true);
      s2 += ((d.targets[i] ?? NaN) - Math.sin(Math.PI * x)) ** 2;
    }
    expect(Math.sqrt(s2 / d.size)).toBeCloseTo(0.1, 2);
    const exact = regression1DDataset({ size: 10, noise: 0, fn: (x) => 2 * x + 1 });
    for (let i = 0; i < 10; i++) expect(exact.targets[i]).toBe(2 * (exact.features[i] ?? NaN) + 1);
  });
});
