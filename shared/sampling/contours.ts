import { marchContours } from './marchingSquares';
import type { GridSamples } from './sampleGrid';

/** The contour f = level as separate segments, 4 floats each: x1, y1, x2, y2 (domain units). */
export interface ContourLevel {
  readonly level: number;
  readonly segments: Float32Array;
  /** Number of segments (segments.length / 4). */
  readonly count: number;
}

/** Grows a Float32Array by doubling; `finish` trims to the used length. */
class SegmentBuffer {
  private data = new Float32Array(1024);
  private used = 0;
  push(x1: number, y1: number, x2: number, y2: number): void {
    if (this.used + 4 > this.data.length) {
      const bigger = new Float32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.used++] = x1;
    this.data[this.used++] = y1;
    this.data[this.used++] = x2;
    this.data[this.used++] = y2;
  }
  finish(): Float32Array {
    return this.data.slice(0, this.used);
  }
}

/**
 * Contour segments of `grid` for each level, by marching squares with linear interpolation along
 * cell edges (see marchingSquares.ts for the conventions: gaps skipped, saddles by the centre).
 * Non-finite levels give no segments. Within a level, segments come in row-major cell order.
 */
export function contours(grid: GridSamples, levels: readonly number[]): ContourLevel[] {
  const buffers = levels.map(() => new SegmentBuffer());
  marchContours(grid, grid.xs, grid.ys, levels, {
    segment: (l, x1, y1, x2, y2) => buffers[l]?.push(x1, y1, x2, y2),
  });
  return levels.map((level, l) => {
    const segments = buffers[l]?.finish() ?? new Float32Array(0);
    return { level, segments, count: segments.length / 4 };
  });
}
