/**
 * Marching squares over a sampled grid, written once for every consumer: `contours` collects the
 * segments into arrays, the renderer writes them straight into GPU buffers. Both receive each
 * segment through a sink, so neither allocates per cell.
 *
 * Corners of cell (i, j): a = (i, j), b = (i+1, j), c = (i+1, j+1), d = (i, j+1); case index =
 * a + 2b + 4c + 8d with a bit set when z ≥ level. Edges: 0 = a–b (bottom), 1 = b–c (right),
 * 2 = d–c (top), 3 = a–d (left). Cells with a masked corner (a gap or pole) are skipped, so
 * contours never run through undefined regions. Saddle cells (opposite corners above the level)
 * are decided by the cell centre, taken as the mean of the four corners: if it is above the level
 * the two high corners are joined through the centre.
 */

/** Receives each segment: the index of its level in the caller's array, then its end points. */
export interface ContourSink {
  segment(levelIndex: number, x1: number, y1: number, x2: number, y2: number): void;
}

/** The grid as marching squares reads it (GridSamples and the renderer's samples both fit). */
export interface MarchGrid {
  readonly nx: number;
  readonly ny: number;
  /** Row-major heights, z[j·nx + i] at (xs[i], ys[j]). */
  readonly z: ArrayLike<number>;
  readonly mask: ArrayLike<number>;
}

/** The edge pair each non-saddle case joins (−1: none). */
const EDGE1 = Int8Array.from([-1, 3, 0, 3, 1, -1, 0, 3, 2, 0, -1, 1, 3, 0, 3, -1]);
const EDGE2 = Int8Array.from([-1, 0, 1, 1, 2, -1, 2, 2, 3, 2, -1, 2, 1, 1, 0, -1]);

/** Scratch for the sorted levels of the call in progress (grown when needed, never shrunk). */
const scratch = { values: new Float64Array(32), index: new Int32Array(32) };
const ex = new Float64Array(4);
const ey = new Float64Array(4);

/**
 * Traces every finite level of `levels` (any order; non-finite ones are ignored) in one pass over
 * the cells: each cell is read once and only the levels between its lowest and highest corner are
 * traced, so the cost barely grows with the number of levels. Coordinates come from `xs`, `ys`.
 */
export function marchContours(
  grid: MarchGrid,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  levels: ArrayLike<number>,
  sink: ContourSink,
): void {
  const { nx, ny, z, mask } = grid;
  if (nx < 2 || ny < 2) return;
  if (scratch.values.length < levels.length) {
    scratch.values = new Float64Array(levels.length);
    scratch.index = new Int32Array(levels.length);
  }
  const lv = scratch.values;
  const li = scratch.index;
  let nl = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] ?? Number.NaN;
    if (!Number.isFinite(level)) continue;
    // Insertion sort: a handful of levels, usually already ascending.
    let k = nl++;
    while (k > 0 && (lv[k - 1] ?? 0) > level) {
      lv[k] = lv[k - 1] ?? 0;
      li[k] = li[k - 1] ?? 0;
      k--;
    }
    lv[k] = level;
    li[k] = l;
  }
  if (nl === 0) return;
  const lowest = lv[0] ?? 0;
  const highest = lv[nl - 1] ?? 0;

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
      const lo = Math.min(za, zb, zc, zd);
      const hi = Math.max(za, zb, zc, zd);
      if (hi < lowest || lo > highest) continue;
      // First level above lo: a level at or below every corner makes case 15, nothing to draw.
      let l = 0;
      let h = nl;
      while (l < h) {
        const m = (l + h) >> 1;
        if ((lv[m] ?? 0) <= lo) l = m + 1;
        else h = m;
      }
      const x0 = xs[i] ?? 0;
      const x1 = xs[i + 1] ?? 0;
      for (; l < nl; l++) {
        const level = lv[l] ?? 0;
        if (level > hi) break;
        const index = (za >= level ? 1 : 0) | (zb >= level ? 2 : 0) | (zc >= level ? 4 : 0) | (zd >= level ? 8 : 0);
        if (index === 0 || index === 15) continue;
        if ((za >= level) !== (zb >= level)) {
          ex[0] = x0 + ((level - za) / (zb - za)) * (x1 - x0);
          ey[0] = y0;
        }
        if ((zb >= level) !== (zc >= level)) {
          ex[1] = x1;
          ey[1] = y0 + ((level - zb) / (zc - zb)) * (y1 - y0);
        }
        if ((zd >= level) !== (zc >= level)) {
          ex[2] = x0 + ((level - zd) / (zc - zd)) * (x1 - x0);
          ey[2] = y1;
        }
        if ((za >= level) !== (zd >= level)) {
          ex[3] = x0;
          ey[3] = y0 + ((level - za) / (zd - za)) * (y1 - y0);
        }
        const target = li[l] ?? 0;
        if (index === 5 || index === 10) {
          const centreHigh = (za + zb + zc + zd) / 4 >= level;
          // Case 5 (a, c high) with a high centre joins a–c and isolates the low corners b, d.
          const isolateBD = index === 5 ? centreHigh : !centreHigh;
          if (isolateBD) {
            sink.segment(target, ex[0] ?? 0, ey[0] ?? 0, ex[1] ?? 0, ey[1] ?? 0);
            sink.segment(target, ex[2] ?? 0, ey[2] ?? 0, ex[3] ?? 0, ey[3] ?? 0);
          } else {
            sink.segment(target, ex[3] ?? 0, ey[3] ?? 0, ex[0] ?? 0, ey[0] ?? 0);
            sink.segment(target, ex[1] ?? 0, ey[1] ?? 0, ex[2] ?? 0, ey[2] ?? 0);
          }
          continue;
        }
        const e1 = EDGE1[index] ?? 0;
        const e2 = EDGE2[index] ?? 0;
        sink.segment(target, ex[e1] ?? 0, ey[e1] ?? 0, ex[e2] ?? 0, ey[e2] ?? 0);
      }
    }
  }
}
