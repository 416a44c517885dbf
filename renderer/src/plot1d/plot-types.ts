/**
 * The 1-D plot module's public contract: a plot of y = f(x) is described as data — a view window
 * and a list of layers — and `Plot1D.svelte` draws it as one self-contained SVG (presentation
 * attributes, no external stylesheet), so the same picture serves the screen, a projector and an
 * SVG/PNG export. Chapters 1–3 compose every figure from these layers; anything more specific is
 * drawn in the `overlay` snippet with the scales the plot hands it.
 */

/** A colour the plot resolves from the theme, or any CSS colour string ('#d55e00'). */
export type PlotColor = 'curve' | 'accent' | 'secondary' | 'tertiary' | 'positive' | 'negative' | 'muted' | 'band' | 'error' | (string & {});

/** The visible window. y bounds may be left out: the plot then frames the curves robustly. */
export interface PlotView {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin?: number;
  readonly yMax?: number;
}

interface LayerBase {
  /** Stable key (also used for test ids: `plot-layer-{id}`). */
  readonly id: string;
  readonly color?: PlotColor;
  /** Stroke width in CSS pixels at scale 1 (default 2.5; the projector theme thickens lines). */
  readonly width?: number;
  /** SVG dash pattern, e.g. '6 4'. */
  readonly dash?: string;
  /** Short legend text (already translated); layers without a label stay out of the legend. */
  readonly label?: string;
  readonly opacity?: number;
}

/**
 * y = f(x), sampled adaptively over the view: the pen lifts at poles and where f is undefined,
 * and removable holes (f undefined or different at an isolated x while both sides agree) are
 * drawn as open circles with the value f(x) takes there, if any, as a filled dot.
 */
export interface CurveLayer extends LayerBase {
  readonly kind: 'curve';
  readonly f: (x: number) => number;
  /**
   * Colours each stretch of the curve by the sign of this function (typically f′): rising
   * stretches in 'positive', falling in 'negative', flat (|s| < 1e-12) in the base colour.
   */
  readonly colorBySign?: (x: number) => number;
  /** Extra x where the curve is known to be singular/holed (sampled around, never across). */
  readonly breaks?: readonly number[];
  /** Show this curve's value in the cursor read-out (default true). */
  readonly readout?: boolean;
  /** Name used in the read-out, e.g. 'f(x)' or 'u'. */
  readonly name?: string;
  /**
   * Cap on evaluations of f per drawing (default 20 000, sample-curve.ts). A caller whose f is
   * costly — a formula of hundreds of nodes — lowers it so one redraw stays inside a frame budget.
   */
  readonly maxSamples?: number;
  /**
   * `f` at many x in one call (out[i] = f(xs[i]), exactly the same numbers): the uniform samples —
   * the framing pass and the sampler's base grid, most of a drawing's evaluations — then cost one
   * call instead of one per point (a formula's WebAssembly module runs a whole column at once).
   */
  readonly fMany?: (xs: Float64Array, out: Float64Array) => void;
}

/** The infinite straight line through `point` with `slope` (a tangent or a secant). */
export interface LineLayer extends LayerBase {
  readonly kind: 'line';
  readonly point: readonly [number, number];
  readonly slope: number;
}

/** A segment between two points, optionally with an arrow head at `to`. */
export interface SegmentLayer extends LayerBase {
  readonly kind: 'segment';
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly arrow?: boolean;
}

/** A horizontal band y ∈ [y0, y1] across the plot (e.g. L ± ε). */
export interface HBandLayer extends LayerBase {
  readonly kind: 'hband';
  readonly y0: number;
  readonly y1: number;
}

/** A vertical band x ∈ [x0, x1] (e.g. a ± δ). */
export interface VBandLayer extends LayerBase {
  readonly kind: 'vband';
  readonly x0: number;
  readonly x1: number;
}

/** A full-height vertical line at x (e.g. x = a), dashed by default. */
export interface VLineLayer extends LayerBase {
  readonly kind: 'vline';
  readonly x: number;
}

/** A full-width horizontal line at y (e.g. y = L), dashed by default. */
export interface HLineLayer extends LayerBase {
  readonly kind: 'hline';
  readonly y: number;
}

export type MarkerShape = 'dot' | 'open' | 'cross' | 'diamond';

/** Points (one or many), e.g. the point of tangency, a counterexample, the approaching walkers. */
export interface MarkersLayer extends LayerBase {
  readonly kind: 'markers';
  readonly points: readonly (readonly [number, number])[];
  readonly shape?: MarkerShape;
  /** Radius in CSS pixels (default 5). */
  readonly radius?: number;
  /** Optional text beside each point (same length as points, already formatted). */
  readonly texts?: readonly string[];
}

export type PlotLayer = CurveLayer | LineLayer | SegmentLayer | HBandLayer | VBandLayer | VLineLayer | HLineLayer | MarkersLayer;

/** What the plot hands to overlays and callers: data ↔ pixel maps of the current frame. */
export interface PlotScales {
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
  readonly invertX: (px: number) => number;
  readonly invertY: (py: number) => number;
  /** Resolved view (y bounds filled in when they were automatic). */
  readonly view: Required<PlotView>;
  /** Plot area in pixels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** One row of the cursor read-out. */
export interface CursorReading {
  readonly id: string;
  readonly name: string;
  readonly value: number;
}
