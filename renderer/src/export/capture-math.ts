/**
 * The arithmetic of image exports, kept pure so it is unit-tested: output sizes, the tiles a large
 * render is split into when the GPU cannot draw it in one piece, label scaling, recovering a
 * transparent background from two opaque renders, and file names.
 */

export type CaptureSize = '1x' | '2x' | '4k';

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** The exact pixel size of an export of a view that is cssWidth × cssHeight CSS px on screen. */
export function captureSize(size: CaptureSize, cssWidth: number, cssHeight: number): PixelSize {
  if (size === '4k') return { width: 3840, height: 2160 };
  const k = size === '2x' ? 2 : 1;
  return { width: Math.max(1, Math.round(cssWidth * k)), height: Math.max(1, Math.round(cssHeight * k)) };
}

export interface Tile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Row-major tiles of at most maxTile × maxTile covering width × height exactly, no overlap. */
export function planTiles(width: number, height: number, maxTile: number): Tile[] {
  const m = Math.max(1, Math.floor(maxTile));
  const tiles: Tile[] = [];
  for (let y = 0; y < height; y += m) {
    for (let x = 0; x < width; x += m) tiles.push({ x, y, width: Math.min(m, width - x), height: Math.min(m, height - y) });
  }
  return tiles;
}

/**
 * The largest tile edge the GPU will render: the smallest of the renderbuffer, viewport and
 * texture limits, capped so a 4K export is drawn in a few steps that can report progress.
 */
export function maxTileEdge(maxRenderbuffer: number, maxViewport: readonly [number, number], maxTexture: number, cap = 2048): number {
  return Math.max(1, Math.floor(Math.min(cap, maxRenderbuffer, maxViewport[0], maxViewport[1], maxTexture)));
}

/**
 * How much larger labels are drawn in the export than on screen: as much as the scene itself
 * grows. A 2× export doubles everything; at another aspect the export camera contains the screen's
 * view (containFov), so the scene scales by the smaller of the two factors.
 */
export function labelScale(out: PixelSize, cssWidth: number, cssHeight: number): number {
  if (!(cssWidth > 0) || !(cssHeight > 0)) return 1;
  return Math.min(out.width / cssWidth, out.height / cssHeight);
}

/**
 * Recovers straight-alpha RGBA from the same picture rendered over black and over white
 * (difference matting): a pixel p = c·a + bg·(1 − a) gives white − black = 255·(1 − a) and
 * c = black / a. Exact for opaque and antialiased pixels alike; the context needs no alpha.
 * Writes into `out` (which may be `black`).
 */
export function matte(black: Uint8ClampedArray, white: Uint8ClampedArray, out: Uint8ClampedArray): void {
  for (let i = 0; i < black.length; i += 4) {
    const b0 = black[i]!;
    const b1 = black[i + 1]!;
    const b2 = black[i + 2]!;
    // The channel mean of the difference is the least noisy estimate of 1 − a.
    const diff = (white[i]! - b0 + (white[i + 1]! - b1) + (white[i + 2]! - b2)) / 3;
    const a = Math.min(255, Math.max(0, 255 - diff));
    if (a < 0.5) {
      out[i] = out[i + 1] = out[i + 2] = out[i + 3] = 0;
      continue;
    }
    const k = 255 / a;
    out[i] = b0 * k;
    out[i + 1] = b1 * k;
    out[i + 2] = b2 * k;
    out[i + 3] = a;
  }
}

/** `gradient-lab-<what>[-<detail>].<ext>`, lower-case ASCII, safe on every file system. */
export function exportFileName(what: string, detail: string | null, ext: string): string {
  const slug = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48);
  const parts = ['gradient-lab', slug(what) || 'figure'];
  const d = detail ? slug(detail) : '';
  if (d) parts.push(d);
  return `${parts.join('-')}.${ext}`;
}

/**
 * The vertical field of view (degrees) of an export camera at `outAspect` that contains all the
 * on-screen camera sees (`fovDeg` at `screenAspect`) from the same position: the same view at the
 * same aspect, and for another aspect the smallest frustum that crops nothing — extra scenery at
 * the sides (a wider picture) or above and below (a taller one), never a stretched image.
 */
export function containFov(fovDeg: number, screenAspect: number, outAspect: number): number {
  const t = Math.tan((fovDeg * Math.PI) / 360);
  const te = Math.max(t, (t * screenAspect) / outAspect);
  return (Math.atan(te) * 360) / Math.PI;
}
