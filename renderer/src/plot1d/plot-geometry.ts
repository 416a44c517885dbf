/**
 * Pixel geometry for the straight layers: infinite lines clipped to a rectangle, arrow heads,
 * marker shapes and the legend's box layout.
 */

export interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Liang–Barsky: the part of segment p→q inside the rectangle, or null. */
export function clipSegment(x0: number, y0: number, x1: number, y1: number, r: Rect): [number, number, number, number] | null {
  if (![x0, y0, x1, y1].every(Number.isFinite)) return null;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - r.left],
    [dx, r.right - x0],
    [-dy, y0 - r.top],
    [dy, r.bottom - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y1 - (1 - t1) * dy];
}

/**
 * The line through `point` with `slope` across x ∈ [xMin, xMax], in pixels, clipped to `rect`
 * (the plot area widened so strokes end cleanly under the clip path). Null when it misses.
 */
export function linePixels(
  point: readonly [number, number],
  slope: number,
  xMin: number,
  xMax: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
  rect: Rect,
): [number, number, number, number] | null {
  const [px, py] = point;
  if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(slope)) return null;
  const ya = py + slope * (xMin - px);
  const yb = py + slope * (xMax - px);
  // Pixel coordinates of a very steep line can be huge; clipping in doubles handles that.
  return clipSegment(sx(xMin), sy(ya), sx(xMax), sy(yb), rect);
}

/** An arrow head at (x1, y1) pointing along p0→p1, and where the shaft should stop under it. */
export function arrowHead(x0: number, y0: number, x1: number, y1: number, strokeWidth: number): { readonly points: string; readonly shaftEnd: readonly [number, number] } | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy);
  if (!(len > 0)) return null;
  const headLen = Math.min(len, 3.2 * strokeWidth + 6);
  const half = 1.5 * strokeWidth + 3;
  const ux = dx / len;
  const uy = dy / len;
  const bx = x1 - ux * headLen;
  const by = y1 - uy * headLen;
  const p = (x: number, y: number): string => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
  return {
    points: `${p(x1, y1)} ${p(bx - uy * half, by + ux * half)} ${p(bx + uy * half, by - ux * half)}`,
    shaftEnd: [x1 - ux * headLen * 0.7, y1 - uy * headLen * 0.7],
  };
}

/** Polygon points of a diamond of "radius" r centred at (x, y). */
export function diamondPoints(x: number, y: number, r: number): string {
  const q = r * 1.25;
  return `${x},${y - q} ${x + q},${y} ${x},${y + q} ${x - q},${y}`;
}

/** Path data of an × of half-size r centred at (x, y). */
export function crossPath(x: number, y: number, r: number): string {
  return `M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`;
}

/** Where a text beside a point goes: to the upper right, or the upper left near the right edge. */
export function labelPlacement(x: number, y: number, r: number, textW: number, rect: Rect, fontPx: number): { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' } {
  const gap = r + 4;
  const right = x + gap + textW <= rect.right;
  const ty = y - gap < rect.top + fontPx ? y + gap + fontPx * 0.8 : y - gap;
  return right ? { x: x + gap, y: ty, anchor: 'start' } : { x: x - gap, y: ty, anchor: 'end' };
}
