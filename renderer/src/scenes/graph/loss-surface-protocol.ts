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
