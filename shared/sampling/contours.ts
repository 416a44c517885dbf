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

/*
 * Marching squares. Corners of cell (i, j): a = (i, j), b = (i+1, j), c = (i+1, j+1), d = (i, j+1);
 * case index = a + 2b + 4c + 8d with bit set when z ≥ level. Edges: 0 = a–b (bottom),
 * 1 = b–c (right), 2 = d–c (top), 3 = a–d (left). Each entry lists edge pairs to join.
 */
const CASES: readonly (readonly number[])[] = [
  [], // 0
  [3, 0], // 1: a
  [0, 1], // 2: b
  [3, 1], // 3: a b
  [1, 2], // 4: c
  [], // 5: a c — saddle, resolved below
  [0, 2], // 6: b c
  [3, 2], // 7: a b c
  [2, 3], // 8: d
  [0, 2], // 9: a d
  [], // 10: b d — saddle, resolved below
  [1, 2], // 11: a b d
  [3, 1], // 12: c d
  [0, 1], // 13: a c d
  [3, 0], // 14: b c d
  [], // 15
];

/**
 * Contour segments of `grid` for each level, by marching squares with linear interpolation along
 * cell edges. Cells with any masked corner (a gap or pole) are skipped, so contours never run
 * through undefined regions. Saddle cells (opposite corners above the level) are disambiguated by
 * the cell centre, taken as the mean of the four corners: if it is above the level, the two
 * high corners are joined through the centre. Non-finite levels give no segments.
 */
export function contours(grid: GridSamples, levels: readonly number[]): ContourLevel[] {
  return levels.map((level) => {
    const buf = new SegmentBuffer();
    if (Number.isFinite(level)) marchLevel(grid, level, buf);
    const segments = buf.finish();
    return { level, segments, count: segments.length / 4 };
  });
}

/** Crossing of `level` on the edge from (pa, za) to (pb, zb) along one axis; za, zb straddle it. */
const lerp = (pa: number, pb: number, za: number, zb: number, level: number): number => pa + ((level - za) / (zb - za)) * (pb - pa);

/** All segments of one level (hot loop: no allocation per cell). */
function marchLevel(grid: GridSamples, level: number, buf: SegmentBuffer): void {
  const { nx, ny, xs, ys, z, mask } = grid;
  // Edge crossings of the current cell, indexed by edge number (x and y per edge).
  const ex = new Float64Array(4);
  const ey = new Float64Array(4);
  for (let j = 0; j + 1 < ny; j++) {
    const y0 = ys[j] ?? 0;
    const y1 = ys[j + 1] ?? 0;
    for (let i = 0; i + 1 < nx; i++) {
      const ka = j * nx + i;
      const kd = ka + nx;
      if (mask[ka] !== 1 || mask[ka + 1] !== 1 || mask[kd + 1] !== 1 || mask[kd] !== 1) continue;
      const za = z[ka] ?? 0;
      const zb = z[ka + 1] ?? 0;
      const zc = z[kd + 1] ?? 0;
      const zd = z[kd] ?? 0;
      const index = (za >= level ? 1 : 0) | (zb >= level ? 2 : 0) | (zc >= level ? 4 : 0) | (zd >= level ? 8 : 0);
      if (index === 0 || index === 15) continue;
      const x0 = xs[i] ?? 0;
      const x1 = xs[i + 1] ?? 0;
      // Only edges whose ends straddle the level are computed (no 0/0).
      if ((za >= level) !== (zb >= level)) {
        ex[0] = lerp(x0, x1, za, zb, level);
        ey[0] = y0;
      }
      if ((zb >= level) !== (zc >= level)) {
        ex[1] = x1;
        ey[1] = lerp(y0, y1, zb, zc, level);
      }
      if ((zd >= level) !== (zc >= level)) {
        ex[2] = lerp(x0, x1, zd, zc, level);
        ey[2] = y1;
      }
      if ((za >= level) !== (zd >= level)) {
        ex[3] = x0;
        ey[3] = lerp(y0, y1, za, zd, level);
      }
      if (index === 5 || index === 10) {
        const centreHigh = (za + zb + zc + zd) / 4 >= level;
        // Case 5 (a, c high): a centre above joins a–c, isolating the low corners b and d.
        // Case 10 (b, d high): a centre above joins b–d, isolating the low corners a and c.
        const isolateBD = index === 5 ? centreHigh : !centreHigh;
        if (isolateBD) {
          buf.push(ex[0] ?? 0, ey[0] ?? 0, ex[1] ?? 0, ey[1] ?? 0);
          buf.push(ex[2] ?? 0, ey[2] ?? 0, ex[3] ?? 0, ey[3] ?? 0);
        } else {
          buf.push(ex[3] ?? 0, ey[3] ?? 0, ex[0] ?? 0, ey[0] ?? 0);
          buf.push(ex[1] ?? 0, ey[1] ?? 0, ex[2] ?? 0, ey[2] ?? 0);
        }
        continue;
      }
      const pair = CASES[index];
      const e1 = pair?.[0];
      const e2 = pair?.[1];
      if (e1 !== undefined && e2 !== undefined) buf.push(ex[e1] ?? 0, ey[e1] ?? 0, ex[e2] ?? 0, ey[e2] ?? 0);
    }
  }
}
