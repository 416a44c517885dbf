/**
 * The forward/backward pass as frames: state k is the pass after k steps of "play" from the
 * start (node by node forward, then edge by edge backward), set through the session's own step
 * API. Each frame is the graph rebuilt as a clean SVG (export/graph-svg.ts) and rasterised. The
 * graph's bounds grow a little during the pass (values widen cards, local derivatives appear on
 * edges), so every state is placed in the union of all states' bounds, measured once before
 * recording — the graph stays put from frame to frame instead of jittering.
 */
import { tick } from 'svelte';
import type { GraphSession } from '../../../scenes/graph/graph-session.svelte';
import { isAtEnd, type Cursor } from '../../../scenes/graph/run-model';
import { buildGraphSvg, findGraphCanvas } from '../../graph-svg';
import { rasterizeSvg } from '../../svg-serialize';
import { heldState } from '../frame-plan';
import type { AnimationSource, AnimationSpec } from '../animation-source';

/** Seconds per step of the live animation (graph-session's PLAY_INTERVAL_MS). */
const LIVE_STEP_S = 0.42;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** graph-svg.ts's margin around the graph, in graph units. */
const PAD = 24;

/** The cursors of one whole pass: idle, every forward step, every backward step. */
export function passCursors(next: (c: Cursor) => Cursor, atEnd: (c: Cursor) => boolean): Cursor[] {
  const out: Cursor[] = [{ phase: 'idle' }];
  for (let i = 0; i < 10_000; i++) {
    const c = out[out.length - 1]!;
    if (atEnd(c)) break;
    const n = next(c);
    if (sameCursor(n, c)) break;
    out.push(n);
  }
  return out;
}

export function sameCursor(a: Cursor, b: Cursor): boolean {
  return a.phase === b.phase && (a.phase === 'idle' || (b.phase !== 'idle' && a.k === b.k));
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * xyflow re-measures node cards after their data changes and keeps a card hidden (and its edges
 * unrendered) until it is measured: wait until every card is visible and every edge is drawn.
 */
async function graphSettled(): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await frame();
    const c = findGraphCanvas();
    if (!c) return;
    const nodes = [...c.querySelectorAll<HTMLElement>('.svelte-flow__node')];
    const hidden = nodes.some((n) => getComputedStyle(n).visibility === 'hidden');
    const edges = c.querySelectorAll('.svelte-flow__edge path.svelte-flow__edge-path').length;
    const expected = Number(c.getAttribute('data-edges') ?? '0');
    if (!hidden && edges >= expected && i >= 1) return;
  }
}

/** Union of the screen boxes buildGraphSvg frames (node cards and edge labels), or null. */
function screenBounds(canvas: HTMLElement): DOMRect | null {
  const els = [
    ...[...canvas.querySelectorAll<HTMLElement>('.svelte-flow__node')].map((n) => n.querySelector<HTMLElement>('.gl-node') ?? n),
    ...canvas.querySelectorAll<HTMLElement>('.svelte-flow__edge-label'),
  ];
  if (els.length === 0) return null;
  const r = els.map((e) => e.getBoundingClientRect());
  const x = Math.min(...r.map((b) => b.left));
  const y = Math.min(...r.map((b) => b.top));
  return new DOMRect(x, y, Math.max(...r.map((b) => b.right)) - x, Math.max(...r.map((b) => b.bottom)) - y);
}

function union(a: DOMRect | null, b: DOMRect | null): DOMRect | null {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.left, b.left);
  const y = Math.min(a.top, b.top);
  return new DOMRect(x, y, Math.max(a.right, b.right) - x, Math.max(a.bottom, b.bottom) - y);
}

/** Screen px per graph unit (the canvas zoom), as buildGraphSvg measures it. */
function zoomOf(canvas: HTMLElement): number {
  const card = canvas.querySelector<HTMLElement>('.svelte-flow__node .gl-node') ?? canvas.querySelector<HTMLElement>('.svelte-flow__node');
  return card && card.offsetWidth > 0 ? card.getBoundingClientRect().width / card.offsetWidth : 1;
}

/**
 * The state's SVG placed at its offset inside a frame of the union's size (all in graph units),
 * painted with the state's own background so the margins match.
 */
function placeInFrame(svgText: string, offsetX: number, offsetY: number, width: number, height: number): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const inner = doc.documentElement;
  const bg = inner.querySelector(':scope > rect')?.getAttribute('fill') ?? '#ffffff';
  const outer = doc.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  rect.setAttribute('fill', bg);
  outer.append(rect);
  inner.setAttribute('x', String(offsetX));
  inner.setAttribute('y', String(offsetY));
  outer.append(inner);
  return new XMLSerializer().serializeToString(outer);
}

export function graphRecording(session: GraphSession, title: () => string): AnimationSpec {
  let frame: { width: number; height: number } | null = null;
  return {
    id: 'graph',
    unavailable() {
      if (session.analysis.forward === undefined) return 'record.unavailable.graph';
      if (!findGraphCanvas()) return 'record.unavailable.capture';
      return null;
    },
    aspect() {
      if (frame && frame.height > 0) return frame.width / frame.height;
      // Before recording: the graph as it is now (the recorded frame differs by a few labels at most).
      const c = findGraphCanvas();
      const b = c ? screenBounds(c) : null;
      if (!c || !b) return 16 / 9;
      const z = zoomOf(c);
      return (b.width / z + 2 * PAD) / (b.height / z + 2 * PAD);
    },
    naturalDurationS() {
      const a = session.analysis;
      const states = 1 + a.forwardSteps.length + (a.backward ? a.backward.steps.length + 1 : 0);
      return Math.min(60, Math.max(2, Math.round(states * LIVE_STEP_S * 10) / 10));
    },
    async begin(): Promise<AnimationSource> {
      const saved = session.cursor;
      const savedAtEnd = isAtEnd(session.analysis, saved);
      const wasPlaying = session.playing;
      session.reset();
      const cursors = passCursors(
        () => {
          session.next();
          return session.cursor;
        },
        (c) => isAtEnd(session.analysis, c),
      );
      // The list above was built by stepping the session itself; it stands at the end now.
      // Cards fade their highlight in (CSS transitions): a frame must show the end of the fade.
      const still = document.createElement('style');
      still.textContent = '[data-testid="graph-canvas"] * { transition: none !important; animation: none !important; }';
      document.head.append(still);
      let restored = false;
      const goTo = async (state: number): Promise<void> => {
        const target = cursors[Math.min(state, cursors.length - 1)]!;
        session.reset();
        for (let i = 0; i < cursors.length && !sameCursor(session.cursor, target); i++) session.next();
        await tick();
        await graphSettled();
      };
      const restore = (): void => {
        if (restored) return;
        restored = true;
        still.remove();
        if (savedAtEnd) session.runAll();
        else {
          session.reset();
          for (let i = 0; i < cursors.length && !sameCursor(session.cursor, saved); i++) session.next();
        }
        if (wasPlaying) session.play();
      };
      try {
        // One pass through every state to measure the frame that holds them all.
        let bounds: DOMRect | null = null;
        for (let s = 0; s < cursors.length; s++) {
          await goTo(s);
          const canvas = findGraphCanvas();
          if (!canvas) throw new Error('the graph canvas is not on screen');
          bounds = union(bounds, screenBounds(canvas));
        }
        const canvas = findGraphCanvas();
        if (!canvas || !bounds) throw new Error('the graph canvas is not on screen');
        const zoom = zoomOf(canvas);
        frame = { width: bounds.width / zoom + 2 * PAD, height: bounds.height / zoom + 2 * PAD };
        const union0 = bounds;
        const f = frame;
        return {
          stateAt: (p) => heldState(p, cursors.length),
          async render(state, w, h) {
            await goTo(state);
            const c = findGraphCanvas();
            if (!c) throw new Error('the graph canvas is no longer on screen');
            const own = screenBounds(c);
            const dx = own ? (own.left - union0.left) / zoom : 0;
            const dy = own ? (own.top - union0.top) / zoom : 0;
            const text = buildGraphSvg(c, title());
            // buildGraphSvg sizes its file to the state's own bounds; place it in the common frame.
            const placed = placeInFrame(text, dx, dy, f.width, f.height);
            return rasterizeSvg(placed, w, h);
          },
          caption(state, t) {
            const c = cursors[state];
            const a = session.analysis;
            if (!c || c.phase === 'idle') return t('record.cap.graph.idle');
            if (c.phase === 'forward') return t('record.cap.graph.forward', { k: c.k, n: a.forwardSteps.length });
            if (c.k === 0) return t('record.cap.graph.seed');
            return t('record.cap.graph.backward', { k: c.k, n: a.backward?.steps.length ?? 0 });
          },
          restore,
        };
      } catch (e) {
        restore();
        throw e;
      }
    },
  };
}
