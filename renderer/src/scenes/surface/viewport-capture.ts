/**
 * PNG export of the 3D view at an exact pixel size (1×, 2× the on-screen size, 3840 × 2160),
 * rendered at that size — not an upscaled screenshot — from the same camera with the aspect
 * adjusted (the frustum widened to contain all the screen shows, never stretched), optionally with a transparent
 * background, and with the HTML axis labels drawn in (projected like the screen's).
 *
 * How, without disturbing the on-screen view: the renderer is switched to a tile's size, draws the
 * tile (the camera's view offset selects that part of the full image), the tile is copied into a
 * 2D canvas, and size and pixel ratio are restored and the screen frame re-drawn — all in one
 * task, so the browser never composites the intermediate state. Tiles are as large as the GPU
 * allows (renderbuffer/viewport/texture limits, at most 2048 px); if the browser still clamps the
 * drawing buffer the capture retries with smaller tiles. Between tiles the capture yields, so a 4K
 * export reports progress and can be cancelled.
 *
 * The WebGL context has no alpha channel, so a transparent background is recovered by rendering
 * each tile over black and over white (difference matting, export/capture-math.ts).
 *
 * SurfaceViewport registers its view with `registerViewportCapture` (one line); the export menu
 * lists `captureSources()`.
 */
import { Color, Vector2, Vector3, type PerspectiveCamera, type Scene } from 'three';
import { containFov, labelScale, matte, maxTileEdge, planTiles, type PixelSize, type Tile } from '../../export/capture-math';
import { EXPORT_SANS_STACK, withCjkFallback } from '../../export/font-stack';
import { CaptureError, type CaptureSource } from './capture-registry';

export { CaptureError, captureSources, cssSize, registerViewportCapture, type CaptureErrorCode, type CaptureSource } from './capture-registry';

export interface CaptureOptions {
  readonly transparent?: boolean;
  /** Called with the fraction done (0…1) after each tile. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /** Largest tile edge to try first (tests force tiling with a small value). */
  readonly maxTile?: number;
}

/** Renders the view into a new canvas of exactly out.width × out.height px. */
export async function captureViewport(src: CaptureSource, out: PixelSize, opts: CaptureOptions = {}): Promise<HTMLCanvasElement> {
  const gl = src.renderer.getContext();
  if (gl.isContextLost()) throw new CaptureError('context-lost');
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  let edge = maxTileEdge(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    [viewport[0] ?? 0, viewport[1] ?? 0],
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    opts.maxTile ?? 2048,
  );
  for (;;) {
    try {
      return await captureTiled(src, out, edge, opts);
    } catch (e) {
      // The browser gave a smaller drawing buffer than asked for: try smaller tiles.
      if (e instanceof TileClamped && edge > 256) {
        edge = Math.max(256, Math.min(Math.floor(edge / 2), e.got));
        continue;
      }
      if (e instanceof TileClamped) throw new CaptureError('too-large', `${out.width}×${out.height}`);
      throw e;
    }
  }
}

class TileClamped extends Error {
  constructor(readonly got: number) {
    super('drawing buffer clamped');
  }
}

async function captureTiled(src: CaptureSource, out: PixelSize, edge: number, opts: CaptureOptions): Promise<HTMLCanvasElement> {
  const { width: W, height: H } = out;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new CaptureError('no-2d');
  // Same position and direction; the frustum contains everything the screen shows (the view
  // fits its camera to the screen's aspect, so a 4K picture of a squarish view gets extra room at
  // the sides rather than losing the top and bottom).
  const cam = src.camera.clone();
  cam.aspect = W / H;
  cam.fov = containFov(src.camera.fov, src.camera.aspect, cam.aspect);
  cam.updateProjectionMatrix();

  // Fat lines (slices, arrows, trails) have a width in device pixels: scale it like the picture
  // (export px per CSS px over the screen's pixel ratio) so a 4K image keeps the screen's weight.
  const css = src.canvas.getBoundingClientRect();
  const lineScale = labelScale(out, css.width, css.height) / (src.renderer.getPixelRatio() || 1);
  const tiles = planTiles(W, H, edge);
  for (let i = 0; i < tiles.length; i++) {
    if (opts.signal?.aborted) throw new CaptureError('cancelled');
    const t = tiles[i]!;
    cam.setViewOffset(W, H, t.x, t.y, t.width, t.height);
    renderTile(src, cam, t, ctx, opts.transparent === true, lineScale);
    opts.onProgress?.((i + 1) / tiles.length);
    // Let the page breathe (progress bar, cancel button) between tiles.
    if (i < tiles.length - 1) await new Promise((r) => setTimeout(r, 0));
  }
  cam.clearViewOffset();
  cam.updateProjectionMatrix();
  drawLabels(src, cam, out, ctx);
  return canvas;
}

/** One tile, synchronously, leaving the renderer exactly as it was and the screen re-drawn. */
function renderTile(src: CaptureSource, cam: PerspectiveCamera, t: Tile, ctx: CanvasRenderingContext2D, transparent: boolean, lineScale: number): void {
  const r = src.renderer;
  const widths = scaleLineWidths(src.scene, lineScale);
  const gl = r.getContext();
  const ratio = r.getPixelRatio();
  const size = r.getSize(new Vector2());
  const clear = r.getClearColor(new Color());
  const clearAlpha = r.getClearAlpha();
  try {
    r.setPixelRatio(1);
    r.setSize(t.width, t.height, false);
    if (gl.drawingBufferWidth < t.width || gl.drawingBufferHeight < t.height) throw new TileClamped(Math.min(gl.drawingBufferWidth, gl.drawingBufferHeight));
    if (!transparent) {
      r.render(src.scene, cam);
      ctx.drawImage(r.domElement, 0, 0, t.width, t.height, t.x, t.y, t.width, t.height);
      return;
    }
    const over = (bg: number): ImageData => {
      r.setClearColor(new Color(bg, bg, bg), 1);
      r.render(src.scene, cam);
      ctx.clearRect(t.x, t.y, t.width, t.height);
      ctx.drawImage(r.domElement, 0, 0, t.width, t.height, t.x, t.y, t.width, t.height);
      return ctx.getImageData(t.x, t.y, t.width, t.height);
    };
    const black = over(0);
    const white = over(1);
    matte(black.data, white.data, black.data);
    ctx.putImageData(black, t.x, t.y);
  } finally {
    for (const [m, w] of widths) m.linewidth = w;
    r.setClearColor(clear, clearAlpha);
    r.setPixelRatio(ratio);
    r.setSize(size.x, size.y, false);
    r.render(src.scene, src.camera);
  }
}

/** Multiplies the width of every screen-space line material in the scene; returns the old widths. */
function scaleLineWidths(scene: Scene, k: number): Map<{ linewidth: number }, number> {
  const old = new Map<{ linewidth: number }, number>();
  if (!(k > 0) || k === 1) return old;
  scene.traverse((o) => {
    const mats = (o as { material?: unknown }).material;
    for (const m of Array.isArray(mats) ? mats : [mats]) {
      if (isLineMaterial(m) && !old.has(m)) {
        old.set(m, m.linewidth);
        m.linewidth = m.linewidth * k;
      }
    }
  });
  return old;
}

function isLineMaterial(m: unknown): m is { linewidth: number } {
  return typeof m === 'object' && m !== null && (m as { isLineMaterial?: boolean }).isLineMaterial === true && typeof (m as { linewidth?: unknown }).linewidth === 'number';
}

interface LabelStyle {
  readonly font: string;
  readonly color: string;
}

/** Font and colour of the on-screen labels of one kind, scaled for the export. */
function labelStyle(src: CaptureSource, title: boolean, scale: number): LabelStyle {
  const el = src.labelLayer.querySelector(title ? '.axis-label-title' : '.axis-label:not(.axis-label-title)');
  const cs = el ? getComputedStyle(el) : null;
  const px = (Number.parseFloat(cs?.fontSize ?? '') || (title ? 16 : 12)) * scale;
  const family = cs?.fontFamily ? withCjkFallback(cs.fontFamily) : EXPORT_SANS_STACK;
  const style = cs?.fontStyle === 'italic' ? 'italic ' : '';
  const weight = cs?.fontWeight ?? '400';
  return { font: `${style}${weight} ${px.toFixed(2)}px ${family}`, color: cs?.color || '#444' };
}

/** The axis labels, projected with the export camera exactly as SurfaceView.placeLabels does. */
function drawLabels(src: CaptureSource, cam: PerspectiveCamera, out: PixelSize, ctx: CanvasRenderingContext2D): void {
  const css = src.canvas.getBoundingClientRect();
  const k = labelScale(out, css.width, css.height);
  const styles = { title: labelStyle(src, true, k), tick: labelStyle(src, false, k) };
  const p = new Vector3();
  cam.updateMatrixWorld();
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of src.labels()) {
    p.set(l.at[0], l.at[1], l.at[2]).project(cam);
    if (!(p.z < 1 && Math.abs(p.x) <= 1.05 && Math.abs(p.y) <= 1.05)) continue;
    const s = l.kind === 'title' ? styles.title : styles.tick;
    ctx.font = s.font;
    ctx.fillStyle = s.color;
    ctx.fillText(l.text, ((p.x + 1) / 2) * out.width, ((1 - p.y) / 2) * out.height);
  }
  ctx.restore();
}
