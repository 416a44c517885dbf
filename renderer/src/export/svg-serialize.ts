/**
 * An on-screen <svg> → a standalone SVG file. On screen a figure leans on the page: CSS classes,
 * `var(--…)` colours, inherited fonts, KaTeX HTML inside <foreignObject>. A file has none of that,
 * so the clone gets every paint/text property the browser computed for it as a presentation
 * attribute (only where it differs from what the parent already gives, to keep files small),
 * `class`/`style`/`data-*` are dropped, <foreignObject> (which would also taint a canvas) becomes
 * plain <text>, and every font-family names local CJK fonts. `rasterizeSvg` turns such a file into
 * pixels through a blob: image (the CSP's img-src allows blob:).
 */
import { withCjkFallback } from './font-stack';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Inherited properties: written where they differ from the parent's computed value (on the root:
 * from the property's initial value, which any SVG reader assumes).
 */
const INITIAL: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'font-style': 'normal',
  'font-weight': '400',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  visibility: 'visible',
  'paint-order': 'normal',
  'dominant-baseline': 'auto',
};

const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'visibility',
  'paint-order',
  'dominant-baseline',
] as const;

/** Non-inherited properties: written where they differ from their initial value. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'baseline-shift': '0px',
};

/** Elements that are never drawn themselves: kept whatever their computed display is. */
const NOT_RENDERED = new Set(['defs', 'title', 'desc', 'metadata', 'clipPath', 'mask', 'marker', 'pattern', 'linearGradient', 'radialGradient', 'symbol', 'filter']);

/** Attributes that only make sense inside the app. */
function isAppOnly(name: string): boolean {
  return name === 'class' || name === 'style' || name === 'tabindex' || name === 'role' || name.startsWith('data-') || name.startsWith('on') || (name.startsWith('aria-') && name !== 'aria-label');
}

export interface SerializeOptions {
  /** A colour painted under everything (null/undefined: whatever the figure draws itself). */
  readonly background?: string | null;
  /** Output size in px (default: the figure's on-screen size); the viewBox keeps the drawing. */
  readonly width?: number;
  readonly height?: number;
}

/** The standalone SVG text of an on-screen figure (see the file comment). */
export function serializeSvg(svg: SVGSVGElement, opts: SerializeOptions = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const rect = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const w = rect.width > 0 ? rect.width : vb && vb.width > 0 ? vb.width : Number(svg.getAttribute('width')) || 300;
  const h = rect.height > 0 ? rect.height : vb && vb.height > 0 ? vb.height : Number(svg.getAttribute('height')) || 150;
  inline(svg, clone, null);

  clone.setAttribute('xmlns', SVG_NS);
  if (clone.querySelector('[href], [*|href]')) clone.setAttribute('xmlns:xlink', XLINK_NS);
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${round(w)} ${round(h)}`);
  clone.setAttribute('width', String(round(opts.width ?? w)));
  clone.setAttribute('height', String(round(opts.height ?? h)));
  clone.setAttribute('version', '1.1');
  const label = svg.getAttribute('aria-label');
  if (label && !clone.querySelector(':scope > title')) {
    const t = document.createElementNS(SVG_NS, 'title');
    t.textContent = label;
    clone.insertBefore(t, clone.firstChild);
  }
  if (opts.background) {
    const bg = document.createElementNS(SVG_NS, 'rect');
    const box = clone.viewBox.baseVal;
    bg.setAttribute('x', String(box.x));
    bg.setAttribute('y', String(box.y));
    bg.setAttribute('width', String(box.width));
    bg.setAttribute('height', String(box.height));
    bg.setAttribute('fill', opts.background);
    const title = clone.querySelector(':scope > title');
    clone.insertBefore(bg, title ? title.nextSibling : clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Walks the original and its clone in step (same shape), fixing the clone from computed styles. */
function inline(src: Element, dst: Element, parent: CSSStyleDeclaration | null, inDefs = false): void {
  const cs = getComputedStyle(src);
  for (const a of [...dst.attributes]) {
    if (isAppOnly(a.name) || a.value.includes('var(')) dst.removeAttribute(a.name);
  }
  for (const p of INHERITED) {
    let v = cs.getPropertyValue(p).trim();
    if (!v) continue;
    if (p === 'font-family') v = withCjkFallback(v);
    const inheritedValue = parent ? (p === 'font-family' ? withCjkFallback(parent.getPropertyValue(p)) : parent.getPropertyValue(p).trim()) : (INITIAL[p] ?? null);
    if (v !== inheritedValue) dst.setAttribute(p, v);
    else if (dst.hasAttribute(p)) dst.removeAttribute(p);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p).trim();
    if (v && v !== initial) dst.setAttribute(p, v);
    else dst.removeAttribute(p);
  }
  // External images would make the file depend on the network (and taint a canvas).
  for (const attr of ['href', 'xlink:href']) {
    const v = dst.getAttribute(attr);
    if (v && !v.startsWith('#') && !v.startsWith('data:')) dst.removeAttribute(attr);
  }

  // Framework markers (<!---->) and stray whitespace text between elements carry nothing.
  for (const n of [...dst.childNodes]) if (n.nodeType === Node.COMMENT_NODE) n.remove();
  const srcKids = [...src.children];
  const dstKids = [...dst.children];
  for (let i = 0; i < srcKids.length; i++) {
    const s = srcKids[i]!;
    const d = dstKids[i];
    if (!d) continue;
    const defs = inDefs || NOT_RENDERED.has(s.localName);
    // Definitions and metadata report display: none in some engines yet are needed (clip paths).
    if (s.hasAttribute('data-export-skip') || (!defs && getComputedStyle(s).display === 'none')) {
      d.remove();
    } else if (s.localName === 'foreignObject') {
      d.replaceWith(foreignToText(s, cs));
    } else {
      inline(s, d, cs, defs);
    }
  }
}

/**
 * A <foreignObject> (KaTeX or other HTML) as one centred <text> line with its visible text: the
 * typeset formula is lost, its content is not, and the file stays pure SVG.
 */
function foreignToText(fo: Element, parent: CSSStyleDeclaration): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  const n = (name: string): number => Number(fo.getAttribute(name)) || 0;
  const visible = fo.querySelector('.katex-html') ?? fo;
  const first = fo.firstElementChild;
  const cs = first ? getComputedStyle(first) : parent;
  t.setAttribute('x', String(n('x') + n('width') / 2));
  t.setAttribute('y', String(n('y') + n('height') / 2));
  t.setAttribute('text-anchor', 'middle');
  t.setAttribute('dominant-baseline', 'central');
  t.setAttribute('font-size', cs.fontSize);
  t.setAttribute('font-family', withCjkFallback(cs.fontFamily));
  t.setAttribute('fill', cs.color);
  t.textContent = (visible.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t;
}

/** Sets the outer size of an SVG document's root (the viewBox keeps the drawing), as text. */
export function resizeSvgText(svgText: string, width: number, height: number): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || doc.querySelector('parsererror')) throw new Error('not an SVG document');
  if (!root.getAttribute('viewBox')) {
    const w0 = Number.parseFloat(root.getAttribute('width') ?? '') || width;
    const h0 = Number.parseFloat(root.getAttribute('height') ?? '') || height;
    root.setAttribute('viewBox', `0 0 ${w0} ${h0}`);
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(doc);
}

/**
 * Draws SVG text into a new canvas of exactly width × height px. The SVG is re-sized (not the
 * bitmap scaled), so a 2× PNG is drawn at 2× rather than upscaled.
 */
export async function rasterizeSvg(svgText: string, width: number, height: number): Promise<HTMLCanvasElement> {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const blob = new Blob([resizeSvgText(svgText, w, h)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image(w, h);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.drawImage(img, 0, 0, w, h);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('the canvas could not be encoded as PNG'));
        return;
      }
      blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
    }, 'image/png');
  });
}
