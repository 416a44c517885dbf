import { describe, expect, it } from 'vitest';
import { deltaWindow, linkedViews } from './chain-views';

describe('linkedViews', () => {
  const g = (x: number) => 3 * x * x + 1;
  const y = (x: number) => g(x) ** 5;
  const v = linkedViews(g, y, -1.2, 1.2, { u: 4, y: 1024 });

  it('shares the u-axis between x → u (vertical) and u → y (horizontal)', () => {
    expect(v.uy.xMin).toBe(v.xu.yMin);
    expect(v.uy.xMax).toBe(v.xu.yMax);
  });
  it('shares the y-axis between u → y and x → y', () => {
    expect(v.uy.yMin).toBe(v.xy.yMin);
    expect(v.uy.yMax).toBe(v.xy.yMax);
  });
  it('contains u = 3x² + 1 over [−1.2, 1.2], i.e. [1, 5.32], and the point', () => {
    expect(v.xu.yMin!).toBeLessThanOrEqual(1);
    expect(v.xu.yMax!).toBeGreaterThan(4);
    expect(v.xu.xMin).toBe(-1.2);
    expect(v.xy.yMax!).toBeGreaterThan(1024);
  });
  it('keeps a pole from flattening the picture', () => {
    const w = linkedViews((x) => 1 / x, (x) => 1 / x, -2, 2, { u: 1, y: 1 });
    expect(w.xu.yMax!).toBeLessThan(1e3);
  });
});

describe('deltaWindow', () => {
  it('puts the step at 62 % of the half-width, either sign', () => {
    expect(deltaWindow(0.031).max).toBeCloseTo(0.05, 15);
    expect(deltaWindow(-0.031).min).toBeCloseTo(-0.05, 15);
  });
  it('never collapses to an empty window', () => {
    const w = deltaWindow(0);
    expect(w.max).toBeGreaterThan(w.min);
  });
});
