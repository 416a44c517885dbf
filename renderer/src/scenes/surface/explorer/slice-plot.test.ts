import { describe, expect, it } from 'vitest';
import { buildSlicePlot, SLICE_FRAME } from './slice-plot';
import type { PointValues } from './point-model';
import { linearScale } from './plot-scale';

const domain = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };

function pv(a: number, b: number, f: number, fx: number, fy: number): PointValues {
  return { a, b, f, fx, fy, gradNorm: Math.hypot(fx, fy), defined: true };
}

/** Parses "M x y L x y …" into points (NaN-free by construction). */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.e+-]+) (-?[\d.e+-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('buildSlicePlot', () => {
  it('places the point, and the tangent passes through it with the right slope', () => {
    // f = x² + y² at (1, 2): f = 5, ∂f/∂x = 2, ∂f/∂y = 4.
    const f = (x: number, y: number) => x * x + y * y;
    const plot = buildSlicePlot(f, 'x', pv(1, 2, 5, 2, 4), domain);
    const sx = linearScale(-2, 2, SLICE_FRAME.left, SLICE_FRAME.right);
    const sy = linearScale(plot.zLo, plot.zHi, SLICE_FRAME.bottom, SLICE_FRAME.top);
    expect(plot.point?.x).toBeCloseTo(sx(1), 9);
    expect(plot.point?.y).toBeCloseTo(sy(5), 9);
    const [[x0, y0] = [0, 0], [x1, y1] = [0, 0]] = points(plot.tangent);
    // Slope in data units, recovered from pixels: (Δz/Δx) = 2.
    const dz = (y1 - y0) * ((plot.zHi - plot.zLo) / (SLICE_FRAME.top - SLICE_FRAME.bottom));
    const dx = (x1 - x0) * (4 / (SLICE_FRAME.right - SLICE_FRAME.left));
    expect(dz / dx).toBeCloseTo(2, 9);
    // Curve is one unbroken run from x = −2 to 2 (f(x, 2) = x² + 4 ∈ [4, 8]).
    expect((plot.curve.match(/M/g) ?? []).length).toBe(1);
    expect(plot.zLo).toBeLessThan(4);
  });

  it('labels every tick with its exact value (a 2.5 step keeps its decimal)', () => {
    // x² + y² on x ∈ [−3, 3] at y = 0.5 spans about 0.25 … 9.25: ticks every 2.5.
    const plot = buildSlicePlot((x, y) => x * x + y * y, 'x', pv(1, 0.5, 1.25, 2, 1), { ...domain, xMin: -3, xMax: 3 });
    const sy = linearScale(plot.zLo, plot.zHi, SLICE_FRAME.bottom, SLICE_FRAME.top);
    expect(plot.zTicks.map((t) => t.label)).toContain('2.5');
    for (const t of plot.zTicks) expect(sy(Number(t.label.replace('−', '-')))).toBeCloseTo(t.pos, 9);
  });

  it('y-slice uses the y range and ∂f/∂y', () => {
    const f = (x: number, y: number) => x * y;
    const plot = buildSlicePlot(f, 'y', pv(2, 0, 0, 0, 2), domain);
    const pts = points(plot.curve);
    expect(pts[0]?.[0]).toBeCloseTo(SLICE_FRAME.left, 6);
    expect(plot.tTicks.map((t) => t.label)).toContain('3');
    expect(plot.zeroY).not.toBeNull();
  });

  it('breaks the curve at a pole and leaves out an undefined point', () => {
    const f = (x: number) => 1 / x;
    const plot = buildSlicePlot(f, 'x', pv(1, 0, 1, -1, 0), domain, SLICE_FRAME, 301);
    expect((plot.curve.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(plot.curve).not.toMatch(/NaN|Infinity/);
    const none = buildSlicePlot(() => Number.NaN, 'x', { a: 0, b: 0, f: NaN, fx: NaN, fy: NaN, gradNorm: NaN, defined: false }, domain);
    expect(none.point).toBeNull();
    expect(none.tangent).toBe('');
    expect(none.curve).toBe('');
  });
});
