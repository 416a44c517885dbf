/**
 * How tall a figure inside a scrolling side panel may be drawn so that it ends above the panel's
 * fold (issue 9: on the Descent tab at 1024×768 in the projector theme, the loss chart's bottom
 * needed a scroll). Everything here is in CSS px of the panel's scrolled content, so the answer
 * does not change as the panel is scrolled.
 */
export interface FoldGeometry {
  /** The scrolling box's visible height (clientHeight: padding included, scrollbar excluded). */
  readonly boxHeight: number;
  /** Its bottom padding, which the figure should stay above. */
  readonly boxPaddingBottom: number;
  /** The top of the resizable part, from the top of the box's scrolled content. */
  readonly top: number;
  /** What the figure keeps below the resizable part (its padding, border, a note). */
  readonly below: number;
}

/**
 * The most the resizable part may take (px), or null when there is nothing to fit (the box is not
 * laid out, e.g. a hidden scene, or a measurement is not a number). Never negative; the caller's
 * minimum height still wins when the fold is too close.
 */
export function roomAboveFold(g: FoldGeometry): number | null {
  const { boxHeight, boxPaddingBottom, top, below } = g;
  if (![boxHeight, boxPaddingBottom, top, below].every(Number.isFinite) || boxHeight <= 0) return null;
  return Math.max(0, Math.floor(boxHeight - boxPaddingBottom - top - below));
}

/**
 * The side panel (components/SidePanel.svelte) that scrolls `el`, or null when `el` is in none or
 * the panel does not scroll by itself (below the view on a narrow window the whole scene scrolls,
 * and there the chart keeps its own height).
 */
export function scrollingPanel(el: Element): HTMLElement | null {
  const panel = el.closest<HTMLElement>('.side-panel-body');
  if (!panel) return null;
  const o = getComputedStyle(panel).overflowY;
  return o === 'auto' || o === 'scroll' ? panel : null;
}
