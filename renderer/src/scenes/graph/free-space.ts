/**
 * Where a new node (or a palette block such as the neuron) goes: as near as possible to where it
 * was asked for (the middle of the view, or the drop point) without covering a node already there
 * (issue 9: a node added from the palette used to land on top of another). Pure; the search is
 * bounded, and past it the block goes right of everything, which is always free.
 */
import type { XY } from './graph-doc';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Clear space kept around the new block, in flow pixels. */
export const FREE_GAP = 16;
/** Grid step of the search, and how many rings of it are tried before giving up. */
const STEP = 24;
const RINGS = 40;

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The top-left corner for a `size` block nearest to `want` (in rings of growing distance) that
 * overlaps none of `occupied` (kept `gap` apart).
 */
export function freeSpot(want: XY, size: { readonly width: number; readonly height: number }, occupied: readonly Rect[], gap = FREE_GAP): XY {
  // Only rectangles the search can reach matter: a 5,000-node file does not cost 5,000 × rings.
  const reach = RINGS * STEP + Math.max(size.width, size.height) + gap;
  const near = occupied.filter((r) => r.x < want.x + reach && r.x + r.width > want.x - reach && r.y < want.y + reach && r.y + r.height > want.y - reach);
  const free = (p: XY): boolean => {
    const box = { x: p.x, y: p.y, width: size.width, height: size.height };
    for (const r of near) if (overlaps(box, r, gap)) return false;
    return true;
  };
  if (free(want)) return want;
  for (let ring = 1; ring <= RINGS; ring++) {
    // The ring's cells, nearest first (ties: right of and below the wish before left and above).
    const cells: { p: XY; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [[i, -ring], [i, ring], [-ring, i], [ring, i]] as const) {
        if (Math.abs(dx) !== ring && Math.abs(dy) !== ring) continue;
        cells.push({ p: { x: want.x + dx * STEP, y: want.y + dy * STEP }, d: Math.hypot(dx, dy) - 1e-3 * (dx + dy) });
      }
    }
    cells.sort((a, b) => a.d - b.d);
    for (const c of cells) if (free(c.p)) return c.p;
  }
  const right = occupied.reduce((m, r) => Math.max(m, r.x + r.width), want.x);
  return { x: right + gap + 1, y: want.y };
}

/** The bounding box of a block's node positions, each `card` in size. */
export function blockBounds(positions: readonly XY[], card: { readonly width: number; readonly height: number }): Rect {
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x + card.width, height: Math.max(...ys) - y + card.height };
}
