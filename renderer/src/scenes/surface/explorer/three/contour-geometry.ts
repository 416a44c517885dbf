/**
 * Pure geometry of the contour lines (deck ch. 5: the gradient is perpendicular to them): marching
 * squares over the sampled grid, written straight into world-space line buffers — once at height
 * `level` on the surface, once on the floor — with no intermediate arrays, so resampling during a
 * drag allocates nothing. Same conventions as shared/sampling's `contours` (cells with a gap
 * corner are skipped; saddles are decided by the mean of the four corners), which the tests use
 * as an independent check.
 */
import { viridisInto } from '../../colormap';
import type { SurfaceSamples } from '../../surface-mesh';
import { toWorldX, toWorldY, toWorldZ, type Domain, type WorldFrame } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { put3 } from './clip';
import { SURFACE_LIFT } from './slice-geometry';

/** Caller-owned buffers; capacity = surface.length / 6 segments (all three sized alike). */
export interface ContourBuffers {
  /** Segments on the surface at z = level (+ lift), 6 floats each, world units. */
  readonly surface: Float32Array;
  /** The same segments on the floor. */
  readonly floor: Float32Array;
  /** RGB 0..1 per floor vertex (6 floats per segment): the colour map at the level. */
  readonly colors: Float32Array;
}

/** Allocates buffers for `segments` segments. */
export function allocateContourBuffers(segments: number): ContourBuffers {
  const n = Math.max(1, Math.ceil(segments)) * 6;
  return { surface: new Float32Array(n), floor: new Float32Array(n), colors: new Float32Array(n) };
}

/*
 * Corners of cell (i, j): a = (i, j), b = (i+1, j), c = (i+1, j+1), d = (i, j+1); case = a + 2b +
 * 4c + 8d with a bit set when z ≥ level. Edges: 0 = a–b, 1 = b–c, 2 = d–c, 3 = a–d. Each case
 * joins EDGE1[case]–EDGE2[case]; saddles (5, 10) are handled separately.
 */
const EDGE1 = Int8Array.from([-1, 3, 0, 3, 1, -1, 0, 3, 2, 0, -1, 1, 3, 0, 3, -1]);
const EDGE2 = Int8Array.from([-1, 0, 1, 1, 2, -1, 2, 2, 3, 2, -1, 2, 1, 1, 0, -1]);

/** Per-call state, module-level so the inner loops allocate nothing. */
const cell = { x0: 0, x1: 0, y0: 0, y1: 0, za: 0, zb: 0, zc: 0, zd: 0, level: 0 };
const crossing = { x: 0, y: 0 };
const rgb = new Float32Array(3);
/** Sorted in-box levels of the call in progress, grown when a call has more levels. */
const levelScratch = { values: new Float64Array(32), wz: new Float64Array(32), rgb: new Float32Array(96) };

/** The call in progress (module-level like `cell`, so `emit` needs no closure). */
const run: { out: ContourBuffers | null; frame: WorldFrame | null; capacity: number; count: number } = { out: null, frame: null, capacity: 0, count: 0 };

function emit(e1: number, e2: number, wz: number): void {
  const { out, frame } = run;
  if (out && frame && run.count < run.capacity) {
    const o = run.count * 6;
    cross(e1);
    const ax = toWorldX(frame, crossing.x);
    const ay = toWorldY(frame, crossing.y);
    cross(e2);
    const bx = toWorldX(frame, crossing.x);
    const by = toWorldY(frame, crossing.y);
    put3(out.surface, o, ax, ay, wz);
    put3(out.surface, o + 3, bx, by, wz);
    put3(out.floor, o, ax, ay, FLOOR_LIFT);
    put3(out.floor, o + 3, bx, by, FLOOR_LIFT);
    put3(out.colors, o, rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0);
    put3(out.colors, o + 3, rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0);
  }
  run.count++;
}

function cross(e: number): void {
  const c = cell;
  const L = c.level;
  if (e === 0) {
    crossing.x = c.x0 + ((L - c.za) / (c.zb - c.za)) * (c.x1 - c.x0);
    crossing.y = c.y0;
  } else if (e === 1) {
    crossing.x = c.x1;
    crossing.y = c.y0 + ((L - c.zb) / (c.zc - c.zb)) * (c.y1 - c.y0);
  } else if (e === 2) {
    crossing.x = c.x0 + ((L - c.zd) / (c.zc - c.zd)) * (c.x1 - c.x0);
    crossing.y = c.y1;
  } else {
    crossing.x = c.x0;
    crossing.y = c.y0 + ((L - c.za) / (c.zd - c.za)) * (c.y1 - c.y0);
  }
}

/**
 * Writes the contour segments of every level strictly within the frame's z range (levels outside
 * it are where the drawn surface is flattened, so they are skipped) and returns the number of
 * segments the levels need. Only the first capacity segments are written: when the return value
 * exceeds the capacity, grow the buffers and call again. Coordinates of sample (i, j) are
 * xMin + i·(xMax − xMin)/(nx − 1) and likewise for y, as in the surface mesh.
 */
export function fillContours(
  samples: SurfaceSamples,
  domain: Domain,
  levels: ArrayLike<number>,
  frame: WorldFrame,
  out: ContourBuffers,
  lift = SURFACE_LIFT,
): number {
  const { nx, ny, z, mask } = samples;
  if (nx < 2 || ny < 2) return 0;
  const capacity = Math.floor(out.surface.length / 6);
  const dx = (domain.xMax - domain.xMin) / (nx - 1);
  const dy = (domain.yMax - domain.yMin) / (ny - 1);
  const zSpan = frame.zHi - frame.zLo;
  run.out = out;
  run.frame = frame;
  run.capacity = capacity;
  run.count = 0;

  // The levels inside the box, ascending, with their heights and colours worked out once.
  let nl = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] ?? Number.NaN;
    if (level > frame.zLo && level < frame.zHi) nl++;
  }
  if (levelScratch.values.length < nl) {
    levelScratch.values = new Float64Array(nl);
    levelScratch.wz = new Float64Array(nl);
    levelScratch.rgb = new Float32Array(nl * 3);
  }
  const { values: lv, wz: lwz, rgb: lrgb } = levelScratch;
  nl = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] ?? Number.NaN;
    if (!(level > frame.zLo && level < frame.zHi)) continue;
    let k = nl++;
    // Insertion keeps them sorted whatever order the caller passed.
    while (k > 0 && (lv[k - 1] ?? 0) > level) {
      lv[k] = lv[k - 1] ?? 0;
      lwz[k] = lwz[k - 1] ?? 0;
      lrgb[k * 3] = lrgb[(k - 1) * 3] ?? 0;
      lrgb[k * 3 + 1] = lrgb[(k - 1) * 3 + 1] ?? 0;
      lrgb[k * 3 + 2] = lrgb[(k - 1) * 3 + 2] ?? 0;
      k--;
    }
    lv[k] = level;
    lwz[k] = toWorldZ(frame, level) + lift;
    viridisInto(zSpan > 0 ? (level - frame.zLo) / zSpan : 0.5, lrgb, k * 3);
  }
  if (nl === 0) {
    run.out = null;
    run.frame = null;
    return 0;
  }

  // One pass over the cells: each cell is read once and only the levels between its lowest and
  // highest corner are traced (most cells cross none), instead of one pass per level.
  for (let j = 0; j + 1 < ny; j++) {
    const y0 = domain.yMin + j * dy;
    const y1 = j + 1 === ny - 1 ? domain.yMax : domain.yMin + (j + 1) * dy;
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
      if (!(hi >= (lv[0] ?? 0)) || lo > (lv[nl - 1] ?? 0)) continue;
      // First level above lo (a level equal to every corner gives case 15: nothing to draw).
      let l = 0;
      let h = nl;
      while (l < h) {
        const m = (l + h) >> 1;
        if ((lv[m] ?? 0) <= lo) l = m + 1;
        else h = m;
      }
      for (; l < nl; l++) {
        const level = lv[l] ?? 0;
        if (level > hi) break;
        const index = (za >= level ? 1 : 0) | (zb >= level ? 2 : 0) | (zc >= level ? 4 : 0) | (zd >= level ? 8 : 0);
        if (index === 0 || index === 15) continue;
        cell.level = level;
        cell.y0 = y0;
        cell.y1 = y1;
        cell.za = za;
        cell.zb = zb;
        cell.zc = zc;
        cell.zd = zd;
        cell.x0 = domain.xMin + i * dx;
        cell.x1 = i + 1 === nx - 1 ? domain.xMax : domain.xMin + (i + 1) * dx;
        rgb[0] = lrgb[l * 3] ?? 0;
        rgb[1] = lrgb[l * 3 + 1] ?? 0;
        rgb[2] = lrgb[l * 3 + 2] ?? 0;
        const wz = lwz[l] ?? 0;
        if (index === 5 || index === 10) {
          const centreHigh = (za + zb + zc + zd) / 4 >= level;
          // Case 5 (a, c high) with a high centre joins a–c and isolates the low corners b, d.
          const isolateBD = index === 5 ? centreHigh : !centreHigh;
          if (isolateBD) {
            emit(0, 1, wz);
            emit(2, 3, wz);
          } else {
            emit(3, 0, wz);
            emit(1, 2, wz);
          }
          continue;
        }
        emit(EDGE1[index] ?? 0, EDGE2[index] ?? 0, wz);
      }
    }
  }
  // Drop the references so the module does not keep the caller's buffers alive.
  run.out = null;
  run.frame = null;
  return run.count;
}
