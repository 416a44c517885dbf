/**
 * How the canvas follows the animation's active node through a graph larger than the view
 * (FlowCanvas.svelte). Pure, so the rule is tested.
 *
 * The view leads: it holds still while the active node is in view, and when the node leaves it,
 * the view moves so the node lands a quarter of the way in from the side it came from — the
 * nodes that come next along its way are on screen, and the next several steps need no move.
 * (Moving just enough to show the node, as before, moved the view a little at every step of a
 * long chain: a picture always in motion for the audience, and on a 200-node graph each move
 * built and measured the cards along the edge it uncovered — issue 11.)
 */
import type { Box } from './fit-view';

/** Where the node lands, as a fraction of the view from the side it came from. */
export const LEAD = 0.25;

/**
 * The new viewport offset (same zoom) that follows `box`, or undefined while it is in view with
 * `margin`. `from` is the previously active node (its box): the way the animation is going.
 * `graph` (the graph's bounds): along an axis where the graph fits the view there is nothing
 * ahead to show, so the view moves only by what it takes (a node just inside the margin of a small
 * graph nudges it); elsewhere the lead never shows empty space past either end of the graph.
 */
export function leadPan(
  box: Box,
  vp: { readonly x: number; readonly y: number; readonly zoom: number },
  width: number,
  height: number,
  margin: number,
  from?: Box,
  graph?: Box,
): { x: number; y: number } | undefined {
  const axis = (start: number, size: number, offset: number, view: number, prevStart?: number, prevSize?: number, gStart?: number, gSize?: number): number => {
    const s = start * vp.zoom + offset;
    const e = (start + size) * vp.zoom + offset;
    // Larger than the view: centred (nothing better can be shown).
    if (e - s > view - 2 * margin) return offset + (view / 2 - (s + e) / 2);
    if (s >= margin && e <= view - margin) return offset;
    // A graph that fits along this axis has nothing ahead to show: the least move brings the node in.
    if (gSize !== undefined && gSize * vp.zoom <= view - 2 * margin) return s < margin ? offset + (margin - s) : offset - (e - (view - margin));
    // The way the animation moves along this axis: from the previous node, else the side it left by.
    const centre = start + size / 2;
    const prevCentre = prevStart !== undefined && prevSize !== undefined ? prevStart + prevSize / 2 : centre;
    const forward = centre !== prevCentre ? centre > prevCentre : e > view - margin;
    // Forward (right/down): the node's start a quarter in from the start; backward: its end a quarter in from the end.
    let to = forward ? offset + (LEAD * view - s) : offset + ((1 - LEAD) * view - e);
    if (gStart !== undefined && gSize !== undefined) {
      // No empty space past the graph's ends (when it fits: the whole graph stays in view).
      const a = margin - gStart * vp.zoom;
      const b = view - margin - (gStart + gSize) * vp.zoom;
      to = Math.min(Math.max(to, Math.min(a, b)), Math.max(a, b));
    }
    // Never past the margin on either side (a node wider than the lead keeps its whole box in view).
    const s2 = s + (to - offset);
    const e2 = e + (to - offset);
    if (s2 < margin) to += margin - s2;
    else if (e2 > view - margin) to -= e2 - (view - margin);
    return to;
  };
  const x = axis(box.x, box.width, vp.x, width, from?.x, from?.width, graph?.x, graph?.width);
  const y = axis(box.y, box.height, vp.y, height, from?.y, from?.height, graph?.y, graph?.height);
  return x === vp.x && y === vp.y ? undefined : { x, y };
}
