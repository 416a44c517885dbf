/**
 * The graph canvas computes a network's loss over two parameters in a worker (a plain grid of
 * losses); the surface view wants masked samples and a z range. This adapts one to the other.
 */
import type { SurfaceSamples } from './surface-mesh';

export interface LossGrid {
  readonly resolution: number;
  /** samples[j·resolution + i]: loss at (a_i, b_j). */
  readonly samples: Float32Array;
}

export interface NetworkSurface {
  readonly samples: SurfaceSamples;
  readonly zLo: number;
  readonly zHi: number;
  readonly gaps: number;
}

export function networkSurface(grid: LossGrid): NetworkSurface {
  const n = grid.resolution;
  const z = new Float32Array(n * n);
  const mask = new Uint8Array(n * n);
  let lo = Infinity;
  let hi = -Infinity;
  let gaps = 0;
  for (let k = 0; k < n * n; k++) {
    const v = grid.samples[k] ?? Number.NaN;
    if (Number.isFinite(v)) {
      z[k] = v;
      mask[k] = 1;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    } else {
      gaps++;
    }
  }
  if (!(hi > lo)) {
    // Constant (or empty) loss: give the box some height so the plane sits in its middle.
    const c = Number.isFinite(lo) ? lo : 0;
    lo = c - 0.5;
    hi = c + 0.5;
  }
  for (let k = 0; k < n * n; k++) if (!mask[k]) z[k] = lo;
  return { samples: { nx: n, ny: n, z, mask }, zLo: lo, zHi: hi, gaps };
}
