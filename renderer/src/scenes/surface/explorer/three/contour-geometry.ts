/**
 * Pure geometry of the contour lines (deck ch. 5: the gradient is perpendicular to them): the
 * core's marching squares (shared/sampling/marchingSquares.ts, tested there against circles,
 * lines and hand-worked saddles) written straight into world-space line buffers — once at height
 * `level` on the surface, once on the floor — with no intermediate arrays, so resampling during a
 * drag allocates nothing.
 */
import { marchContours, type ContourSink } from '$shared/sampling/marchingSquares';
import { viridisInto } from '../../colormap';
import { contoursMatch, sameWorldFrame, type SurfaceSamples } from '../../surface-mesh';
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

/** Coordinate scratch (grid x and y values), grown when a finer grid arrives. */
const coords = { xs: new Float64Array(256), ys: new Float64Array(256) };

/** The call in progress, module-level so the sink needs no closure and nothing is allocated. */
const run = {
  out: null as ContourBuffers | null,
  frame: null as WorldFrame | null,
  capacity: 0,
  count: 0,
  /** Per level index of the caller's array: world height (NaN = outside the box) and colour. */
  wz: new Float64Array(32),
  rgb: new Float32Array(96),
};

const sink: ContourSink = {
  segment(l, x1, y1, x2, y2) {
    const { out, frame } = run;
    const wz = run.wz[l] ?? Number.NaN;
    if (Number.isNaN(wz)) return;
    if (out && frame && run.count < run.capacity) {
      const o = run.count * 6;
      const ax = toWorldX(frame, x1);
      const ay = toWorldY(frame, y1);
      const bx = toWorldX(frame, x2);
      const by = toWorldY(frame, y2);
      put3(out.surface, o, ax, ay, wz);
      put3(out.surface, o + 3, bx, by, wz);
      put3(out.floor, o, ax, ay, FLOOR_LIFT);
      put3(out.floor, o + 3, bx, by, FLOOR_LIFT);
      const r = run.rgb[l * 3] ?? 0;
      const g = run.rgb[l * 3 + 1] ?? 0;
      const b = run.rgb[l * 3 + 2] ?? 0;
      put3(out.colors, o, r, g, b);
      put3(out.colors, o + 3, r, g, b);
    }
    run.count++;
  },
};

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
  const { nx, ny } = samples;
  if (nx < 2 || ny < 2) return 0;
  const ready = samples.prepared?.contours;
  if (ready?.world && lift === SURFACE_LIFT && sameWorldFrame(ready.world.frame, frame) && contoursMatch(ready, domain, levels)) {
    // Mapped into this very frame in the worker (surface-job.ts): a copy, no pass over segments.
    const w = ready.world;
    if (w.count * 6 <= out.surface.length) {
      out.surface.set(w.surface);
      out.floor.set(w.floor);
      out.colors.set(w.colors);
    }
    return w.count;
  }
  if (coords.xs.length < nx) coords.xs = new Float64Array(nx);
  if (coords.ys.length < ny) coords.ys = new Float64Array(ny);
  const dx = (domain.xMax - domain.xMin) / (nx - 1);
  const dy = (domain.yMax - domain.yMin) / (ny - 1);
  // The last coordinate is the domain edge exactly, as in the surface mesh.
  for (let i = 0; i < nx; i++) coords.xs[i] = i === nx - 1 ? domain.xMax : domain.xMin + i * dx;
  for (let j = 0; j < ny; j++) coords.ys[j] = j === ny - 1 ? domain.yMax : domain.yMin + j * dy;
  const zSpan = frame.zHi - frame.zLo;
  if (run.wz.length < levels.length) {
    run.wz = new Float64Array(levels.length);
    run.rgb = new Float32Array(levels.length * 3);
  }
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] ?? Number.NaN;
    // Levels outside the box are where the drawn surface is cut away: no line there.
    const inside = level > frame.zLo && level < frame.zHi;
    run.wz[l] = inside ? toWorldZ(frame, level) + lift : Number.NaN;
    if (inside) viridisInto(zSpan > 0 ? (level - frame.zLo) / zSpan : 0.5, run.rgb, l * 3);
  }
  run.out = out;
  run.frame = frame;
  run.capacity = Math.floor(out.surface.length / 6);
  run.count = 0;
  const pre = samples.prepared?.contours;
  if (pre && contoursMatch(pre, domain, levels)) {
    // Traced in the worker (surface-job.ts) in math coordinates: only the mapping to this frame
    // is left, one pass over the segments instead of one over the grid.
    const { xy, level } = pre;
    for (let k = 0; k < pre.count; k++) sink.segment(level[k]!, xy[k * 4]!, xy[k * 4 + 1]!, xy[k * 4 + 2]!, xy[k * 4 + 3]!);
  } else {
    marchContours(samples, coords.xs, coords.ys, levels, sink);
  }
  // Drop the references so the module does not keep the caller's buffers alive.
  run.out = null;
  run.frame = null;
  return run.count;
}
