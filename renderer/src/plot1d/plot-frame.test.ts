import { describe, expect, it } from 'vitest';
import { estimateTextWidth, mustShowY, plotLayout, resolveView, tickLabels, type FrameCache } from './plot-frame';
import type { PlotLayer } from './plot-types';

describe('resolveView', () => {
  it('keeps given y bounds', () => {
    expect(resolveView({ xMin: -1, xMax: 2, yMin: -3, yMax: 4 }, [])).toEqual({ xMin: -1, xMax: 2, yMin: -3, yMax: 4 });
  });

  it('frames x² on [−2, 2] around [0, 4] with a small margin', () => {
    const v = resolveView({ xMin: -2, xMax: 2 }, [{ id: 'f', kind: 'curve', f: (x) => x * x }]);
    expect(v.yMin).toBeLessThan(0.05);
    expect(v.yMin).toBeGreaterThan(-0.5);
    expect(v.yMax).toBeGreaterThan(3.7);
    expect(v.yMax).toBeLessThan(4.5);
  });

  it('is not flattened by a pole (1/x) and keeps markers on screen', () => {
    const layers: PlotLayer[] = [
      { id: 'f', kind: 'curve', f: (x) => 1 / x },
      { id: 'm', kind: 'markers', points: [[1, 30]] },
    ];
    const v = resolveView({ xMin: -4, xMax: 4 }, layers);
    expect(v.yMax).toBeGreaterThanOrEqual(30);
    // Robust quantiles: the ±10⁴ values next to 0 do not set the frame.
    expect(v.yMin).toBeGreaterThan(-100);
  });

  it('with a cache, frames a moved marker without evaluating the same curve again, and gives the same view', () => {
    let calls = 0;
    const f = (x: number): number => {
      calls++;
      return x * x;
    };
    const cache: FrameCache = new WeakMap();
    const at = (m: number): PlotLayer[] => [{ id: 'f', kind: 'curve', f }, { id: 'm', kind: 'markers', points: [[1, m]] }];
    const a = resolveView({ xMin: -2, xMax: 2 }, at(1), cache);
    const first = calls;
    expect(first).toBeGreaterThan(100);
    const b = resolveView({ xMin: -2, xMax: 2 }, at(9), cache);
    expect(calls).toBe(first);
    expect(b).toEqual(resolveView({ xMin: -2, xMax: 2 }, at(9)));
    expect(a).toEqual(resolveView({ xMin: -2, xMax: 2 }, at(1)));
    // A new window is a new sampling.
    resolveView({ xMin: -3, xMax: 2 }, at(1), cache);
    expect(calls).toBeGreaterThan(3 * first);
  });

  it('fills only the missing bound', () => {
    const v = resolveView({ xMin: 0, xMax: 1, yMin: 0 }, [{ id: 'f', kind: 'curve', f: (x) => 10 * x }]);
    expect(v.yMin).toBe(0);
    expect(v.yMax).toBeGreaterThan(9.5);
  });

  it('repairs a reversed or empty x range', () => {
    const v = resolveView({ xMin: 2, xMax: 1, yMin: 0, yMax: 1 }, []);
    expect(v.xMax).toBeGreaterThan(v.xMin);
  });
});

describe('mustShowY', () => {
  it('collects markers, segment ends, line points, h-lines and band edges inside the x range', () => {
    const ys = mustShowY(
      [
        { id: 'm', kind: 'markers', points: [[0, 5], [9, 99]] },
        { id: 's', kind: 'segment', from: [0, -2], to: [1, 3] },
        { id: 'l', kind: 'line', point: [0.5, 7], slope: 1 },
        { id: 'h', kind: 'hline', y: -4 },
        { id: 'b', kind: 'hband', y0: 1, y1: 2 },
        { id: 'v', kind: 'vline', x: 0 },
      ],
      0,
      1,
    );
    expect(ys.sort((a, b) => a - b)).toEqual([-4, -2, 1, 2, 3, 5, 7]);
  });
});

describe('tickLabels', () => {
  it('uses the usual labels when they are distinct', () => {
    expect(tickLabels([-1, -0.5, 0, 0.5, 1], 1)).toEqual(['−1.0', '−0.5', '0', '0.5', '1.0']);
  });
  it('adds digits until labels at huge magnitudes differ', () => {
    const values = [1000000, 1000000.5, 1000001];
    const labels = tickLabels(values, 1);
    expect(new Set(labels).size).toBe(3);
    labels.forEach((l, i) => expect(Number(l.replace('−', '-'))).toBeCloseTo(values[i] ?? 0, 3));
  });
});

describe('plotLayout', () => {
  const view = { xMin: -3, xMax: 3, yMin: -1, yMax: 9 };
  it('maps the view onto the plot area (y up) and inverts exactly', () => {
    const l = plotLayout(view, 600, 400, 12, { x: 'x', y: 'y' });
    expect(l.scales.x(-3)).toBeCloseTo(l.left, 9);
    expect(l.scales.x(3)).toBeCloseTo(l.right, 9);
    expect(l.scales.y(-1)).toBeCloseTo(l.bottom, 9);
    expect(l.scales.y(9)).toBeCloseTo(l.top, 9);
    expect(l.scales.invertX(l.scales.x(1.234))).toBeCloseTo(1.234, 9);
    expect(l.scales.invertY(l.scales.y(-0.7))).toBeCloseTo(-0.7, 9);
    expect(l.left).toBeGreaterThan(0);
    expect(l.right).toBeLessThan(600);
    expect(l.bottom).toBeLessThan(400);
  });
  it('places ticks at nice values inside the view, at their scaled positions', () => {
    const l = plotLayout(view, 600, 400, 12);
    for (const t of l.xTicks) {
      expect(t.value).toBeGreaterThanOrEqual(-3);
      expect(t.value).toBeLessThanOrEqual(3);
      expect(t.pos).toBeCloseTo(l.scales.x(t.value), 9);
    }
    expect(l.yTicks.map((t) => t.value)).toContain(0);
    expect(l.xTicks.length).toBeGreaterThanOrEqual(3);
  });
  it('fits the left margin to the widest y label and reserves legend rows on top', () => {
    const narrow = plotLayout({ xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, 600, 400, 12);
    const wide = plotLayout({ xMin: 0, xMax: 1, yMin: -12345, yMax: 12345 }, 600, 400, 12);
    expect(wide.left).toBeGreaterThan(narrow.left);
    const withLegend = plotLayout(view, 600, 400, 12, {}, 2);
    expect(withLegend.top).toBeGreaterThanOrEqual(2 * 12 * 1.5);
  });
});

describe('estimateTextWidth', () => {
  it('counts CJK characters as a full em', () => {
    expect(estimateTextWidth('切线', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBe(12);
  });
});
