/**
 * The frame of a plot: the resolved view (automatic y bounds framed robustly around the curves
 * and everything that must be on screen), the margins the tick labels need, the data ↔ pixel
 * scales and the tick marks.
 */
import { linearScale, robustRange } from '../scenes/surface/explorer/plot-scale';
import { formatSig } from '../scenes/surface/explorer/format';
import { formatTick, niceTicks } from '../scenes/surface/ticks';
import type { CurveLayer, PlotLayer, PlotScales, PlotView } from './plot-types';
import { evaluateAll } from './sample-curve';

/** Samples per curve for framing (the drawing itself is sampled adaptively later). */
const FRAME_SAMPLES = 401;

/** y values that must stay visible: markers, segment ends, the point of a line, h-lines and h-bands. */
export function mustShowY(layers: readonly PlotLayer[], xMin: number, xMax: number): number[] {
  const out: number[] = [];
  const inX = (x: number): boolean => x >= xMin && x <= xMax;
  for (const l of layers) {
    switch (l.kind) {
      case 'markers':
        for (const [x, y] of l.points) if (inX(x)) out.push(y);
        break;
      case 'segment':
        if (inX(l.from[0])) out.push(l.from[1]);
        if (inX(l.to[0])) out.push(l.to[1]);
        break;
      case 'line':
        if (inX(l.point[0])) out.push(l.point[1]);
        break;
      case 'hline':
        out.push(l.y);
        break;
      case 'hband':
        out.push(l.y0, l.y1);
        break;
      default:
        break;
    }
  }
  return out.filter(Number.isFinite);
}

/**
 * A per-plot memory of each curve's framing samples, keyed by the function: moving a marker or a
 * tangent (new layers, same f) must not evaluate every curve FRAME_SAMPLES times again.
 */
export type FrameCache = WeakMap<(x: number) => number, { readonly xMin: number; readonly xMax: number; readonly values: readonly number[] }>;

function frameSamples(l: CurveLayer, xMin: number, xMax: number, cache: FrameCache | undefined): readonly number[] {
  const f = l.f;
  const hit = cache?.get(f);
  if (hit && hit.xMin === xMin && hit.xMax === xMax) return hit.values;
  const xs: number[] = [];
  for (let i = 0; i < FRAME_SAMPLES; i++) xs.push(xMin + ((xMax - xMin) * i) / (FRAME_SAMPLES - 1));
  const safe = (x: number): number => {
    try {
      const y = f(x);
      return typeof y === 'number' ? y : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
  const values = Array.from(evaluateAll(xs, safe, l.fMany));
  cache?.set(f, { xMin, xMax, values });
  return values;
}

/** The view with y bounds filled in: given bounds win; missing ones come from a robust range. */
export function resolveView(view: PlotView, layers: readonly PlotLayer[], cache?: FrameCache): Required<PlotView> {
  const xMin = Number.isFinite(view.xMin) ? view.xMin : -1;
  const xMax = Number.isFinite(view.xMax) && view.xMax > xMin ? view.xMax : xMin + 1;
  const yMinGiven = view.yMin !== undefined && Number.isFinite(view.yMin);
  const yMaxGiven = view.yMax !== undefined && Number.isFinite(view.yMax);
  if (yMinGiven && yMaxGiven && (view.yMax ?? 0) > (view.yMin ?? 0)) return { xMin, xMax, yMin: view.yMin ?? 0, yMax: view.yMax ?? 1 };
  const values: number[] = [];
  for (const l of layers) {
    if (l.kind !== 'curve') continue;
    for (const y of frameSamples(l, xMin, xMax, cache)) values.push(y);
  }
  const [lo, hi] = robustRange(values, mustShowY(layers, xMin, xMax));
  let yMin = yMinGiven ? (view.yMin ?? lo) : lo;
  let yMax = yMaxGiven ? (view.yMax ?? hi) : hi;
  if (!(yMax > yMin)) {
    // One given bound on the wrong side of the data: keep it and open a sensible span.
    const span = Math.max(1, hi - lo);
    if (yMinGiven) yMax = yMin + span;
    else yMin = yMax - span;
  }
  return { xMin, xMax, yMin, yMax };
}

export interface Tick {
  readonly value: number;
  /** Pixel position along its axis. */
  readonly pos: number;
  readonly label: string;
}

/** Rough text width (px) without a DOM: CJK characters are square, Latin ones about 0.6 em. */
export function estimateTextWidth(s: string, fontPx: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w * fontPx;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
let measureFamily = 'sans-serif';

/**
 * Text width (px) of `s` at `fontPx` in the page's font, measured on a canvas when there is a
 * DOM (so legends and label margins fit the real text), estimated otherwise.
 */
export function textWidth(s: string, fontPx: number): number {
  if (measureCtx === undefined) {
    measureCtx = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
    if (measureCtx && document.body) measureFamily = getComputedStyle(document.body).fontFamily || measureFamily;
  }
  if (!measureCtx) return estimateTextWidth(s, fontPx);
  // Tick labels repeat from one drawing to the next ("0", "0.2", "−5"): every plot update measured
  // them all again, and assigning `font` makes the canvas parse the font string each time.
  const key = `${fontPx}|${s}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  if (measuredFont !== fontPx) {
    measureCtx.font = `${fontPx}px ${measureFamily}`;
    measuredFont = fontPx;
  }
  const width = measureCtx.measureText(s).width;
  if (measured.size >= MEASURED_MAX) measured.clear();
  measured.set(key, width);
  return width;
}

/** Widths measured so far, by font size and text (a memo, never rendered). */
const measured = new Map<string, number>();
const MEASURED_MAX = 2000;
let measuredFont = Number.NaN;

export interface PlotLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly xStep: number;
  readonly scales: PlotScales;
}

/**
 * Tick labels that tell every tick apart: the usual fixed/exponent form, or, when that repeats
 * (10⁶ + tiny steps prints "1.0e6" five times), as many significant digits as it takes.
 */
export function tickLabels(values: readonly number[], decimals: number): string[] {
  const plain = values.map((v) => formatTick(v, decimals));
  if (new Set(plain).size === plain.length) return plain;
  for (let digits = 3; digits <= 17; digits++) {
    const labels = values.map((v) => formatSig(v, digits));
    if (new Set(labels).size === labels.length) return labels;
  }
  return plain;
}

function ticksFor(min: number, max: number, maxTicks: number, toPx: (v: number) => number): { ticks: Tick[]; step: number } {
  const t = niceTicks(min, max, maxTicks);
  const labels = tickLabels(t.values, t.decimals);
  return { ticks: t.values.map((value, i) => ({ value, pos: toPx(value), label: labels[i] ?? '' })), step: t.step };
}

/** Height of one legend row (px). */
export function legendRowHeight(fontPx: number): number {
  return fontPx * 1.5;
}

/**
 * Margins, ticks and scales for a plot of `width` × `height` CSS px with tick labels of `fontPx`.
 * The left margin fits the widest y label; the top leaves room for the y-axis name and
 * `legendRows` rows of legend, the bottom for the x labels and the x-axis name.
 */
export function plotLayout(
  view: Required<PlotView>,
  width: number,
  height: number,
  fontPx: number,
  names: { readonly x?: string; readonly y?: string } = {},
  legendRows = 0,
): PlotLayout {
  const w = Math.max(60, width);
  const h = Math.max(60, height);
  // The top margin holds the y-axis name and the legend rows (right-aligned beside it).
  const top = Math.round(Math.max(names.y ? fontPx * 1.9 : fontPx * 0.9, legendRows > 0 ? legendRows * legendRowHeight(fontPx) + fontPx * 0.6 : 0));
  const bottom = h - Math.round(fontPx * (names.x ? 3.1 : 2));
  // y ticks do not depend on the left margin: compute them first, then fit the margin to them.
  const yMaxTicks = Math.max(2, Math.floor((bottom - top) / (fontPx * 2.8)));
  const sy = linearScale(view.yMin, view.yMax, bottom, top);
  const y = ticksFor(view.yMin, view.yMax, yMaxTicks, sy);
  const widest = y.ticks.reduce((m, t) => Math.max(m, textWidth(t.label, fontPx)), textWidth('0', fontPx));
  const left = Math.round(Math.min(w * 0.3, widest + fontPx * 0.9));
  const lastX = ticksFor(view.xMin, view.xMax, 8, (v) => v).ticks.at(-1);
  const right = Math.round(w - Math.max(fontPx * 0.8, lastX ? textWidth(lastX.label, fontPx) / 2 + 2 : 0));
  const sx = linearScale(view.xMin, view.xMax, left, right);
  const xMaxTicks = Math.max(2, Math.floor((right - left) / (fontPx * 5.5)));
  const x = ticksFor(view.xMin, view.xMax, xMaxTicks, sx);
  const scales: PlotScales = {
    x: sx,
    y: sy,
    invertX: linearScale(left, right, view.xMin, view.xMax),
    invertY: linearScale(bottom, top, view.yMin, view.yMax),
    view,
    left,
    right,
    top,
    bottom,
  };
  return { width: w, height: h, left, right, top, bottom, xTicks: x.ticks, yTicks: y.ticks, xStep: x.step, scales };
}
