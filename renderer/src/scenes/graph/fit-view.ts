/**
 * Fitting the canvas to the graph without shrinking text below a readable size (issue 9): the
 * view zooms out only down to `minZoom` (the zoom at which the smallest node text is still
 * readable); a graph larger than that is panned to, not shrunk. Pure, so the rule is tested.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ViewportFit {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  /** True when the whole graph is in view; false when the readable zoom forced a part of it. */
  readonly whole: boolean;
}

export interface FitOptions {
  /** Margin around the graph, in screen pixels. */
  readonly margin: number;
  /** The smallest zoom that keeps node text readable. */
  readonly minZoom: number;
  /** Never magnify beyond this when fitting (a tiny graph stays at natural size). */
  readonly maxZoom: number;
  /**
   * What to keep in view when the whole graph does not fit at `minZoom` (e.g. the output node);
   * without one the view starts where the graph starts (top left: data flows left to right).
   */
  readonly anchor?: Box;
}

/**
 * The viewport (xyflow convention: screen = flow × zoom + (x, y)) for `bounds` in a `width` ×
 * `height` canvas.
 */
export function fitReadable(bounds: Box, width: number, height: number, o: FitOptions): ViewportFit {
  const availW = Math.max(1, width - 2 * o.margin);
  const availH = Math.max(1, height - 2 * o.margin);
  const fitZoom = Math.min(availW / Math.max(1, bounds.width), availH / Math.max(1, bounds.height));
  const floor = Math.min(o.minZoom, o.maxZoom);
  const zoom = Math.min(o.maxZoom, Math.max(floor, fitZoom));
  const axis = (start: number, size: number, view: number, avail: number, anchorStart?: number, anchorSize?: number): number => {
    const drawn = size * zoom;
    // Fits along this axis: centred.
    if (drawn <= avail + 1e-9) return (view - drawn) / 2 - start * zoom;
    if (anchorStart === undefined || anchorSize === undefined) return o.margin - start * zoom;
    // Centre the anchor, but never show empty space past either end of the graph.
    const centred = view / 2 - (anchorStart + anchorSize / 2) * zoom;
    const most = o.margin - start * zoom; // graph's start at the left/top margin
    const least = view - o.margin - (start + size) * zoom; // graph's end at the right/bottom margin
    return Math.min(most, Math.max(least, centred));
  };
  const a = o.anchor;
  return {
    zoom,
    x: axis(bounds.x, bounds.width, width, availW, a?.x, a?.width),
    y: axis(bounds.y, bounds.height, height, availH, a?.y, a?.height),
    whole: zoom <= fitZoom + 1e-9,
  };
}

/**
 * The pan (same zoom) that brings `box` fully into view with `margin`, or undefined when it is
 * already in view. Used to follow the animation's active node in a graph larger than the view.
 */
export function panToShow(box: Box, vp: { x: number; y: number; zoom: number }, width: number, height: number, margin: number): { x: number; y: number } | undefined {
  const shift = (start: number, size: number, offset: number, view: number): number => {
    const s = start * vp.zoom + offset;
    const e = (start + size) * vp.zoom + offset;
    if (e - s > view - 2 * margin) return offset + (view / 2 - (s + e) / 2); // larger than the view: centre it
    if (s < margin) return offset + (margin - s);
    if (e > view - margin) return offset - (e - (view - margin));
    return offset;
  };
  const x = shift(box.x, box.width, vp.x, width);
  const y = shift(box.y, box.height, vp.y, height);
  return x === vp.x && y === vp.y ? undefined : { x, y };
}
