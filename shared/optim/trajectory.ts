import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import type { OptimizerConfig } from './config';
import { validateOptimizerConfig } from './config';
import { init, step } from './optimizer';
import type { LearningRateSchedule } from './schedule';
import { learningRate, validateSchedule } from './schedule';
import type { OptimizerState } from './state';

/** The loss L(θ). */
export type Objective = (p: ArrayLike<number>) => number;
/** ∇L(θ); the result is copied, so it may reuse a buffer. */
export type GradientFn = (p: Float64Array) => ArrayLike<number>;

export interface TrajectoryOptions {
  /** Most optimizer steps to take (integer in [0, 1e6]). */
  readonly maxSteps: number;
  /** Converged when ‖∇L‖ ≤ tolerance (Euclidean norm; ≥ 0). */
  readonly tolerance: number;
  /** Also converged when |ΔL| ≤ lossTolerance for `patience` consecutive steps (default 0: only exact stagnation). */
  readonly lossTolerance?: number;
  /** Consecutive small loss changes needed (default 5). */
  readonly patience?: number;
  /** Diverged ('exploding') when |L| exceeds explodeFactor·max(|L₀|, 1) (default 1e6). */
  readonly explodeFactor?: number;
}

export type TrajectoryVerdict =
  | { readonly kind: 'converged'; readonly reason: 'gradient' | 'loss-change'; readonly step: number }
  | { readonly kind: 'max-steps' }
  /** `step` is the step that failed; lossFrom is L₀, lossTo the last loss kept in the trajectory. */
  | { readonly kind: 'diverged'; readonly reason: 'non-finite' | 'exploding'; readonly step: number; readonly lossFrom: number; readonly lossTo: number };

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

const norm = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s = Math.hypot(s, v[i] ?? 0);
  return s;
};

function copyGradient(grad: GradientFn, p: Float64Array, n: number): Float64Array {
  const g = grad(p);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i < g.length ? (g[i] ?? Number.NaN) : Number.NaN;
  return out;
}

/**
 * Runs `optimizer` from `start` under `schedule`. Fails (Result error) on invalid settings or a
 * start where L or ∇L is not finite; divergence during the run is a verdict, not an error.
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
  const lossTolerance = options.lossTolerance ?? 0;
  const patience = options.patience ?? 5;
  const explodeFactor = options.explodeFactor ?? 1e6;
  if (!Number.isInteger(maxSteps) || maxSteps < 0 || maxSteps > 1e6 || !(tolerance >= 0) || !(lossTolerance >= 0) || !Number.isInteger(patience) || patience < 1 || !(explodeFactor > 1)) {
    return err(text('Invalid run settings (steps, tolerances).', '运行设置无效（步数或容差）。'));
  }
  if (start.length === 0 || !allFinite(start)) {
    return err(text('The starting point must have finite coordinates.', '起点坐标必须是有限的数。'));
  }
  let state = init(start, optimizer);
  const n = state.params.length;
  const L0 = f(state.params);
  let g = copyGradient(grad, state.params, n);
  if (!Number.isFinite(L0) || !allFinite(g)) {
    return err(text('The loss or its gradient is not defined at the starting point.', '起点处损失函数或其梯度没有定义。'));
  }
  const points: Float64Array[] = [state.params];
  const losses: number[] = [L0];
  const gradients: Float64Array[] = [];
  const updates: Float64Array[] = [];
  const learningRates: number[] = [];
  let verdict: TrajectoryVerdict = { kind: 'max-steps' };
  let calm = 0;
  for (let k = 0; ; k++) {
    const Lk = losses[k] ?? L0;
    if (!allFinite(g)) {
      verdict = { kind: 'diverged', reason: 'non-finite', step: k, lossFrom: L0, lossTo: Lk };
      break;
    }
    if (norm(g) <= tolerance) {
      verdict = { kind: 'converged', reason: 'gradient', step: k };
      break;
    }
    if (k >= maxSteps) break;
    const lr = learningRate(schedule, optimizer.lr, k);
    const next = step(state, g, { ...optimizer, lr });
    const Lnext = f(next.params);
    if (!allFinite(next.params) || !Number.isFinite(Lnext)) {
      verdict = { kind: 'diverged', reason: 'non-finite', step: k + 1, lossFrom: L0, lossTo: Lk };
      break;
    }
    gradients.push(g);
    updates.push(next.lastUpdate);
    learningRates.push(lr);
    points.push(next.params);
    losses.push(Lnext);
    state = next;
    if (Math.abs(Lnext) > explodeFactor * Math.max(Math.abs(L0), 1)) {
      verdict = { kind: 'diverged', reason: 'exploding', step: k + 1, lossFrom: L0, lossTo: Lnext };
      break;
    }
    calm = Math.abs(Lnext - Lk) <= lossTolerance ? calm + 1 : 0;
    if (calm >= patience) {
      verdict = { kind: 'converged', reason: 'loss-change', step: k + 1 };
      break;
    }
    g = copyGradient(grad, state.params, n);
  }
  return ok({ points, losses, gradients, updates, learningRates, verdict, finalState: state });
}

/** Everything the "explain this step" panel shows for step k. */
export interface StepExplanation {
  readonly point: Float64Array;
  readonly loss: number;
  readonly gradient: Float64Array;
  readonly learningRate: number;
  readonly update: Float64Array;
  readonly next: Float64Array;
  readonly nextLoss: number;
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

/** Result of one animated step: the explanation plus the new state, or why no step was possible. */
export type StepOnceResult =
  | ({ readonly kind: 'stepped'; readonly state: OptimizerState } & StepExplanation)
  | { readonly kind: 'non-finite'; readonly state: OptimizerState; readonly point: Float64Array; readonly loss: number; readonly gradient: Float64Array };

/**
 * One step for the animated walker: evaluates L and ∇L at `state.params`, takes the step with the
 * scheduled rate for step `state.t`, and evaluates L at the new point. When anything is not finite
 * the state is returned unchanged with kind 'non-finite' (the walker stops, nothing turns NaN).
 */
export function stepOnce(
  f: Objective,
  grad: GradientFn,
  state: OptimizerState,
  optimizer: OptimizerConfig,
  schedule: LearningRateSchedule = { kind: 'constant' },
): StepOnceResult {
  const point = state.params;
  const loss = f(point);
  const gradient = copyGradient(grad, point, point.length);
  if (!Number.isFinite(loss) || !allFinite(gradient)) return { kind: 'non-finite', state, point, loss, gradient };
  const lr = learningRate(schedule, optimizer.lr, state.t);
  const next = step(state, gradient, { ...optimizer, lr });
  const nextLoss = f(next.params);
  if (!Number.isFinite(nextLoss) || !allFinite(next.params)) return { kind: 'non-finite', state, point, loss, gradient };
  return { kind: 'stepped', state: next, point, loss, gradient, learningRate: lr, update: next.lastUpdate, next: next.params, nextLoss };
}
