import type { Result } from '../result';
import { ok } from '../result';
import type { Dataset } from './dataset';
import { lossAndGradientOverDataset } from './lossOverDataset';
import type { Network, NnError } from './network';

/**
 * How parameters move given their gradient: a learning rate η for plain gradient descent
 * (w ← w − η·∂L/∂w, the deck's update), or any update function — e.g. an optimizer from
 * shared/optim wrapped to return new parameters. Must not mutate its arguments.
 */
export type ParamUpdate = number | ((params: Float64Array, grads: Float64Array) => Float64Array);

export interface TrainStepResult {
  /** Parameters after the update. */
  readonly params: Float64Array;
  /** Mean loss before the update (at the old parameters). */
  readonly loss: number;
  /** Mean gradient at the old parameters. */
  readonly grads: Float64Array;
}

/** w − η·g, as a new array. */
export function gradientDescentUpdate(params: Float64Array, grads: Float64Array, learningRate: number): Float64Array {
  return params.map((w, k) => w - learningRate * (grads[k] ?? 0));
}

/** One training step over the whole dataset (full-batch): forward, backward, update. */
export function trainStep(
  network: Network,
  params: Float64Array,
  dataset: Dataset,
  update: ParamUpdate,
): Result<TrainStepResult, NnError> {
  const r = lossAndGradientOverDataset(network, params, dataset);
  if (!r.ok) return r;
  const next = typeof update === 'number' ? gradientDescentUpdate(params, r.value.grads, update) : update(params, r.value.grads);
  return ok({ params: next, loss: r.value.loss, grads: r.value.grads });
}
