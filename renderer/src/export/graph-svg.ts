/**
 * The computational graph as a clean SVG: rebuilt from the graph as it is laid out on screen (the
 * xyflow canvas), not a screenshot of the DOM. Node cards become rounded rectangles with their op
 * symbol, display name (ŷ, u₄), value and gradient as text; edges keep their on-screen Bézier
 * curves with arrow heads; edge labels (local derivatives) sit on a small plate. Coordinates are
 * the graph's own (zoom 1), so the file has the natural size whatever the canvas zoom is. Colours
 * and fonts are the computed ones of the current theme, with a CJK-capable font stack.
 */
import { withCjkFallback } from './font-stack';

const NS = 'http://www.w3.org/2000/svg';
const PAD = 24;

/** The on-screen graph canvas, if one is visible with at least one node. */
export function findGraphCanvas(root: ParentNode = document): HTMLElement | null {
  const el = root.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
  if (!el || !el.isConnected) return null;
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  return el.querySelector('.svelte-flow__node') ? el : null;
}

interface Pt {
  x: number;
  y: number;
}

function opaque(c: string): boolean {
  return c !== '' && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
}

/** The first non-transparent background colour at or above `el`. */
function backgroundOf(el: Element | null): string {
  for (let e = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (opaque(c)) return c;
  }
  return '#ffffff';
}

function make<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Maps an absolute path's coordinates through a matrix (xyflow's bezier/step/straight edges use
 * only absolute M/L/C/Q commands); null for anything else (the caller then samples the path).
 */
export function transformPath(d: string, m: { a: number; b: number; c: number; d: number; e: number; f: number }): string | null {
  if (/[a-zA-Z]/.test(d.replace(/[MLCQ]/g, '').replace(/e[-+]?\d/g, ''))) return null;
  const parts = d.match(/[MLCQ]|-?\d*\.?\d+(?:e[-+]?\d+)?/g);
  if (!parts) return null;
  const out: string[] = [];
  let pending: number[] = [];
  for (const p of parts) {
    if (/[MLCQ]/.test(p)) {
      if (pending.length % 2 !== 0) return null;
      out.push(p);
      continue;
    }
    pending.push(Number(p));
    if (pending.length === 2) {
      const [x, y] = pending as [number, number];
      out.push(`${round(m.a * x + m.c * y + m.e)},${round(m.b * x + m.d * y + m.f)}`);
      pending = [];
    }
  }
  return pending.length === 0 ? out.join(' ') : null;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Builds the SVG text of the graph on `canvas` (see the file comment). */
export function buildGraphSvg(canvas: HTMLElement, title: string): string {
  const nodes = [...canvas.querySelectorAll<HTMLElement>('.svelte-flow__node')];
  const cards = nodes.map((n) => n.querySelector<HTMLElement>('.gl-node') ?? n);
  // Screen px per graph unit: the viewport's zoom.
  const first = cards[0];
  const zoom = first && first.offsetWidth > 0 ? first.getBoundingClientRect().width / first.offsetWidth : 1;
  const boxes = cards.map((c) => c.getBoundingClientRect());
  const edgeLabels = [...canvas.querySelectorAll<HTMLElement>('.svelte-flow__edge-label')];
  const all = [...boxes, ...edgeLabels.map((e) => e.getBoundingClientRect())];
  const minX = Math.min(...all.map((b) => b.left));
  const minY = Math.min(...all.map((b) => b.top));
  const maxX = Math.max(...all.map((b) => b.right));
  const maxY = Math.max(...all.map((b) => b.bottom));
  const toLocal = (p: Pt): Pt => ({ x: (p.x - minX) / zoom + PAD, y: (p.y - minY) / zoom + PAD });
  const width = (maxX - minX) / zoom + 2 * PAD;
  const height = (maxY - minY) / zoom + 2 * PAD;

  const hostStyle = getComputedStyle(canvas);
  const family = withCjkFallback(hostStyle.fontFamily || 'system-ui, sans-serif');
  const svg = make('svg', { xmlns: NS, version: '1.1', width, height, viewBox: `0 0 ${round(width)} ${round(height)}`, 'font-family': family, role: 'img', 'aria-label': title });
  svg.append(make('title', {}, title));
  svg.append(make('rect', { x: 0, y: 0, width, height, fill: backgroundOf(canvas.querySelector('.svelte-flow')) }));

  // Arrow heads take each edge's own colour: one marker per colour in use.
  const defs = make('defs', {});
  svg.append(defs);
  const markers = new Map<string, string>();
  const markerFor = (color: string): string => {
    let id = markers.get(color);
    if (!id) {
      id = `arrow-${markers.size}`;
      markers.set(color, id);
      const m = make('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
      m.append(make('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
      defs.append(m);
    }
    return id;
  };

  const edgeGroup = make('g', { fill: 'none' });
  svg.append(edgeGroup);
  for (const path of canvas.querySelectorAll<SVGPathElement>('.svelte-flow__edge path.svelte-flow__edge-path')) {
    const ctm = path.getScreenCTM();
    if (!ctm) continue;
    const cs = getComputedStyle(path);
    const color = cs.stroke && cs.stroke !== 'none' ? cs.stroke : '#888888';
    // Screen → local is a translate and a 1/zoom scale: fold it into the matrix.
    const m = { a: ctm.a / zoom, b: ctm.b / zoom, c: ctm.c / zoom, d: ctm.d / zoom, e: (ctm.e - minX) / zoom + PAD, f: (ctm.f - minY) / zoom + PAD };
    let d = transformPath(path.getAttribute('d') ?? '', m);
    if (d === null) {
      const len = path.getTotalLength();
      const pts: string[] = [];
      for (let i = 0; i <= 48; i++) {
        const p = path.getPointAtLength((len * i) / 48);
        pts.push(`${round(m.a * p.x + m.c * p.y + m.e)},${round(m.b * p.x + m.d * p.y + m.f)}`);
      }
      d = `M${pts.join(' L')}`;
    }
    const width = Number.parseFloat(cs.strokeWidth) || 1.5;
    const dash = cs.strokeDasharray && cs.strokeDasharray !== 'none' ? cs.strokeDasharray : null;
    edgeGroup.append(make('path', { d, stroke: color, 'stroke-width': Math.max(1.2, width), 'marker-end': `url(#${markerFor(color)})`, ...(dash ? { 'stroke-dasharray': dash } : {}) }));
  }

  for (let i = 0; i < cards.length; i++) svg.append(nodeGroup(cards[i]!, boxes[i]!, toLocal, zoom));

  for (const label of edgeLabels) {
    const r = label.getBoundingClientRect();
    const cs = getComputedStyle(label);
    const p = toLocal({ x: r.left, y: r.top });
    const g = make('g', {});
    g.append(make('rect', { x: p.x, y: p.y, width: r.width / zoom, height: r.height / zoom, rx: 3, fill: backgroundOf(label), 'fill-opacity': 0.92 }));
    g.append(make('text', { x: p.x + r.width / zoom / 2, y: p.y + r.height / zoom / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': cs.fontSize, fill: cs.color }, (label.textContent ?? '').trim()));
    svg.append(g);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Texts of a node card worth printing, in reading order. */
const TEXT_PARTS = '.op, .name, .badge, .k, .v, .note';

function nodeGroup(card: HTMLElement, box: DOMRect, toLocal: (p: Pt) => Pt, zoom: number): SVGGElement {
  const cs = getComputedStyle(card);
  const g = make('g', {});
  const p = toLocal({ x: box.left, y: box.top });
  const border = Number.parseFloat(cs.borderTopWidth) || 1;
  const radius = Number.parseFloat(cs.borderTopLeftRadius) || 8;
  const stroke = opaque(cs.borderTopColor) ? cs.borderTopColor : '#888888';
  g.append(make('rect', { x: p.x + border / 2, y: p.y + border / 2, width: box.width / zoom - border, height: box.height / zoom - border, rx: radius, fill: backgroundOf(card), stroke, 'stroke-width': border }));
  for (const el of card.querySelectorAll<HTMLElement>(TEXT_PARTS)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const ts = getComputedStyle(el);
    if (ts.visibility === 'hidden') continue;
    // A part with its own background (the op chip, the output badge) keeps it.
    if (opaque(ts.backgroundColor)) {
      const q = toLocal({ x: r.left, y: r.top });
      g.append(make('rect', { x: q.x, y: q.y, width: r.width / zoom, height: r.height / zoom, rx: Number.parseFloat(ts.borderTopLeftRadius) || 3, fill: ts.backgroundColor }));
    }
    const padLeft = Number.parseFloat(ts.paddingLeft) || 0;
    const q = toLocal({ x: r.left, y: r.top + r.height / 2 });
    const centred = ts.textAlign === 'center';
    g.append(
      make(
        'text',
        {
          x: centred ? q.x + r.width / zoom / 2 : q.x + padLeft,
          y: q.y,
          'dominant-baseline': 'central',
          ...(centred ? { 'text-anchor': 'middle' } : {}),
          'font-size': ts.fontSize,
          'font-weight': ts.fontWeight,
          ...(ts.fontStyle === 'italic' ? { 'font-style': 'italic' } : {}),
          ...(ts.fontFamily ? { 'font-family': withCjkFallback(ts.fontFamily) } : {}),
          fill: ts.color,
        },
        text,
      ),
    );
  }
  return g;
}
