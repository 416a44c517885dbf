/**
 * Which 3D views can be exported, and the capture's error type — without three.js, so the
 * toolbar's Export menu (on the first screen) can list views and show errors while the renderer
 * code (viewport-capture.ts) loads only when an export runs.
 */
import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import type { AxisLabel } from './axes-geometry';
import type { SurfaceView } from './surface-view';

/** What a capture needs from a view. */
export interface CaptureSource {
  /** The on-screen canvas (its CSS size is the "1×" size; its aria-label names the view). */
  readonly canvas: HTMLCanvasElement;
  readonly renderer: WebGLRenderer;
  readonly scene: Scene;
  readonly camera: PerspectiveCamera;
  /** The axis labels as currently shown (world positions and text). */
  labels(): readonly AxisLabel[];
  /** The element whose children are the on-screen label spans (their CSS gives font and colour). */
  readonly labelLayer: HTMLElement;
}

export type CaptureErrorCode = 'context-lost' | 'too-large' | 'cancelled' | 'no-2d';

export class CaptureError extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    detail = '',
  ) {
    super(`viewport capture failed: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

const sources = new Set<CaptureSource>();

/**
 * Registers a surface view for export; returns the unregister function (an effect's cleanup).
 * SurfaceView keeps its renderer, scene and camera private (nothing else should drive them); this
 * adapter is the one reader, through TypeScript's element-access escape hatch, so the view's
 * public API stays unchanged.
 */
export function registerViewportCapture(view: SurfaceView): () => void {
  const src: CaptureSource = {
    canvas: view['canvas'],
    renderer: view['renderer'],
    scene: view['scene'],
    camera: view['camera'],
    labelLayer: view['labelLayer'],
    labels: () => view['labels'],
  };
  sources.add(src);
  return () => {
    sources.delete(src);
  };
}

/** Registered views that are on screen now (attached and with a size), in registration order. */
export function captureSources(): CaptureSource[] {
  return [...sources].filter((s) => {
    if (!s.canvas.isConnected) return false;
    const r = s.canvas.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
}

/** The view's on-screen size in CSS px (the basis of 1× and 2×). */
export function cssSize(src: CaptureSource): { width: number; height: number } {
  const r = src.canvas.getBoundingClientRect();
  return { width: r.width, height: r.height };
}

