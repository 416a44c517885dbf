/**
 * The loss as a function of two chosen parameters with the others fixed: the data behind the
 * "graph drives the surface" scene (DESIGN.md §1.2). Pure and chunkable so a Web Worker can fill
 * rows [rowFrom, rowTo) at a time into one shared output array.
 */
import type { Result } from '../result';
import { err, ok } from '../result';
import { text } from '../text';
import type { Dataset } from './dataset';
import { checkShapes, compiledNetwork } from './compileNetwork';
import type { Network, NnError } from './network';
import { dimensionMismatchError, unknownParamError } from './network';

export interface LossSurfaceOptions {
  /** First row (index along parameter B) to fill, default 0. */
  readonly rowFrom?: number;
  /** One past the last row to fill, default `resolution`. */
  readonly rowTo?: number;
  /** Output of length resolution² to fill (reused across chunks); allocated if absent. */
  readonly out?: Float64Array;
}

/**
 * Mean dataset loss on a resolution × resolution grid over (paramA, paramB) ∈ rangeA × rangeB,
 * other parameters taken from `fixedParams` (aligned with `network.paramIds`).
 * Layout: out[j·resolution + i] is the loss at a = rangeA[0] + i·(rangeA[1] − rangeA[0])/(resolution − 1),
 * b = rangeB[0] + j·(rangeB[1] − rangeB[0])/(resolution − 1) (rows follow B, columns A; both
 * ends included). Only rows [rowFrom, rowTo) are written. resolution is an integer in 2…4096.
 * Non-finite losses are stored as they are (NaN/∞) for the sampler to handle.
 */
export function lossSurface(
  network: Network,
  dataset: Dataset,
  paramA: string,
  paramB: string,
  rangeA: readonly [number, number],
  rangeB: readonly [number, number],
  resolution: number,
  fixedParams: ArrayLike<number>,
  options: LossSurfaceOptions = {},
): Result<Float64Array, NnError> {
  const ia = network.paramIds.indexOf(paramA);
  const ib = network.paramIds.indexOf(paramB);
  if (ia < 0) return err(unknownParamError(paramA));
  if (ib < 0) return err(unknownParamError(paramB));
  const bad = checkShapes(network, fixedParams, dataset);
  if (bad !== undefined) return err(bad);
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > 4096) {
    return err(dimensionMismatchError(text('grid points per side (2…4096)', '每边网格点数（2…4096）'), 2, resolution));
  }
  const out = options.out ?? new Float64Array(resolution * resolution);
  if (out.length < resolution * resolution) {
    return err(dimensionMismatchError(text('output values', '输出数组长度'), resolution * resolution, out.length));
  }
  const c = compiledNetwork(network);
  if (!c.ok) return c;
  const params = Float64Array.from({ length: fixedParams.length }, (_, k) => fixedParams[k] ?? 0);
  const rowFrom = Math.max(0, Math.floor(options.rowFrom ?? 0));
  const rowTo = Math.min(resolution, Math.floor(options.rowTo ?? resolution));
  const stepA = (rangeA[1] - rangeA[0]) / (resolution - 1);
  const stepB = (rangeB[1] - rangeB[0]) / (resolution - 1);
  // Only the part of the network the two parameters reach is re-run per grid point, for all the
  // band's cells in one batched call (generated wasm where available).
  const grid = c.value.lossGrid(params, dataset, ia, ib);
  if (rowTo > rowFrom) {
    const cells = (rowTo - rowFrom) * resolution;
    const as = new Float64Array(cells);
    const bs = new Float64Array(cells);
    for (let j = rowFrom; j < rowTo; j++) {
      const b = rangeB[0] + j * stepB;
      for (let i = 0; i < resolution; i++) {
        const k = (j - rowFrom) * resolution + i;
        as[k] = rangeA[0] + i * stepA;
        bs[k] = b;
      }
    }
    grid(as, bs, out.subarray(rowFrom * resolution, rowTo * resolution), cells);
  }
  return ok(out);
}
