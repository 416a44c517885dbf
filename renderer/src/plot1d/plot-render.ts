/**
 * Layers → pixel geometry with resolved colours and widths: everything Plot1D.svelte draws, as
 * plain data (so the geometry is unit-tested without a DOM and the component stays a thin view).
 */
import { curveMarks, polylinePath, signStretches } from './curve-path';
import { arrowHead, clipSegment, crossPath, diamondPoints, labelPlacement, linePixels, type Rect } from './plot-geometry';
import type { PlotLayout } from './plot-frame';
import { textWidth } from './plot-frame';
import { resolveColor, type PlotTheme } from './plot-theme';
import type { CurveLayer, MarkerShape, PlotLayer } from './plot-types';
import { sampleCurve, type SampledCurve } from './sample-curve';

interface Stroke {
  readonly color: string;
  readonly width: number;
  readonly dash: string | undefined;
  readonly opacity: number;
}

export interface CurveGeometry extends Stroke {
  readonly kind: 'curve';
  readonly id: string;
  /** One path per colour (several when colorBySign splits the curve). */
  readonly paths: readonly { readonly d: string; readonly color: string }[];
  /** Holes (open) and values at holes/jumps (filled), in px, inside the plot area only. */
  readonly marks: readonly { readonly x: number; readonly y: number; readonly filled: boolean; readonly dataX: number; readonly dataY: number }[];
  readonly markRadius: number;
}

export interface StrokeGeometry extends Stroke {
  readonly kind: 'stroke';
  readonly id: string;
  readonly d: string;
  /** Arrow head polygon (segments with arrow: true). */
  readonly arrow: string | null;
}

export interface BandGeometry extends Stroke {
  readonly kind: 'band';
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fillOpacity: number;
  /** The two edges of the band, drawn as thin lines. */
  readonly edges: string;
}

export interface MarkersGeometry extends Stroke {
  readonly kind: 'markers';
  readonly id: string;
  readonly shape: MarkerShape;
  readonly r: number;
  readonly items: readonly {
    readonly x: number;
    readonly y: number;
    /** Shape geometry: polygon points (diamond) or path data (cross); circles use x, y, r. */
    readonly shapeData: string;
    readonly text: string | null;
    readonly tx: number;
    readonly ty: number;
    readonly anchor: 'start' | 'end';
  }[];
}

export type LayerGeometry = CurveGeometry | StrokeGeometry | BandGeometry | MarkersGeometry;

export const DEFAULT_WIDTH = 2.5;
export const DASHED = '7 5';

/** Stroke width in px: the layer's (default 2.5) × the theme/zoom factor, never under 1. */
export function strokeWidth(l: PlotLayer, theme: PlotTheme, fallback = DEFAULT_WIDTH): number {
  return Math.max(1, (l.width ?? fallback) * theme.lineScale);
}

/** Scales a dash pattern with the stroke so it keeps its look on a projector. */
export function scaleDash(dash: string | undefined, k: number): string | undefined {
  if (!dash) return undefined;
  const parts = dash.split(/[\s,]+/).map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return dash;
  return parts.map((p) => Math.round(p * k * 10) / 10).join(' ');
}

/**
 * A per-plot memory of the last sampling of each curve function, so dragging a tangent point
 * (new layers array, same f) does not resample every curve on every pointer move.
 */
export type SampleCache = WeakMap<(x: number) => number, { readonly key: string; readonly sampled: SampledCurve }>;

/** Samples a curve for the layout's view and plot-area size (reusing `cache` when nothing changed). */
export function sampleLayer(l: CurveLayer, layout: PlotLayout, cache?: SampleCache): SampledCurve {
  const v = layout.scales.view;
  const key = [v.xMin, v.xMax, v.yMin, v.yMax, layout.right - layout.left, layout.bottom - layout.top, l.maxSamples ?? '', ...(l.breaks ?? [])].join(',');
  const hit = cache?.get(l.f);
  if (hit && hit.key === key) return hit.sampled;
  const sampled = sampleCurveIn(l, layout);
  cache?.set(l.f, { key, sampled });
  return sampled;
}

function sampleCurveIn(l: CurveLayer, layout: PlotLayout): SampledCurve {
  const v = layout.scales.view;
  return sampleCurve(l.f, {
    xMin: v.xMin,
    xMax: v.xMax,
    yMin: v.yMin,
    yMax: v.yMax,
    pixelWidth: Math.max(10, layout.right - layout.left),
    pixelHeight: Math.max(10, layout.bottom - layout.top),
    breaks: l.breaks ?? [],
    ...(l.maxSamples === undefined ? {} : { maxSamples: l.maxSamples }),
    ...(l.fMany === undefined ? {} : { fMany: l.fMany }),
  });
}

/** Colour, stroke width and dash of a layer as drawn (shared by the drawing and the legend). */
export function layerStyle(l: PlotLayer, theme: PlotTheme): { readonly color: string; readonly width: number; readonly dash: string | undefined } {
  const k = theme.lineScale;
  switch (l.kind) {
    case 'curve':
      return { color: resolveColor(l.color, 'curve', theme), width: strokeWidth(l, theme), dash: scaleDash(l.dash, k) };
    case 'line':
    case 'segment':
      return { color: resolveColor(l.color, 'accent', theme), width: strokeWidth(l, theme, 2), dash: scaleDash(l.dash, k) };
    case 'vline':
    case 'hline':
      return { color: resolveColor(l.color, 'muted', theme), width: strokeWidth(l, theme, 2), dash: scaleDash(l.dash ?? DASHED, k) };
    case 'hband':
    case 'vband':
      return { color: resolveColor(l.color, l.kind === 'hband' ? 'band' : 'secondary', theme), width: strokeWidth(l, theme, 1.5), dash: scaleDash(l.dash ?? DASHED, k) };
    case 'markers':
      return { color: resolveColor(l.color, 'accent', theme), width: strokeWidth(l, theme, 2), dash: undefined };
    default:
      return { color: theme.text, width: 1, dash: undefined };
  }
}

export function layerGeometry(l: PlotLayer, layout: PlotLayout, theme: PlotTheme, sampled: SampledCurve | null): LayerGeometry | null {
  const s = layout.scales;
  const v = s.view;
  const area: Rect = { left: s.left, right: s.right, top: s.top, bottom: s.bottom };
  // Strokes end a little outside the area so the clip path, not the geometry, gives the edge.
  const pad = 8;
  const wide: Rect = { left: s.left - pad, right: s.right + pad, top: s.top - pad, bottom: s.bottom + pad };
  const opacity = l.opacity ?? 1;
  const k = theme.lineScale;
  const { color, width, dash } = layerStyle(l, theme);
  switch (l.kind) {
    case 'curve': {
      const base = color;
      const data = sampled ?? sampleLayer(l, layout);
      let paths: { d: string; color: string }[];
      if (l.colorBySign) {
        const groups = new Map<string, SampledCurve['runs'][number][]>();
        for (const st of signStretches(data.runs, l.colorBySign)) {
          const c = st.sign > 0 ? resolveColor('positive', 'positive', theme) : st.sign < 0 ? resolveColor('negative', 'negative', theme) : base;
          const list = groups.get(c) ?? [];
          list.push(st.run);
          groups.set(c, list);
        }
        paths = [...groups].map(([color, runs]) => ({ color, d: polylinePath(runs, s.x, s.y, s.top, s.bottom) }));
      } else paths = [{ color: base, d: polylinePath(data.runs, s.x, s.y, s.top, s.bottom) }];
      const tolY = (0.5 * (v.yMax - v.yMin)) / Math.max(1, s.bottom - s.top);
      const marks = curveMarks(data, tolY)
        .filter((m) => m.x >= v.xMin && m.x <= v.xMax && m.y >= v.yMin && m.y <= v.yMax)
        .map((m) => ({ x: s.x(m.x), y: s.y(m.y), filled: m.filled, dataX: m.x, dataY: m.y }));
      return { kind: 'curve', id: l.id, paths, marks, markRadius: Math.max(4, width * 1.7), color, width, dash, opacity };
    }
    case 'line': {
      const c = linePixels(l.point, l.slope, v.xMin, v.xMax, s.x, s.y, wide);
      return { kind: 'stroke', id: l.id, d: c ? segD(c) : '', arrow: null, color, width, dash, opacity };
    }
    case 'segment': {
      const x0 = s.x(l.from[0]);
      const y0 = s.y(l.from[1]);
      const x1 = s.x(l.to[0]);
      const y1 = s.y(l.to[1]);
      const head = l.arrow ? arrowHead(x0, y0, x1, y1, width) : null;
      const end = head ? head.shaftEnd : ([x1, y1] as const);
      const c = clipSegment(x0, y0, end[0], end[1], wide);
      return { kind: 'stroke', id: l.id, d: c ? segD(c) : '', arrow: head?.points ?? null, color, width, dash, opacity };
    }
    case 'vline': {
      const x = s.x(l.x);
      const visible = l.x >= v.xMin && l.x <= v.xMax;
      return { kind: 'stroke', id: l.id, d: visible ? `M${r2(x)} ${area.top}L${r2(x)} ${area.bottom}` : '', arrow: null, color, width, dash, opacity };
    }
    case 'hline': {
      const y = s.y(l.y);
      const visible = l.y >= v.yMin && l.y <= v.yMax;
      return { kind: 'stroke', id: l.id, d: visible ? `M${area.left} ${r2(y)}L${area.right} ${r2(y)}` : '', arrow: null, color, width, dash, opacity };
    }
    case 'hband':
    case 'vband': {
      let x: number;
      let y: number;
      let w: number;
      let h: number;
      let edges = '';
      if (l.kind === 'hband') {
        const a = s.y(Math.max(l.y0, l.y1));
        const b = s.y(Math.min(l.y0, l.y1));
        y = clamp(a, area.top, area.bottom);
        h = clamp(b, area.top, area.bottom) - y;
        x = area.left;
        w = area.right - area.left;
        for (const e of [a, b]) if (e >= area.top && e <= area.bottom) edges += `M${area.left} ${r2(e)}L${area.right} ${r2(e)}`;
      } else {
        const a = s.x(Math.min(l.x0, l.x1));
        const b = s.x(Math.max(l.x0, l.x1));
        x = clamp(a, area.left, area.right);
        w = clamp(b, area.left, area.right) - x;
        y = area.top;
        h = area.bottom - area.top;
        for (const e of [a, b]) if (e >= area.left && e <= area.right) edges += `M${r2(e)} ${area.top}L${r2(e)} ${area.bottom}`;
      }
      return { kind: 'band', id: l.id, x, y, w: Math.max(0, w), h: Math.max(0, h), fillOpacity: 0.2 * opacity, edges, color, width, dash, opacity };
    }
    case 'markers': {
      const shape = l.shape ?? 'dot';
      const r = Math.max(2, (l.radius ?? 5) * Math.sqrt(k));
      const items = l.points.flatMap(([px, py], i) => {
        if (!Number.isFinite(px) || !Number.isFinite(py) || px < v.xMin || px > v.xMax || py < v.yMin || py > v.yMax) return [];
        const x = s.x(px);
        const y = s.y(py);
        const text = l.texts?.[i] ?? null;
        const place = labelPlacement(x, y, r, text ? textWidth(text, theme.fontPx) : 0, area, theme.fontPx);
        const shapeData = shape === 'diamond' ? diamondPoints(r2(x), r2(y), r) : shape === 'cross' ? crossPath(r2(x), r2(y), r) : '';
        return [{ x: r2(x), y: r2(y), shapeData, text, tx: r2(place.x), ty: r2(place.y), anchor: place.anchor }];
      });
      return { kind: 'markers', id: l.id, shape, r, items, color, width, dash, opacity };
    }
    default:
      return null;
  }
}

function segD(c: readonly [number, number, number, number]): string {
  return `M${r2(c[0])} ${r2(c[1])}L${r2(c[2])} ${r2(c[3])}`;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
