import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import type { Domain, Resolution } from './domain';
import { gridCoordinate, validateGridSpec } from './domain';
import { gapFiller, robustRange } from './robustRange';

/** A plain function of two variables. */
export type ScalarFunction2 = (x: number, y: number) => number;

/**
 * A vectorized evaluator (the shape of shared/expr's `compileVectorized`): reads inputs[0][k] = x,
 * inputs[1][k] = y for k < length and writes out[k] = f(x, y).
 */
export interface VectorizedEvaluator {
  evaluate(inputs: readonly (Float64Array | Float32Array)[], out: Float64Array | Float32Array, length?: number): void;
}

export type GridEvaluator = ScalarFunction2 | VectorizedEvaluator;

/**
 * Samples of f on an nx × ny grid, row-major: z[j·nx + i] = f(xs[i], ys[j]). All arrays are
 * preallocated and reused by `sampleGrid` when passed back as `target`.
 * Invariants: every z is finite (a float32); mask[k] = 1 when z[k] is f's value (rounded to
 * float32), 0 for a gap (f NaN, ±∞, beyond float32, or a pole beyond the robust fence) whose z is
 * a filler: the range edge it runs off to, or 0 clamped into the range for undefined points.
 */
export interface GridSamples {
  readonly nx: number;
  readonly ny: number;
  domain: Domain;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly z: Float32Array;
  readonly mask: Uint8Array;
  /** Robust display range (percentile based, see robustRange); zMin < zMax always. */
  zMin: number;
  zMax: number;
  /** Number of gaps (mask 0), and how many of them are poles cut by the fence. */
  gapCount: number;
  poleCount: number;
}

/** Points evaluated per vectorized call: large enough to amortize the call, small enough for cache. */
const CHUNK = 16384;

interface Scratch {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly out: Float64Array;
}
const scratchFor = new WeakMap<GridSamples, Scratch>();

function allocate(resolution: Resolution, domain: Domain): GridSamples {
  const n = resolution.nx * resolution.ny;
  return {
    nx: resolution.nx,
    ny: resolution.ny,
    domain,
    xs: new Float64Array(resolution.nx),
    ys: new Float64Array(resolution.ny),
    z: new Float32Array(n),
    mask: new Uint8Array(n),
    zMin: -1,
    zMax: 1,
    gapCount: 0,
    poleCount: 0,
  };
}

function scratch(grid: GridSamples): Scratch {
  const existing = scratchFor.get(grid);
  if (existing) return existing;
  const rows = Math.max(1, Math.floor(CHUNK / grid.nx));
  const size = Math.min(grid.nx * grid.ny, rows * grid.nx);
  const s = { xs: new Float64Array(size), ys: new Float64Array(size), out: new Float64Array(size) };
  scratchFor.set(grid, s);
  return s;
}

/**
 * Evaluates f over the domain into `target` when its resolution matches (no allocation), else
 * into a new GridSamples. Fails with a bilingual message for an invalid domain or resolution
 * (empty or reversed ranges, non-finite bounds, resolution outside [2, 1024], ranges too narrow
 * to resolve). Poles and undefined regions become gaps (see GridSamples); values beyond the
 * robust fence (20 bulk-widths past the 1st–99th percentiles) are treated as poles.
 */
export function sampleGrid(evaluate: GridEvaluator, domain: Domain, resolution: Resolution, target?: GridSamples): Result<GridSamples, LocalizedText> {
  const valid = validateGridSpec(domain, resolution);
  if (!valid.ok) return err(valid.error);
  const { nx, ny } = resolution;
  const grid = target && target.nx === nx && target.ny === ny ? target : allocate(resolution, domain);
  grid.domain = { xMin: domain.xMin, xMax: domain.xMax, yMin: domain.yMin, yMax: domain.yMax };
  for (let i = 0; i < nx; i++) grid.xs[i] = gridCoordinate(domain.xMin, domain.xMax, i, nx);
  for (let j = 0; j < ny; j++) grid.ys[j] = gridCoordinate(domain.yMin, domain.yMax, j, ny);
  const { z, mask, xs, ys } = grid;
  const n = nx * ny;

  if (typeof evaluate === 'function') {
    for (let j = 0; j < ny; j++) {
      const y = ys[j] ?? 0;
      const row = j * nx;
      for (let i = 0; i < nx; i++) z[row + i] = evaluate(xs[i] ?? 0, y);
    }
  } else {
    const s = scratch(grid);
    const rowsPerChunk = Math.max(1, Math.floor(s.out.length / nx));
    for (let j0 = 0; j0 < ny; j0 += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, ny - j0);
      const len = rows * nx;
      for (let r = 0; r < rows; r++) {
        const y = ys[j0 + r] ?? 0;
        const base = r * nx;
        s.xs.set(xs, base);
        s.ys.fill(y, base, base + nx);
      }
      evaluate.evaluate([s.xs, s.ys], s.out, len);
      z.set(len === s.out.length ? s.out : s.out.subarray(0, len), j0 * nx);
    }
  }

  // Finiteness is judged after rounding to float32: 1e39 is a gap, not Infinity in the mesh.
  let gaps = 0;
  for (let k = 0; k < n; k++) {
    const finite = Number.isFinite(z[k]);
    mask[k] = finite ? 1 : 0;
    if (!finite) gaps++;
  }
  const { range, masked } = robustRange(z, mask, n);
  for (let k = 0; k < n; k++) {
    if (mask[k] === 0) z[k] = gapFiller(z[k] ?? 0, range.lo, range.hi);
  }
  grid.zMin = range.lo;
  grid.zMax = range.hi;
  grid.gapCount = gaps + masked;
  grid.poleCount = masked;
  return ok(grid);
}
