/**
 * The windows of the three linked plots, chosen so that they read as one picture: the u-axis of
 * x → u (vertical) is the u-axis of u → y (horizontal), and u → y and x → y share the y-axis.
 * Ranges come from sampling over the x window, robustly (a pole does not flatten everything else),
 * the same way Plot1D frames a curve by itself.
 */
import type { PlotView } from '../../plot1d/plot-types';
import { robustRange } from '../surface/explorer/plot-scale';

export interface LinkedViews {
  readonly xu: PlotView;
  readonly uy: PlotView;
  readonly xy: PlotView;
}

/** Views of x → u, u → y and x → y over [xMin, xMax], each containing the point (x, u, y) when it is finite. */
export function linkedViews(
  g: (x: number) => number,
  y: (x: number) => number,
  xMin: number,
  xMax: number,
  at: { readonly u: number; readonly y: number },
  samples = 401,
): LinkedViews {
  const us = new Float64Array(samples);
  const ys = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const x = xMin + ((xMax - xMin) * i) / (samples - 1);
    us[i] = g(x);
    ys[i] = y(x);
  }
  const [uLo, uHi] = robustRange(us, [at.u]);
  const [yLo, yHi] = robustRange(ys, [at.y]);
  return {
    xu: { xMin, xMax, yMin: uLo, yMax: uHi },
    uy: { xMin: uLo, xMax: uHi, yMin: yLo, yMax: yHi },
    xy: { xMin, xMax, yMin: yLo, yMax: yHi },
  };
}

/**
 * The window of a "change" plot (Δu against Δx, …) around the origin: the step under study sits at
 * 62 % of the half-width, so the curve is seen on both sides of 0 and the window shrinks with Δx.
 */
export function deltaWindow(step: number): { min: number; max: number } {
  const half = Math.abs(step) / 0.62;
  const h = half > 0 && Number.isFinite(half) ? half : 1e-12;
  return { min: -h, max: h };
}
