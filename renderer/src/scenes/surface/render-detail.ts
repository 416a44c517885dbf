/**
 * How much detail the 3D view draws (issue 9). On a GPU: everything, always (pixel ratio up to 2,
 * the full mesh). On a software rasterizer (software-gl.ts), where each pixel and vertex is CPU
 * work: the pixel ratio is capped at 1, and while the camera or a slider moves the view draws a
 * coarser mesh with a cheaper (per-vertex lit) material and without
 * the transparent planes and see-through line copies (overdraw); it refines once nothing has
 * moved for IDLE_MS. The user can turn the adaptation off.
 */
import type { SurfaceSamples } from './surface-mesh';

/** Nothing moved for this long: draw the full detail again. */
export const IDLE_MS = 150;
/** Grid side drawn while moving (the session's slider-drag resolution, so the GPU buffers are shared). */
export const MOVING_RESOLUTION = 48;
/**
 * The pixel ratio stays put while moving: changing it reallocates the canvas's drawing buffer,
 * and on SwiftShader that reallocation waits for every queued frame (0.6–1 s each time, measured).
 */

export interface DetailInput {
  readonly software: boolean;
  /** The user's "reduce detail while moving" switch (on by default). */
  readonly adapt: boolean;
  readonly moving: boolean;
  readonly devicePixelRatio: number;
}

export interface Detail {
  readonly pixelRatio: number;
  /** Draw the surface decimated to at most MOVING_RESOLUTION a side. */
  readonly coarseMesh: boolean;
  /** Per-vertex lighting, no transparent planes or see-through line copies. */
  readonly cheap: boolean;
}

export function renderDetail(i: DetailInput): Detail {
  const dpr = i.devicePixelRatio > 0 && Number.isFinite(i.devicePixelRatio) ? i.devicePixelRatio : 1;
  const full = Math.min(2, dpr);
  if (!i.software || !i.adapt) return { pixelRatio: full, coarseMesh: false, cheap: false };
  if (!i.moving) return { pixelRatio: Math.min(1, full), coarseMesh: false, cheap: false };
  return { pixelRatio: Math.min(1, full), coarseMesh: true, cheap: true };
}

/** The grid indices kept when decimating n samples to m: evenly spread, both ends included. */
export function decimatedIndices(n: number, m: number): Int32Array {
  const k = Math.max(2, Math.min(n, m));
  const out = new Int32Array(k);
  for (let j = 0; j < k; j++) out[j] = Math.round((j * (n - 1)) / (k - 1));
  return out;
}

export interface MutableSamples {
  nx: number;
  ny: number;
  z: Float32Array;
  mask: Uint8Array;
}

/**
 * Samples decimated to at most `m` a side into `out` (reallocated only when too small). The kept
 * rows and columns are evenly spread indices of the full grid, so the coarse mesh is the full one
 * seen through a coarser sieve: no resampling, no new function evaluations. When n − 1 is not a
 * multiple of m − 1 the kept columns are up to half a fine cell off an even spacing — invisible
 * while moving, and the full mesh returns at rest.
 */
export function decimateSamples(s: SurfaceSamples, m: number, out: MutableSamples | null): MutableSamples {
  const ix = decimatedIndices(s.nx, m);
  const iy = decimatedIndices(s.ny, m);
  const size = ix.length * iy.length;
  const o = out && out.z.length >= size ? out : { nx: 0, ny: 0, z: new Float32Array(size), mask: new Uint8Array(size) };
  o.nx = ix.length;
  o.ny = iy.length;
  for (let j = 0; j < iy.length; j++) {
    const row = iy[j]! * s.nx;
    for (let i = 0; i < ix.length; i++) {
      o.z[j * o.nx + i] = s.z[row + ix[i]!]!;
      o.mask[j * o.nx + i] = s.mask[row + ix[i]!]!;
    }
  }
  return o;
}
