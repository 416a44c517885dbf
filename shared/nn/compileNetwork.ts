/**
 * The fast numeric path for a network over a dataset: the graph is compiled once into two flat
 * tapes (per-point loss, prediction) and every sweep reuses preallocated buffers, so a loss
 * surface of 128×128 parameter pairs over hundreds of points allocates nothing per point.
 */
import type { CompiledTape } from '../autodiff/tape';
import { compileGraph } from '../autodiff/tape';
import type { Result } from '../result';
import { err, ok } from '../result';
import { text } from '../text';
import type { Dataset } from './dataset';
import type { Network, NnError } from './network';
import { dimensionMismatchError, invalidGraphError } from './network';
import { wasmLossGrid } from './wasmLossGrid';

export interface CompiledNetwork {
  readonly network: Network;
  readonly paramCount: number;
  /**
   * Mean per-point loss over points [from, to) of `dataset` (default all) at `params`.
   * The dataset's dim must equal the number of features (checked by `lossOverDataset`); NaN for an
   * empty range.
   */
  loss(params: ArrayLike<number>, dataset: Dataset, from?: number, to?: number): number;
  /** Mean loss, writing the mean gradient with respect to the parameters into `gradOut`. */
  lossAndGradient(params: ArrayLike<number>, dataset: Dataset, gradOut: Float64Array): number;
  /** The prediction for one point's features at `params`. */
  predict(params: ArrayLike<number>, features: ArrayLike<number>): number;
  /**
   * The mean loss over `dataset` as a function of two parameters (indices ia, ib into paramIds),
   * the others at `params`. Every per-point value those two do not reach is computed once here,
   * so each call re-runs only the part of the network they feed (bit-identical to `loss`).
   */
  lossOfTwo(params: ArrayLike<number>, dataset: Dataset, ia: number, ib: number): (a: number, b: number) => number;
  /**
   * `lossOfTwo` for many pairs at once: out[k] = mean loss at a = as[k], b = bs[k] for k < n.
   * Runs as generated WebAssembly where available (wasmLossGrid.ts), else as the JS sweep;
   * bit-identical either way.
   */
  lossGrid(
    params: ArrayLike<number>, dataset: Dataset, ia: number, ib: number,
  ): (as: ArrayLike<number>, bs: ArrayLike<number>, out: Float64Array, n: number) => void;
}

/** Compiles `network` (see `CompiledNetwork`). Fails if its graph is not valid. */
export function compileNetwork(network: Network): Result<CompiledNetwork, NnError> {
  const nf = network.featureIds.length;
  const np = network.paramIds.length;
  const lossVars = [...network.featureIds, network.targetId, ...network.paramIds];
  const predVars = [...network.featureIds, ...network.paramIds];
  const lossTape = compileGraph(network.graph, network.lossId, lossVars);
  const predTape = compileGraph(network.graph, network.predictionId, predVars, { allowAbsentVariables: true });
  if (!lossTape.ok) return err(invalidGraphError(lossTape.error[0]?.message ?? text('Invalid graph.', '计算图无效。')));
  if (!predTape.ok) return err(invalidGraphError(predTape.error[0]?.message ?? text('Invalid graph.', '计算图无效。')));
  const lt: CompiledTape = lossTape.value;
  const pt: CompiledTape = predTape.value;
  const lossArgs = new Float64Array(lossVars.length);
  const predArgs = new Float64Array(predVars.length);
  const grad = new Float64Array(lossVars.length);

  const setParams = (params: ArrayLike<number>): void => {
    for (let k = 0; k < np; k++) lossArgs[nf + 1 + k] = params[k] as number;
  };
  const setPoint = (dataset: Dataset, i: number): void => {
    const base = i * nf;
    for (let d = 0; d < nf; d++) lossArgs[d] = dataset.features[base + d] as number;
    lossArgs[nf] = dataset.targets[i] as number;
  };

  /** The partial tape over (b, a) and every point's record of what it does not re-run. */
  const recordPair = (params: ArrayLike<number>, dataset: Dataset, ia: number, ib: number) => {
    // b first, then a: when both name the same parameter, a wins (as in lossSurface's loops).
    const part = lt.partial([nf + 1 + ib, nf + 1 + ia]);
    const size = part.recordSize;
    const count = dataset.size;
    const store = new Float64Array(size * count);
    setParams(params);
    for (let i = 0; i < count; i++) {
      setPoint(dataset, i);
      part.record(lossArgs, store, i * size);
    }
    return { part, size, count, store };
  };

  return ok({
    network,
    paramCount: np,
    loss(params, dataset, from = 0, to = dataset.size) {
      setParams(params);
      let sum = 0;
      for (let i = from; i < to; i++) {
        setPoint(dataset, i);
        sum += lt.evaluate(lossArgs);
      }
      return sum / (to - from);
    },
    lossAndGradient(params, dataset, gradOut) {
      setParams(params);
      gradOut.fill(0, 0, np);
      let sum = 0;
      for (let i = 0; i < dataset.size; i++) {
        setPoint(dataset, i);
        sum += lt.valueAndGradient(lossArgs, grad);
        for (let k = 0; k < np; k++) gradOut[k] = (gradOut[k] as number) + (grad[nf + 1 + k] as number);
      }
      const n = dataset.size;
      for (let k = 0; k < np; k++) gradOut[k] = (gradOut[k] as number) / n;
      return sum / n;
    },
    lossOfTwo(params, dataset, ia, ib) {
      const { part, size, count, store } = recordPair(params, dataset, ia, ib);
      const ab = new Float64Array(2);
      return (a, b) => {
        ab[0] = b;
        ab[1] = a;
        let sum = 0;
        for (let i = 0; i < count; i++) sum += part.evaluate(ab, store, i * size);
        return sum / count;
      };
    },
    lossGrid(params, dataset, ia, ib) {
      const { part, size, count, store } = recordPair(params, dataset, ia, ib);
      const w = wasmLossGrid(part, store, count);
      // The partial tape's varying order is (b, a).
      if (w) return (as, bs, out, n) => w(bs, as, out, n);
      const ab = new Float64Array(2);
      return (as, bs, out, n) => {
        for (let k = 0; k < n; k++) {
          ab[0] = bs[k] as number;
          ab[1] = as[k] as number;
          let sum = 0;
          for (let i = 0; i < count; i++) sum += part.evaluate(ab, store, i * size);
          out[k] = sum / count;
        }
      };
    },
    predict(params, features) {
      for (let d = 0; d < nf; d++) predArgs[d] = features[d] as number;
      for (let k = 0; k < np; k++) predArgs[nf + k] = params[k] as number;
      return pt.evaluate(predArgs);
    },
  });
}

/** Checks that `dataset` and `params` fit `network`. */
export function checkShapes(network: Network, params: ArrayLike<number>, dataset: Dataset): NnError | undefined {
  if (dataset.dim !== network.featureIds.length) {
    return dimensionMismatchError(text('features per point', '每个数据点的特征数'), network.featureIds.length, dataset.dim);
  }
  if (params.length !== network.paramIds.length) {
    return dimensionMismatchError(text('parameters', '参数个数'), network.paramIds.length, params.length);
  }
  if (dataset.size < 1) return dimensionMismatchError(text('points at least', '数据点个数至少'), 1, 0);
  return undefined;
}

const cache = new WeakMap<Network, CompiledNetwork>();

/** `compileNetwork`, memoised per network object (networks are immutable data). */
export function compiledNetwork(network: Network): Result<CompiledNetwork, NnError> {
  const hit = cache.get(network);
  if (hit !== undefined) return ok(hit);
  const c = compileNetwork(network);
  if (c.ok) cache.set(network, c.value);
  return c;
}
