/**
 * Fills the vertex and index arrays of the surface mesh from sampled heights, in place. The
 * arrays are allocated once per resolution by the caller (DESIGN.md §6: geometry is updated in
 * place) and this function never allocates, so a slider drag costs one pass over the grid.
 */
import { viridisInto } from './colormap';
import { toWorldX, toWorldY, toWorldZ, type Domain, type WorldFrame } from './world-frame';

export interface SurfaceSamples {
  readonly nx: number;
  readonly ny: number;
  /** Heights, row-major: index j * nx + i for x_i, y_j. Finite everywhere (gaps hold a filler). */
  readonly z: Float32Array;
  /** 1 where z is a real value of f, 0 for a gap (undefined, pole, non-finite). */
  readonly mask: Uint8Array;
  /**
   * Computed off the main thread (surface-job.ts, in a worker) together with the samples: the
   * mesh for their own world frame and the contour segments. `fillSurfaceBuffers` and
   * `fillContours` then copy instead of recomputing (issue 11).
   */
  readonly prepared?: { readonly mesh: PreparedMesh; readonly contours: PreparedContours };
}

/** The output of `fillSurfaceBuffers` for one frame, computed ahead. */
export interface PreparedMesh {
  readonly frame: WorldFrame;
  /** Indices used (the return value of fillSurfaceBuffers). */
  readonly count: number;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly colors: Float32Array;
  readonly indices: Uint32Array;
}

/** Contour segments in math coordinates (any world frame maps them), per level of `levels`. */
export interface PreparedContours {
  readonly domain: Domain;
  readonly levels: Float64Array;
  readonly count: number;
  /** x1, y1, x2, y2 per segment. */
  readonly xy: Float64Array;
  /** Index into `levels` per segment. */
  readonly level: Uint16Array;
  /**
   * The same segments already mapped into a world frame (the one the surface's own samples give,
   * which the view takes): what the contour overlay's line buffers hold, ready to copy.
   */
  readonly world?: PreparedContourLines;
}

/** Contour line buffers for one world frame (see explorer/three/contour-geometry.ts). */
export interface PreparedContourLines {
  readonly frame: WorldFrame;
  /** Segments written (6 floats each in every array; the arrays are exactly that long). */
  readonly count: number;
  readonly surface: Float32Array;
  readonly floor: Float32Array;
  readonly colors: Float32Array;
}

const sameDomain = (a: Domain, b: Domain): boolean => a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;

/** True when `frame` is the one a prepared mesh was computed for. */
export function sameWorldFrame(a: WorldFrame, b: WorldFrame): boolean {
  return sameDomain(a.domain, b.domain) && a.zLo === b.zLo && a.zHi === b.zHi;
}

/** True when prepared contours were traced on this domain at exactly these levels. */
export function contoursMatch(c: PreparedContours, domain: Domain, levels: ArrayLike<number>): boolean {
  if (!sameDomain(c.domain, domain) || c.levels.length !== levels.length) return false;
  for (let i = 0; i < levels.length; i++) if (c.levels[i] !== levels[i]) return false;
  return true;
}

export interface SurfaceBuffers {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly colors: Float32Array;
  readonly indices: Uint32Array;
  /** Scratch: 1 where a vertex is defined and inside the z box (reused, never reallocated). */
  readonly drawable: Uint8Array;
}

export function allocateSurfaceBuffers(nx: number, ny: number): SurfaceBuffers {
  const n = nx * ny;
  return {
    positions: new Float32Array(n * 3),
    normals: new Float32Array(n * 3),
    colors: new Float32Array(n * 3),
    indices: new Uint32Array(Math.max(0, (nx - 1) * (ny - 1) * 6)),
    drawable: new Uint8Array(n),
  };
}

const GAP_COLOR = 0.5;
/**
 * A quad whose corners differ by more than this fraction of the z range is a jump across a pole
 * or a discontinuity (tan x, a step), not a steep slope: on a grid of a few dozen cells or more a
 * smooth surface never climbs half the box within one cell. Coarse grids (< 16 cells a side) are
 * exempt, since there one cell may legitimately span most of the box.
 */
export const JUMP_FRACTION = 0.5;

/** The largest rise of one cell, as a fraction of the z range, that still counts as a slope. */
export function maxCellRise(cells: number): number {
  return Math.max(JUMP_FRACTION, 8 / Math.max(1, cells));
}

/**
 * Writes positions, normals, colours and triangle indices. Returns the number of indices used:
 * a quad is drawn only when all four corners are defined and inside the z box and it does not
 * jump (JUMP_FRACTION), so poles, undefined regions and the tails beyond the robust range become
 * holes — the surface is cut at the box like a clipped plot — rather than walls, spikes or NaN.
 */
export function fillSurfaceBuffers(s: SurfaceSamples, frame: WorldFrame, out: SurfaceBuffers): number {
  const pre = s.prepared?.mesh;
  if (pre && sameWorldFrame(pre.frame, frame) && pre.positions.length === out.positions.length && pre.indices.length === out.indices.length) {
    // Computed in the worker for this very frame: a copy (memcpy) instead of three passes.
    out.positions.set(pre.positions);
    out.normals.set(pre.normals);
    out.colors.set(pre.colors);
    out.indices.set(pre.indices.subarray(0, pre.count));
    return pre.count;
  }
  const { nx, ny, z, mask } = s;
  const { positions: P, normals: N, colors: C, indices: I, drawable: D } = out;
  const d = frame.domain;
  const dx = nx > 1 ? (d.xMax - d.xMin) / (nx - 1) : 0;
  const dy = ny > 1 ? (d.yMax - d.yMin) / (ny - 1) : 0;
  const zSpan = frame.zHi - frame.zLo;
  const invSpan = zSpan > 0 ? 1 / zSpan : 0;

  for (let j = 0; j < ny; j++) {
    const wy = toWorldY(frame, d.yMin + j * dy);
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const o = k * 3;
      P[o] = toWorldX(frame, d.xMin + i * dx);
      P[o + 1] = wy;
      if (mask[k]) {
        const zv = z[k]!;
        P[o + 2] = toWorldZ(frame, zv);
        viridisInto((zv - frame.zLo) * invSpan, C, o);
        D[k] = zv >= frame.zLo && zv <= frame.zHi ? 1 : 0;
      } else {
        D[k] = 0;
        P[o + 2] = 0;
        C[o] = C[o + 1] = C[o + 2] = GAP_COLOR;
      }
    }
  }

  // Normals from central differences of the world heights (one-sided at edges and next to gaps):
  // cheaper than three's computeVertexNormals and never averages across a hole.
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const o = k * 3;
      if (!mask[k]) {
        N[o] = 0;
        N[o + 1] = 0;
        N[o + 2] = 1;
        continue;
      }
      const l = i > 0 && mask[k - 1] ? k - 1 : k;
      const r = i < nx - 1 && mask[k + 1] ? k + 1 : k;
      const b = j > 0 && mask[k - nx] ? k - nx : k;
      const t = j < ny - 1 && mask[k + nx] ? k + nx : k;
      const ddx = r !== l ? (P[r * 3 + 2]! - P[l * 3 + 2]!) / (P[r * 3]! - P[l * 3]!) : 0;
      const ddy = t !== b ? (P[t * 3 + 2]! - P[b * 3 + 2]!) / (P[t * 3 + 1]! - P[b * 3 + 1]!) : 0;
      // sqrt, not Math.hypot: hypot's overflow care costs several times more and is not needed here.
      const inv = 1 / Math.sqrt(ddx * ddx + ddy * ddy + 1);
      N[o] = -ddx * inv;
      N[o + 1] = -ddy * inv;
      N[o + 2] = inv;
    }
  }

  const maxJump = maxCellRise(Math.min(nx, ny) - 1) * zSpan;
  let count = 0;
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = j * nx + i;
      const b = a + 1;
      const c = a + nx;
      const e = c + 1;
      if (!(D[a] && D[b] && D[c] && D[e])) continue;
      const za = z[a]!, zb = z[b]!, zc = z[c]!, ze = z[e]!;
      if (Math.max(za, zb, zc, ze) - Math.min(za, zb, zc, ze) > maxJump) continue;
      I[count++] = a;
      I[count++] = b;
      I[count++] = e;
      I[count++] = a;
      I[count++] = e;
      I[count++] = c;
    }
  }
  return count;
}
