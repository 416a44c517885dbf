/**
 * The chapter's figures as plot layers (data for Plot1D): the walkers with their projections on
 * both axes, the ε and δ bands with the counterexample, the limit-law curves. Pure functions of
 * the analysis, so the picture can be tested without a DOM.
 */
import type { DeltaCheck } from '$shared/calculus';
import { resolveView } from '../../plot1d/plot-frame';
import type { PlotLayer, PlotView } from '../../plot1d/plot-types';
import type { ApproachPoint } from './approach-point';
import type { Instrument } from './epsilon-delta';
import type { LimitAnalysis, TablePoint } from './limit-analysis';
import { rowReached } from './walkers';
import { formatSig } from '../surface/explorer/format';

export const LEFT_COLOR = 'secondary';
export const RIGHT_COLOR = 'positive';

type Fn = (x: number) => number;

/** Where the axes are drawn for projections: y = 0 / x = 0 if visible, else the frame's edges. */
function axesOf(view: Required<PlotView>): { readonly baseY: number; readonly axisX: number } {
  const baseY = view.yMin < 0 && view.yMax > 0 ? 0 : view.yMin;
  const axisX = view.xMin < 0 && view.xMax > 0 ? 0 : view.xMin;
  return { baseY, axisX };
}

const inside = (v: number, lo: number, hi: number): boolean => Number.isFinite(v) && v >= lo && v <= hi;

/**
 * One walker: the point on the x axis, the dashed way up to the graph and across to the y axis,
 * and its image on the y axis. Off-chart values (a pole) get an arrow at the frame's edge instead.
 */
function walkerLayers(id: string, w: TablePoint, color: string, label: string, view: Required<PlotView>): PlotLayer[] {
  if (!inside(w.x, view.xMin, view.xMax)) return [];
  const { baseY, axisX } = axesOf(view);
  const out: PlotLayer[] = [{ kind: 'markers', id: `${id}-on-x`, points: [[w.x, baseY]], shape: 'diamond', color, radius: 5 }];
  if (inside(w.fx, view.yMin, view.yMax)) {
    out.push(
      { kind: 'segment', id: `${id}-up`, from: [w.x, baseY], to: [w.x, w.fx], color, width: 1.3, dash: '4 3' },
      { kind: 'segment', id: `${id}-across`, from: [w.x, w.fx], to: [axisX, w.fx], color, width: 1.3, dash: '4 3' },
      { kind: 'markers', id: `${id}-on-y`, points: [[axisX, w.fx]], shape: 'diamond', color, radius: 5 },
      { kind: 'markers', id, points: [[w.x, w.fx]], shape: 'dot', color, radius: 6.5, label },
    );
  } else if (Number.isFinite(w.fx) || Math.abs(w.fx) === Infinity) {
    // f(x) is off the chart: an arrow up (or down) along the walker's vertical, pointing at it.
    const up = w.fx > view.yMax;
    const span = view.yMax - view.yMin;
    const edge = up ? view.yMax : view.yMin;
    out.push({ kind: 'segment', id: `${id}-off`, from: [w.x, edge - (up ? 0.12 : -0.12) * span], to: [w.x, edge - (up ? 0.01 : -0.01) * span], color, width: 2.5, arrow: true, label });
  }
  return out;
}

export interface ApproachFigure {
  readonly f: Fn;
  readonly point: ApproachPoint;
  readonly view: PlotView;
  readonly analysis: LimitAnalysis | null;
  readonly walkers: { readonly left?: TablePoint; readonly right?: TablePoint };
  readonly progress: number;
  readonly labels: { readonly curve: string; readonly name: string; readonly limit: string; readonly left: string; readonly right: string };
}

/**
 * The opening picture: the graph, x = a, y = L, the rows passed as a fading trail, and the
 * walkers. The window is resolved here (y framed around the graph) and handed to the plot as is,
 * so the projections end exactly on the drawn axes.
 */
export function approachLayers(fig: ApproachFigure): { readonly view: Required<PlotView>; readonly layers: PlotLayer[] } {
  const { point, analysis } = fig;
  const base: PlotLayer[] = [];
  if (point.kind === 'finite') base.push({ kind: 'vline', id: 'a', x: point.a, color: 'muted', width: 1.5 });
  if (analysis?.verdict === 'exists' && analysis.value !== undefined) {
    base.push({ kind: 'hline', id: 'L', y: analysis.value, color: 'accent', width: 1.8, label: fig.labels.limit });
  }
  base.push({
    kind: 'curve',
    id: 'f',
    f: fig.f,
    color: 'curve',
    label: fig.labels.curve,
    name: fig.labels.name,
    ...(point.kind === 'finite' ? { breaks: [point.a] } : {}),
  });
  const view = resolveView(fig.view, base);
  const out = [...base];
  // The rows already passed, as a fading trail of points on the graph.
  // The deck's "series of points": every row passed leaves its x on the x axis, its image on the
  // y axis and its point on the graph, faded, so the two sequences are seen converging.
  const reached = rowReached(fig.progress);
  if (analysis && reached >= 0) {
    const { baseY, axisX } = axesOf(view);
    for (const side of ['left', 'right'] as const) {
      const color = side === 'left' ? LEFT_COLOR : RIGHT_COLOR;
      const passed = analysis.rows
        .slice(0, reached + 1)
        .map((r) => r[side])
        .filter((p): p is TablePoint => p !== undefined && inside(p.x, view.xMin, view.xMax));
      const onCurve = passed.filter((p) => inside(p.fx, view.yMin, view.yMax));
      if (passed.length > 0) out.push({ kind: 'markers', id: `trail-${side}-x`, points: passed.map((p) => [p.x, baseY] as const), shape: 'diamond', color, radius: 3.5, opacity: 0.5 });
      if (onCurve.length > 0) {
        out.push({ kind: 'markers', id: `trail-${side}-y`, points: onCurve.map((p) => [axisX, p.fx] as const), shape: 'diamond', color, radius: 3.5, opacity: 0.5 });
        out.push({ kind: 'markers', id: `trail-${side}`, points: onCurve.map((p) => [p.x, p.fx] as const), shape: 'open', color, radius: 4, opacity: 0.6 });
      }
    }
  }
  if (fig.walkers.left) out.push(...walkerLayers('walker-left', fig.walkers.left, LEFT_COLOR, fig.labels.left, view));
  if (fig.walkers.right) out.push(...walkerLayers('walker-right', fig.walkers.right, RIGHT_COLOR, fig.labels.right, view));
  return { view, layers: out };
}

export interface EpsilonFigure {
  readonly f: Fn;
  readonly point: ApproachPoint;
  readonly L: number;
  readonly eps: number;
  /** The window when not zooming (also the x extent at infinity). */
  readonly base: PlotView;
  readonly zoom: boolean;
  readonly instrument: Instrument | null;
  readonly showAnswer: boolean;
  readonly proposal: number | null;
  readonly check: DeltaCheck | null;
  readonly labels: {
    readonly curve: string;
    readonly name: string;
    readonly eps: string;
    readonly delta: string;
    readonly proposal: string;
    readonly counterexample: string;
    readonly exit: string;
    /** The variable's name, for the counterexample's label ("x = 3.179", "t = 20.7"). */
    readonly variable: string;
  };
}

/**
 * The window of the ε-δ figure. Zoomed, it frames the bands so they look the same at every scale:
 * x = a ± 3δ (the shown δ, or the proposal) and y = L ± 2.5ε; at infinity x runs to 1.6·M.
 */
export function epsilonView(fig: Pick<EpsilonFigure, 'point' | 'L' | 'eps' | 'base' | 'zoom' | 'instrument' | 'showAnswer' | 'proposal'>): PlotView {
  if (!fig.zoom) return fig.base;
  const y = { yMin: fig.L - 2.5 * fig.eps, yMax: fig.L + 2.5 * fig.eps };
  const ins = fig.showAnswer ? fig.instrument : null;
  if (fig.point.kind === 'infinity') {
    const ms = [ins?.kind === 'M' ? Math.abs(ins.M) : Number.NaN, fig.proposal !== null ? Math.abs(fig.proposal) : Number.NaN].filter(Number.isFinite);
    const far = ms.length > 0 ? 1.6 * Math.max(...ms) : fig.point.sign > 0 ? fig.base.xMax : -fig.base.xMin;
    return fig.point.sign > 0 ? { xMin: Math.min(fig.base.xMin, 0), xMax: Math.max(far, 1), ...y } : { xMin: Math.min(-far, -1), xMax: Math.max(fig.base.xMax, 0), ...y };
  }
  const a = fig.point.a;
  const ds = [ins?.kind === 'delta' ? ins.delta : Number.NaN, fig.proposal ?? Number.NaN].filter((d) => Number.isFinite(d) && d > 0);
  if (ds.length === 0) return { xMin: fig.base.xMin, xMax: fig.base.xMax, ...y };
  const unit = Math.max(1, Math.abs(a));
  const half = Math.min(1000 * unit, Math.max(1e-9 * unit, 3 * Math.max(...ds)));
  return { xMin: a - half, xMax: a + half, ...y };
}

/** The ε band, the δ band (or x beyond M), the student's δ and the counterexample. */
export function epsilonLayers(fig: EpsilonFigure): PlotLayer[] {
  const view = epsilonView(fig);
  const { point, L, eps } = fig;
  const out: PlotLayer[] = [{ kind: 'hband', id: 'eps-band', y0: L - eps, y1: L + eps, color: 'band', label: fig.labels.eps }];
  const ins = fig.showAnswer ? fig.instrument : null;
  const far = (m: number): number => (point.kind === 'infinity' && point.sign < 0 ? Math.min(view.xMin, m) - 1e9 * Math.abs(m) : Math.max(view.xMax, m) + 1e9 * Math.abs(m));
  if (ins?.kind === 'delta' && point.kind === 'finite') {
    out.push({ kind: 'vband', id: 'delta-band', x0: point.a - ins.delta, x1: point.a + ins.delta, color: 'positive', label: fig.labels.delta });
  } else if (ins?.kind === 'M') {
    out.push({ kind: 'vband', id: 'delta-band', x0: Math.min(ins.M, far(ins.M)), x1: Math.max(ins.M, far(ins.M)), color: 'positive', label: fig.labels.delta });
  }
  if (fig.proposal !== null && fig.proposal > 0 === (point.kind === 'finite' || point.sign > 0)) {
    const p = fig.proposal;
    const [x0, x1] = point.kind === 'finite' ? [point.a - p, point.a + p] : [Math.min(p, far(p)), Math.max(p, far(p))];
    out.push({ kind: 'vband', id: 'proposal-band', x0, x1, color: 'tertiary', dash: '7 4', width: 2, opacity: 0.8, label: fig.labels.proposal });
  }
  out.push({ kind: 'hline', id: 'L', y: L, color: 'accent', width: 1.5 });
  if (point.kind === 'finite') out.push({ kind: 'vline', id: 'a', x: point.a, color: 'muted', width: 1.5 });
  // The graph and the exit points go without legend entries: the bands and the challenge are what
  // the legend must explain (it would crowd a projector-sized plot otherwise).
  out.push({ kind: 'curve', id: 'f', f: fig.f, color: 'curve', name: fig.labels.name, ...(point.kind === 'finite' ? { breaks: [point.a] } : {}) });
  const yIn = (y: number): boolean => view.yMin === undefined || view.yMax === undefined || inside(y, view.yMin, view.yMax);
  if (ins && (ins.kind === 'delta' || ins.kind === 'M') && ins.violation && yIn(ins.violation.fx)) {
    out.push({ kind: 'markers', id: 'exit', points: [[ins.violation.x, ins.violation.fx]], shape: 'open', color: 'accent', radius: 5 });
  }
  if (fig.check?.kind === 'counterexample') {
    const c = fig.check.point;
    const shown = Number.isFinite(c.fx) && yIn(c.fx);
    const y = shown ? c.fx : c.fx > L ? (view.yMax ?? L + 2 * eps) : (view.yMin ?? L - 2 * eps);
    out.push({ kind: 'segment', id: 'counter-drop', from: [c.x, L], to: [c.x, y], color: 'error', width: 2, dash: '3 3', arrow: !shown });
    out.push({ kind: 'markers', id: 'counterexample', points: [[c.x, y]], shape: 'cross', color: 'error', radius: 8, label: fig.labels.counterexample, texts: [`${fig.labels.variable} = ${formatSig(c.x, 5)}`] });
  }
  return out;
}

export interface LawsFigure {
  readonly f: Fn;
  readonly g: Fn;
  readonly combined: Fn;
  readonly a: number;
  readonly A?: number;
  readonly B?: number;
  readonly C?: number;
  readonly labels: { readonly f: string; readonly g: string; readonly combined: string };
}

/** f, g and the chosen combination, with their limits as dashed levels at x = a. */
export function lawsLayers(fig: LawsFigure): PlotLayer[] {
  const out: PlotLayer[] = [{ kind: 'vline', id: 'a', x: fig.a, color: 'muted', width: 1.5 }];
  if (fig.A !== undefined) out.push({ kind: 'hline', id: 'A', y: fig.A, color: 'curve', width: 1.2, opacity: 0.7 });
  if (fig.B !== undefined) out.push({ kind: 'hline', id: 'B', y: fig.B, color: 'tertiary', width: 1.2, opacity: 0.7 });
  if (fig.C !== undefined) out.push({ kind: 'hline', id: 'C', y: fig.C, color: 'accent', width: 1.5 });
  out.push(
    { kind: 'curve', id: 'f', f: fig.f, color: 'curve', label: fig.labels.f, name: 'f', breaks: [fig.a] },
    { kind: 'curve', id: 'g', f: fig.g, color: 'tertiary', label: fig.labels.g, name: 'g', breaks: [fig.a] },
    { kind: 'curve', id: 'combined', f: fig.combined, color: 'accent', width: 3.5, label: fig.labels.combined, name: fig.labels.combined, breaks: [fig.a] },
  );
  return out;
}

/** Top figure of the composition law: f(x) and g(f(x)) near x₀ with the levels a and b. */
export function compositionTopLayers(f: Fn, gf: Fn, x0: number, a: number | undefined, b: number | undefined, labels: { readonly f: string; readonly gf: string }): PlotLayer[] {
  const out: PlotLayer[] = [{ kind: 'vline', id: 'x0', x: x0, color: 'muted', width: 1.5 }];
  if (a !== undefined) out.push({ kind: 'hline', id: 'a', y: a, color: 'curve', width: 1.2, opacity: 0.7 });
  if (b !== undefined) out.push({ kind: 'hline', id: 'b', y: b, color: 'positive', width: 1.8, label: 'y = b' });
  out.push(
    { kind: 'curve', id: 'f', f, color: 'curve', label: labels.f, name: 'f(x)', breaks: [x0] },
    { kind: 'curve', id: 'gf', f: gf, color: 'accent', width: 3.5, label: labels.gf, name: 'g(f(x))', breaks: [x0] },
  );
  return out;
}

/** Bottom figure: g(u) near u = a, the level b and the value g(a). */
export function compositionBottomLayers(g: Fn, a: number | undefined, b: number | undefined, gAtA: number, label: string): PlotLayer[] {
  const out: PlotLayer[] = [];
  if (a !== undefined) out.push({ kind: 'vline', id: 'a', x: a, color: 'muted', width: 1.5 });
  if (b !== undefined) out.push({ kind: 'hline', id: 'b', y: b, color: 'positive', width: 1.8 });
  out.push({ kind: 'curve', id: 'g', f: g, color: 'tertiary', label, name: 'g(u)', ...(a !== undefined ? { breaks: [a] } : {}) });
  if (a !== undefined && Number.isFinite(gAtA)) out.push({ kind: 'markers', id: 'g-at-a', points: [[a, gAtA]], shape: 'dot', color: 'tertiary', radius: 5 });
  return out;
}
