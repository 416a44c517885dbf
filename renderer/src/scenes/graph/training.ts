/**
 * Training runs on the canvas graph: full-batch steps over a dataset with any optimizer from
 * shared/optim, recording the parameters and loss at every step (the trajectory the surface
 * explorer's walker follows). Pure: the caller writes the final parameters back as one edit.
 */
import type { Dataset } from '$shared/nn/dataset';
import { lossAndGradientOverDataset } from '$shared/nn/lossOverDataset';
import type { Network } from '$shared/nn/network';
import type { OptimizerConfig } from '$shared/optim/config';
import { validateOptimizerConfig } from '$shared/optim/config';
import { init } from '$shared/optim/optimizer';
import type { LearningRateSchedule } from '$shared/optim/schedule';
import { validateSchedule } from '$shared/optim/schedule';
import type { OptimizerState } from '$shared/optim/state';
import type { StepVerdict, StopRules } from '$shared/optim/stepper';
import { Stepper } from '$shared/optim/stepper';
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
  /**
   * How training ended, by the shared stepper's rules (converged, diverged, or stalled where the
   * gradient is undefined); null when the run simply took all the steps it was asked for.
   */
  readonly verdict: StepVerdict | null;
}

/** A fresh optimizer state at `params` for `config`. */
export function startOptimizer(params: ArrayLike<number>, config: OptimizerConfig): OptimizerState {
  return init(params, config);
}

/**
 * Up to `steps` optimizer steps from `state` (its params are the starting point), through the
 * same Stepper as the explorer's walkers (shared/optim/stepper.ts): the learning rate follows
 * `schedule`, and the run ends early with a verdict when it converges or diverges (a too-large
 * learning rate), keeping what was computed up to the last finite point.
 */
export function train(
  network: Network,
  dataset: Dataset,
  state: OptimizerState,
  config: OptimizerConfig,
  steps: number,
  schedule: LearningRateSchedule = { kind: 'constant' },
  rules: Omit<StopRules, 'maxSteps'> = {},
): Result<TrainRun, LocalizedText> {
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS_PER_RUN) {
    return err(text(`Choose between 1 and ${MAX_STEPS_PER_RUN} steps.`, `步数应在 1 到 ${MAX_STEPS_PER_RUN} 之间。`));
  }
  const cfg = validateOptimizerConfig(config);
  if (!cfg.ok) return cfg;
  const sch = validateSchedule(schedule);
  if (!sch.ok) return sch;
  // One forward + backward pass per point: the stepper asks for L and ∇L at the same parameter
  // vector (and for L at the next one, which is the following step's point), so the last pass
  // is kept and reused while the stepper asks about the same array.
  let at: ArrayLike<number> | null = null;
  let loss = Number.NaN;
  let grads: ArrayLike<number> = [];
  let failure: LocalizedText | null = null;
  const evaluateAt = (p: ArrayLike<number>): void => {
    if (p === at) return;
    at = p;
    const r = lossAndGradientOverDataset(network, p, dataset);
    if (r.ok) {
      loss = r.value.loss;
      grads = r.value.grads;
    } else {
      failure ??= r.error.message;
      loss = Number.NaN;
      grads = [];
    }
  };
  const f = (p: ArrayLike<number>): number => {
    evaluateAt(p);
    return loss;
  };
  const g = (p: Float64Array): ArrayLike<number> => {
    evaluateAt(p);
    return grads;
  };
  const stepper = new Stepper(f, g, state, config, schedule, { ...rules, maxSteps: steps });
  if (failure) return err(failure);
  const params: Float64Array[] = [Float64Array.from(state.params)];
  const losses: number[] = [f(state.params)];
  for (;;) {
    const r = stepper.next();
    if (failure) return err(failure);
    if (r.kind === 'stepped') {
      params.push(Float64Array.from(r.next));
      losses.push(r.nextLoss);
    }
    if (r.verdict) {
      const budgetSpent = r.verdict.kind === 'stalled' && r.verdict.reason === 'max-steps';
      return ok({ state: stepper.state, params, losses, verdict: budgetSpent ? null : r.verdict });
    }
  }
}
