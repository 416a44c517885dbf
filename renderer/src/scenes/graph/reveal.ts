/**
 * Showing a large graph that arrives whole (a file opened, a link followed) without one long
 * frame (issue 12). Two rules, both pure so they are tested:
 * - the view is fitted from the nodes' positions BEFORE xyflow sees them, so only the cards on
 *   screen at the final view are built (building the ones on screen at the old view first, then
 *   the new ones, doubled the work);
 * - the cards on screen are handed over a few per frame, nearest the middle first; the rest (off
 *   screen, which the culling canvas does not build) follow in larger batches.
 */
import type { Box } from './fit-view';

export interface Placed {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
  readonly measured?: { readonly width?: number; readonly height?: number };
  readonly initialWidth?: number;
  readonly initialHeight?: number;
}

/** A node's box in flow coordinates: measured size, else the given initial size, else `card`. */
export function boxOf(n: Placed, card: { readonly width: number; readonly height: number }): Box {
  return { x: n.position.x, y: n.position.y, width: n.measured?.width ?? n.initialWidth ?? card.width, height: n.measured?.height ?? n.initialHeight ?? card.height };
}

/** The bounding box of every node (a zero box at the origin for none). */
export function boundsOf(list: readonly Placed[], card: { readonly width: number; readonly height: number }): Box {
  if (list.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of list) {
    const b = boxOf(n, card);
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** True when `next` is another graph rather than an edit of `prev`: most of its ids are new. */
export function replacesGraph(prev: readonly { readonly id: string }[], next: readonly { readonly id: string }[]): boolean {
  if (next.length === 0) return false;
  const had = new Set(prev.map((n) => n.id));
  let kept = 0;
  for (const n of next) if (had.has(n.id)) kept++;
  return kept * 2 < next.length;
}

/** The part of the flow a `width` × `height` canvas shows at viewport (x, y, zoom). */
export function viewBox(v: { readonly x: number; readonly y: number; readonly zoom: number }, width: number, height: number): Box {
  return { x: -v.x / v.zoom, y: -v.y / v.zoom, width: width / v.zoom, height: height / v.zoom };
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Ids of the nodes inside `view`, nearest its middle first (what the audience looks at). */
export function onScreenFirst(list: readonly Placed[], view: Box, card: { readonly width: number; readonly height: number }): string[] {
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const seen: { id: string; d: number }[] = [];
  for (const n of list) {
    const b = boxOf(n, card);
    if (!overlaps(b, view)) continue;
    seen.push({ id: n.id, d: Math.hypot(b.x + b.width / 2 - cx, b.y + b.height / 2 - cy) });
  }
  seen.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return seen.map((s) => s.id);
}

/** The reveal schedule: which ids stay hidden after each frame (the last step hides none). */
export class Reveal {
  readonly #queue: string[];
  readonly #hidden: Set<string>;
  readonly #perFrame: number;
  readonly #restPerFrame: number;

  /**
   * Everything but the first `perFrame` of `order` starts hidden. `restPerFrame`: how many of the
   * off-screen nodes follow per step once the on-screen ones are shown. They are culled, never
   * built, but xyflow still adopts each one and builds the edges that reach the screen from it
   * (2,000 at once was a 100–300 ms task, a third of it garbage collection).
   */
  constructor(all: readonly { readonly id: string }[], order: readonly string[], perFrame: number, restPerFrame = Number.POSITIVE_INFINITY) {
    this.#perFrame = Math.max(1, perFrame);
    this.#restPerFrame = Math.max(1, restPerFrame);
    this.#hidden = new Set(all.map((n) => n.id));
    this.#queue = [...order];
    this.step();
  }

  /** The ids still hidden. */
  get hidden(): ReadonlySet<string> {
    return this.#hidden;
  }

  get done(): boolean {
    return this.#hidden.size === 0;
  }

  /** Reveals the next few on-screen nodes, or, once they are all shown, the next batch of the rest. */
  step(): void {
    if (this.#queue.length === 0) {
      let n = 0;
      for (const id of this.#hidden) {
        if (n++ >= this.#restPerFrame) break;
        this.#hidden.delete(id);
      }
      return;
    }
    for (const id of this.#queue.splice(0, this.#perFrame)) this.#hidden.delete(id);
  }

  /** Ids that left the graph are forgotten; new ones (an edit during the reveal) are shown at once. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.#hidden]) if (!ids.has(id)) this.#hidden.delete(id);
    for (let i = this.#queue.length - 1; i >= 0; i--) if (!ids.has(this.#queue[i]!)) this.#queue.splice(i, 1);
  }
}
