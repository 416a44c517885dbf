/**
 * Geometry of the loss-vs-step chart: one polyline per walker, linear or logarithmic loss axis,
 * long runs thinned to about one point per pixel column.
 */
import { niceTicks, tickLabels } from '../ticks';
import { formatSig } from './format';
import { linearScale, logScale, type PlotFrame } from './plot-scale';
import type { Walker } from './walker-model';

export const LOSS_FRAME: PlotFrame = { width: 420, height: 190, left: 46, right: 410, top: 10, bottom: 166 };

/**
 * The chart's frame for its box on screen (CSS px) and its tick text size, so the drawing is at
 * 1:1 — ticks as large as the panel's other small text at any width, and a height the panel
 * chooses (a flatter chart at 1024×768, issue 9) — with LOSS_FRAME's margins in tick-text units
 * (4.6 for the loss labels, 2.4 below for the step labels and the axis name). A box not measured
 * yet (0 × 0, or too small to hold the margins) gets LOSS_FRAME.
 */
export function lossFrameFor(width: number, height: number, tickPx: number): PlotFrame {
  const t = Number.isFinite(tickPx) && tickPx > 0 ? tickPx : 10;
  const left = Math.ceil(4.6 * t);
  const right = Math.floor(width - t);
  const top = Math.ceil(t);
  const bottom = Math.floor(height - 2.4 * t);
  if (!(Number.isFinite(width) && Number.isFinite(height)) || right - left < 4 * t || bottom - top < 2 * t) return LOSS_FRAME;
  return { width, height, left, right, top, bottom };
}

export interface LossLine {
  readonly id: string;
  readonly color: string;
  readonly path: string;
  /** End of the line (the last finite loss), for the status marker. */
  readonly end: { readonly x: number; readonly y: number } | null;
  readonly status: Walker['status'];
}

export interface LossChartData {
  readonly lines: readonly LossLine[];
  readonly stepTicks: readonly { readonly pos: number; readonly label: string }[];
  readonly lossTicks: readonly { readonly pos: number; readonly label: string }[];
  /** The log axis was asked for but some loss is ≤ 0, so the chart stayed linear. */
  readonly logRefused: boolean;
  readonly log: boolean;
}

/** Builds the chart for `walkers`; `log` asks for a log-scale loss axis (needs every loss > 0). */
export function buildLossChart(walkers: readonly Walker[], log: boolean, frame: PlotFrame = LOSS_FRAME): LossChartData {
  let maxStep = 10;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let positive = true;
  for (const w of walkers) {
    maxStep = Math.max(maxStep, w.stepCount);
    for (let k = 0; k <= w.stepCount; k++) {
      const v = w.losses[k] ?? Number.NaN;
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (v <= 0) positive = false;
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  const useLog = log && positive;
  let y: (v: number) => number;
  let lossTicks: { pos: number; label: string }[];
  if (useLog) {
    const l0 = 10 ** Math.floor(Math.log10(lo));
    const l1 = 10 ** Math.max(Math.ceil(Math.log10(hi)), Math.floor(Math.log10(lo)) + 1);
    y = logScale(l0, l1, frame.bottom, frame.top);
    const decades = Math.round(Math.log10(l1 / l0));
    const every = Math.max(1, Math.ceil(decades / 6));
    lossTicks = [];
    for (let d = 0; d <= decades; d += every) {
      const v = l0 * 10 ** d;
      lossTicks.push({ pos: y(v), label: formatSig(v, 2) });
    }
  } else {
    if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
      lo -= 1;
      hi += 1;
    }
    const pad = (hi - lo) * 0.05;
    y = linearScale(lo - pad, hi + pad, frame.bottom, frame.top);
    const t = niceTicks(lo - pad, hi + pad, 5);
    const labels = tickLabels(t);
    lossTicks = t.values.map((v, i) => ({ pos: y(v), label: labels[i] ?? '' }));
  }
  const x = linearScale(0, maxStep, frame.left, frame.right);
  const stride = Math.max(1, Math.floor(maxStep / (frame.right - frame.left)));
  const lines = walkers.map((w): LossLine => {
    let d = '';
    let pen = false;
    let end: { x: number; y: number } | null = null;
    for (let k = 0; k <= w.stepCount; k++) {
      // Thin long runs but always keep the last point, where the status marker sits.
      if (k % stride !== 0 && k !== w.stepCount) continue;
      const v = w.losses[k] ?? Number.NaN;
      const py = y(v);
      if (!Number.isFinite(py)) {
        pen = false;
        continue;
      }
      const px = x(k);
      d += `${pen ? 'L' : 'M'}${Math.round(px * 100) / 100} ${Math.round(py * 100) / 100}`;
      pen = true;
      end = { x: px, y: py };
    }
    return { id: w.id, color: w.color, path: d, end, status: w.status };
  });
  const st = niceTicks(0, maxStep, 6);
  return {
    lines,
    stepTicks: st.values.filter((v) => Number.isInteger(v)).map((v) => ({ pos: x(v), label: String(v) })),
    lossTicks,
    logRefused: log && !positive,
    log: useLog,
  };
}
