import type { Result } from '../result';
import { err, ok } from '../result';
import type { Dataset } from './dataset';
import { checkShapes, compiledNetwork } from './compileNetwork';
import type { Network, NnError } from './network';

/**
 * Mean per-point loss of `network` over `dataset` with parameters `params` (aligned with
 * `network.paramIds`). Uses the compiled tape, cached per network object.
 */
export function lossOverDataset(network: Network, params: ArrayLike<number>, dataset: Dataset): Result<number, NnError> {
  const bad = checkShapes(network, params, dataset);
  if (bad !== undefined) return err(bad);
  const c = compiledNetwork(network);
  return c.ok ? ok(c.value.loss(params, dataset)) : c;
}

export interface LossAndGradient {
  /** Mean loss. */
  readonly loss: number;
  /** Mean gradient with respect to each parameter, aligned with `network.paramIds`. */
  readonly grads: Float64Array;
}

/** Mean loss and its gradient with respect to the parameters (reverse mode, one sweep per point). */
export function lossAndGradientOverDataset(
  network: Network,
  params: ArrayLike<number>,
  dataset: Dataset,
): Result<LossAndGradient, NnError> {
  const bad = checkShapes(network, params, dataset);
  if (bad !== undefined) return err(bad);
  const c = compiledNetwork(network);
  if (!c.ok) return c;
  const grads = new Float64Array(network.paramIds.length);
  const loss = c.value.lossAndGradient(params, dataset, grads);
  return ok({ loss, grads });
}
