import { describe, expect, it } from 'vitest';
import { lossChartPath } from './chart-path';

describe('lossChartPath', () => {
  it('maps the first point to the top-left and the lowest to the bottom for a falling loss', () => {
    const p = lossChartPath([4, 2, 1], 100, 50);
    expect(p.points).toBe('0.0,0.0 50.0,33.3 100.0,50.0');
    expect([p.min, p.max]).toEqual([1, 4]);
  });
  it('skips non-finite points and handles flat and empty series', () => {
    expect(lossChartPath([1, Number.NaN, 1], 10, 10).points).toBe('0.0,10.0 10.0,10.0');
    expect(lossChartPath([], 10, 10).points).toBe('');
  });
});
