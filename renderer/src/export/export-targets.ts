/**
 * What the current page can export and how each export becomes bytes. The page is looked at when
 * the menu opens (scenes register nothing but their 3D views): every visible 1-D plot carries
 * `data-export` on its <svg>, the graph canvas is found by its test id.
 */
import { captureSources, captureViewport, cssSize, type CaptureSource } from '../scenes/surface/viewport-capture';
import { captureSize, exportFileName, type CaptureSize } from './capture-math';
import { buildGraphSvg, findGraphCanvas } from './graph-svg';
import { canvasToPng, rasterizeSvg, serializeSvg } from './svg-serialize';
import { catchUpAll } from '../components/on-screen.svelte';

export interface FigureTarget {
  readonly svg: SVGSVGElement;
  /** The figure's own description (its aria-label, translated). */
  readonly label: string;
  /** ASCII stem for the file name (from its test id). */
  readonly stem: string;
}

export interface ExportTargets {
  readonly views: readonly CaptureSource[];
  readonly figures: readonly FigureTarget[];
  readonly graph: HTMLElement | null;
}

function visible(el: Element): boolean {
  if (!el.isConnected) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

export function findTargets(root: ParentNode = document): ExportTargets {
  // A panel scrolled out of sight holds its figure (on-screen.svelte.ts): every figure listed
  // must show the current state.
  catchUpAll();
  const figures = [...root.querySelectorAll<SVGSVGElement>('svg[data-export]')].filter(visible).map((svg, i) => ({
    svg,
    label: svg.getAttribute('aria-label') ?? `Figure ${i + 1}`,
    stem: (svg.getAttribute('data-testid') ?? `figure-${i + 1}`).replace(/-svg$/, ''),
  }));
  return { views: captureSources(), figures, graph: findGraphCanvas(root) };
}

export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

export async function viewPng(
  src: CaptureSource,
  size: CaptureSize,
  transparent: boolean,
  onProgress?: (f: number) => void,
  signal?: AbortSignal,
): Promise<ExportFile> {
  const css = cssSize(src);
  const out = captureSize(size, css.width, css.height);
  const canvas = await captureViewport(src, out, { transparent, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
  return { name: exportFileName('surface', `${out.width}x${out.height}${transparent ? '-transparent' : ''}`, 'png'), mime: 'image/png', bytes: await canvasToPng(canvas) };
}

export function figureSvg(f: FigureTarget): ExportFile {
  catchUpAll();
  return { name: exportFileName(f.stem, null, 'svg'), mime: 'image/svg+xml', bytes: encoder.encode(serializeSvg(f.svg)) };
}

/** A figure as PNG at `scale` × its on-screen size, drawn from its SVG (sharp, not upscaled). */
export async function figurePng(f: FigureTarget, scale = 2): Promise<ExportFile> {
  catchUpAll();
  const r = f.svg.getBoundingClientRect();
  const w = Math.round(r.width * scale);
  const h = Math.round(r.height * scale);
  const canvas = await rasterizeSvg(serializeSvg(f.svg), w, h);
  return { name: exportFileName(f.stem, `${w}x${h}`, 'png'), mime: 'image/png', bytes: await canvasToPng(canvas) };
}

export function graphSvg(canvas: HTMLElement, title: string): ExportFile {
  return { name: exportFileName('graph', null, 'svg'), mime: 'image/svg+xml', bytes: encoder.encode(buildGraphSvg(canvas, title)) };
}

export async function graphPng(canvas: HTMLElement, title: string, scale = 2): Promise<ExportFile> {
  const text = buildGraphSvg(canvas, title);
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(text);
  const w = Math.round(Number(m?.[1] ?? 800) * scale);
  const h = Math.round(Number(m?.[2] ?? 600) * scale);
  const png = await rasterizeSvg(text, w, h);
  return { name: exportFileName('graph', `${w}x${h}`, 'png'), mime: 'image/png', bytes: await canvasToPng(png) };
}
