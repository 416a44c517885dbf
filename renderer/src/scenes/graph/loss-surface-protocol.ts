/**
 * Messages between the canvas and the loss-surface worker, and the pure computation the worker
 * runs (kept here so it is unit-tested in Node). Grids travel as Float32Array buffers that are
 * transferred, not copied.
 */
import type { Graph } from '$shared/autodiff/graph';
import { lossSurface } from '$shared/nn/lossSurface';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { makeDataset } from './datasets';
import { networkOf } from './network-roles';
import type { DatasetId } from './templates';

export interface SurfaceRequest {
  /** Increasing per request; the worker drops work for any request older than the newest. */
  readonly id: number;
  readonly graph: Graph;
  readonly dataset: DatasetId;
  readonly paramA: string;
  readonly paramB: string;
  readonly rangeA: readonly [number, number];
  readonly rangeB: readonly [number, number];
  /** Grid sizes to deliver in order, coarse first (e.g. [32, 128]). */
  readonly resolutions: readonly number[];
}

/** What one worker of a pool is asked for: the request and its share of every grid's rows. */
export interface BandRequest extends SurfaceRequest {
  /** This worker's band (0-based) out of `count` contiguous bands of rows. */
  readonly band: { readonly index: number; readonly count: number };
}

/** One worker's rows [rowFrom, rowTo) of the grid at `resolution` (row-major, Float64 values). */
export type BandResponse =
  | { readonly id: number; readonly kind: 'rows'; readonly resolution: number; readonly rowFrom: number; readonly rowTo: number; readonly values: Float64Array; readonly ms: number }
  | { readonly id: number; readonly kind: 'error'; readonly message: LocalizedText };

/** Rows [from, to) of band `index` out of `count` on a grid with `rows` rows (bands differ by ≤ 1 row). */
export function bandRows(rows: number, index: number, count: number): { readonly from: number; readonly to: number } {
  return { from: Math.floor((index * rows) / count), to: Math.floor(((index + 1) * rows) / count) };
}

/**
 * Collects the bands of one request's grids as they arrive from the workers and yields each grid
 * once all its rows are in (grids may complete out of order across workers; each is delivered
 * once, coarse before fine: a finer grid waits for every coarser one).
 */
export class BandMerger {
  private readonly pending: Map<number, { values: Float64Array; rows: number }>;
  private next = 0;

  constructor(private readonly resolutions: readonly number[]) {
    this.pending = new Map(resolutions.map((r) => [r, { values: new Float64Array(r * r), rows: 0 }]));
  }

  /** Adds a band; returns the grids now complete, in order ('final' on the last resolution). */
  add(resolution: number, rowFrom: number, rowTo: number, values: Float64Array): { grid: SurfaceGrid; final: boolean }[] {
    const p = this.pending.get(resolution);
    if (!p) return [];
    p.values.set(values.subarray(0, (rowTo - rowFrom) * resolution), rowFrom * resolution);
    p.rows += rowTo - rowFrom;
    const done: { grid: SurfaceGrid; final: boolean }[] = [];
    for (;;) {
      const r = this.resolutions[this.next];
      const q = r === undefined ? undefined : this.pending.get(r);
      if (r === undefined || !q || q.rows < r) break;
      this.next++;
      done.push({ grid: toGrid(r, q.values), final: this.next === this.resolutions.length });
    }
    return done;
  }
}

export interface SurfaceGrid {
  readonly resolution: number;
  /** samples[j·resolution + i]: loss at a = rangeA[0] + i·Δa, b = rangeB[0] + j·Δb. */
  readonly samples: Float32Array;
  /** Smallest and largest finite loss in the grid (NaN if none is finite). */
  readonly min: number;
  readonly max: number;
}

export type SurfaceResponse =
  | { readonly id: number; readonly kind: 'grid'; readonly grid: SurfaceGrid; readonly final: boolean; readonly ms: number }
  | { readonly id: number; readonly kind: 'error'; readonly message: LocalizedText };

/**
 * Rows [rowFrom, rowTo) of the loss surface at `resolution` into `out` (Float64, from shared/nn).
 * `prepare` does the per-request work once (network, dataset, parameter vector).
 */
export function prepareSurface(req: SurfaceRequest): Result<(resolution: number, out: Float64Array, rowFrom: number, rowTo: number) => Result<void, LocalizedText>, LocalizedText> {
  const net = networkOf(req.graph);
  if (!net.ok) return net;
  const data = makeDataset(req.dataset, net.value);
  if (!data.ok) return data;
  const fixed = net.value.paramIds.map((id) => req.graph.nodes.find((n) => n.id === id)?.value ?? 0);
  return ok((resolution, out, rowFrom, rowTo) => {
    const r = lossSurface(net.value, data.value, req.paramA, req.paramB, req.rangeA, req.rangeB, resolution, fixed, { out, rowFrom, rowTo });
    return r.ok ? ok(undefined) : err(r.error.message);
  });
}

/** Float64 samples → a Float32 grid with its finite range. */
export function toGrid(resolution: number, values: Float64Array): SurfaceGrid {
  const samples = new Float32Array(resolution * resolution);
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < samples.length; k++) {
    const v = values[k] ?? Number.NaN;
    samples[k] = v;
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { resolution, samples, min: min === Infinity ? Number.NaN : min, max: max === -Infinity ? Number.NaN : max };
}

/** The whole surface at one resolution, synchronously (tests and the coarse pass). */
export function computeSurface(req: SurfaceRequest, resolution: number): Result<SurfaceGrid, LocalizedText> {
  const prep = prepareSurface(req);
  if (!prep.ok) return prep;
  const out = new Float64Array(resolution * resolution);
  const r = prep.value(resolution, out, 0, resolution);
  return r.ok ? ok(toGrid(resolution, out)) : r;
}
