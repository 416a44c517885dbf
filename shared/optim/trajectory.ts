import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import type { OptimizerConfig } from './config';
import { validateOptimizerConfig } from './config';
import { init } from './optimizer';
import type { LearningRateSchedule } from './schedule';
import { validateSchedule } from './schedule';
import type { OptimizerState } from './state';
import type { GradientFn, Objective, StepExplanation, StepVerdict } from './stepper';
import { Stepper, stopRules } from './stepper';

export type { GradientFn, Objective, StepExplanation } from './stepper';

/** A whole run's settings: the shared stop rules (shared/optim/stepper.ts) with two required. */
export interface TrajectoryOptions {
  /** Most optimizer steps to take (integer in [0, 1e6]). */
  readonly maxSteps: number;
  /** Converged when ‖∇L‖ ≤ tolerance (Euclidean norm; ≥ 0). */
  readonly tolerance: number;
  /**
   * Converged when |ΔL| ≤ lossTolerance·max(1, |L|) for `patience` consecutive steps. Default 0
   * (only exact stagnation): a whole run is judged by the gradient tolerance it was asked for,
   * where an animated walker also stops once the loss no longer changes in doubles.
   */
  readonly lossTolerance?: number;
  /** Consecutive calm steps needed (default 10). */
  readonly patience?: number;
  /** Diverged ('exploding') when |L| exceeds explodeFactor·max(|L₀|, 1) (default 1e6). */
  readonly explodeFactor?: number;
}

/** How a run ended: the shared stepper's verdict. */
export type TrajectoryVerdict = StepVerdict;

/**
 * A run of an optimizer. With S steps taken: points and losses have S + 1 entries (points[0] is
 * the start), gradients / updates / learningRates have S (gradients[k] at points[k],
 * points[k+1] = points[k] + updates[k]). Every stored number is finite: a run stops at its last
 * finite point.
 */
export interface Trajectory {
  readonly points: readonly Float64Array[];
  readonly losses: readonly number[];
  readonly gradients: readonly Float64Array[];
  readonly updates: readonly Float64Array[];
  readonly learningRates: readonly number[];
  readonly verdict: TrajectoryVerdict;
  readonly finalState: OptimizerState;
}

const allFinite = (v: ArrayLike<number>): boolean => {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
};

/**
 * Runs `optimizer` from `start` under `schedule` through the shared Stepper. Fails (Result
 * error) on invalid settings or a start where L or ∇L is not finite; divergence during the run
 * is a verdict, not an error.
 */
export function runTrajectory(
  f: Objective,
  grad: GradientFn,
  start: ArrayLike<number>,
  optimizer: OptimizerConfig,
  schedule: LearningRateSchedule,
  options: TrajectoryOptions,
): Result<Trajectory, LocalizedText> {
  const cfg = validateOptimizerConfig(optimizer);
  if (!cfg.ok) return cfg;
  const sch = validateSchedule(schedule);
  if (!sch.ok) return sch;
  const { maxSteps, tolerance } = options;
  const rules = stopRules({
    gradientTolerance: tolerance,
    maxSteps,
    lossTolerance: options.lossTolerance ?? 0,
    ...(options.patience !== undefined ? { patience: options.patience } : {}),
    ...(options.explodeFactor !== undefined ? { explodeFactor: options.explodeFactor } : {}),
  });
  if (!rules || maxSteps > 1e6) {
    return err(text('Invalid run settings (steps, tolerances).', '运行设置无效（步数或容差）。'));
  }
  if (start.length === 0 || !allFinite(start)) {
    return err(text('The starting point must have finite coordinates.', '起点坐标必须是有限的数。'));
  }
  const state0 = init(start, optimizer);
  const L0 = f(state0.params);
  const g0 = grad(state0.params);
  if (!Number.isFinite(L0) || !allFinite(g0) || g0.length < state0.params.length) {
    return err(text('The loss or its gradient is not defined at the starting point.', '起点处损失函数或其梯度没有定义。'));
  }
  const stepper = new Stepper(f, grad, state0, optimizer, schedule, rules, L0);
  const points: Float64Array[] = [state0.params];
  const losses: number[] = [L0];
  const gradients: Float64Array[] = [];
  const updates: Float64Array[] = [];
  const learningRates: number[] = [];
  for (;;) {
    const r = stepper.next();
    if (r.kind === 'stepped') {
      gradients.push(r.gradient);
      updates.push(r.update);
      learningRates.push(r.learningRate);
      points.push(r.next);
      losses.push(r.nextLoss);
    }
    if (r.verdict) return ok({ points, losses, gradients, updates, learningRates, verdict: r.verdict, finalState: stepper.state });
  }
}

/** Step k of a trajectory (0-based), or undefined when k is out of range. */
export function explainStep(trajectory: Trajectory, k: number): StepExplanation | undefined {
  const point = trajectory.points[k];
  const next = trajectory.points[k + 1];
  const gradient = trajectory.gradients[k];
  const update = trajectory.updates[k];
  const loss = trajectory.losses[k];
  const nextLoss = trajectory.losses[k + 1];
  const lr = trajectory.learningRates[k];
  if (!point || !next || !gradient || !update || loss === undefined || nextLoss === undefined || lr === undefined) return undefined;
  return { point, loss, gradient, learningRate: lr, update, next, nextLoss };
}
