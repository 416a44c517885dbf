/**
 * Training runs on the canvas graph: full-batch steps over a dataset with any optimizer from
 * shared/optim, recording the parameters and loss at every step (the trajectory the surface
 * explorer's walker follows). Pure: the caller writes the final parameters back as one edit.
 */
import type { Dataset } from '$shared/nn/dataset';
import { lossAndGradientOverDataset, lossOverDataset } from '$shared/nn/lossOverDataset';
import type { Network } from '$shared/nn/network';
import type { OptimizerConfig } from '$shared/optim/config';
import { init, step } from '$shared/optim/optimizer';
import type { OptimizerState } from '$shared/optim/state';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';

/** Most steps one "train N steps" click may take (keeps the main thread responsive). */
export const MAX_STEPS_PER_RUN = 5000;

export interface TrainRun {
  /** Optimizer state after the run (continue from it on the next click). */
  readonly state: OptimizerState;
  /** Parameters at step 0 … n (n + 1 entries), aligned with `network.paramIds`. */
  readonly params: readonly Float64Array[];
  /** Mean loss at each of those parameter vectors (n + 1 entries). */
  readonly losses: readonly number[];
}

/** A fresh optimizer state at `params` for `config`. */
export function startOptimizer(params: ArrayLike<number>, config: OptimizerConfig): OptimizerState {
  return init(params, config);
}

/**
 * `steps` optimizer steps from `state` (its params are the starting point). Stops early, with
 * what was computed so far, if the loss stops being finite (a too-large learning rate).
 */
export function train(
  network: Network,
  dataset: Dataset,
  state: OptimizerState,
  config: OptimizerConfig,
  steps: number,
): Result<TrainRun, LocalizedText> {
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS_PER_RUN) {
    return err(text(`Choose between 1 and ${MAX_STEPS_PER_RUN} steps.`, `步数应在 1 到 ${MAX_STEPS_PER_RUN} 之间。`));
  }
  if (!(Number.isFinite(config.lr) && config.lr > 0)) {
    return err(text('The learning rate η must be a positive number.', '学习率 η 必须是正数。'));
  }
  const params: Float64Array[] = [];
  const losses: number[] = [];
  let s = state;
  for (let k = 0; k < steps; k++) {
    const r = lossAndGradientOverDataset(network, s.params, dataset);
    if (!r.ok) return err(r.error.message);
    params.push(Float64Array.from(s.params));
    losses.push(r.value.loss);
    if (!Number.isFinite(r.value.loss)) return ok({ state: s, params, losses });
    s = step(s, r.value.grads, config);
  }
  const last = lossOverDataset(network, s.params, dataset);
  if (!last.ok) return err(last.error.message);
  params.push(Float64Array.from(s.params));
  losses.push(last.value);
  return ok({ state: s, params, losses });
}
