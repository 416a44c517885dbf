/**
 * The one optimizer loop of the app (issue 11): the explorer's walkers, the graph canvas's
 * training and runTrajectory all step through a Stepper, so "converged", "diverged" and
 * "stalled" mean the same thing everywhere, with the same tolerances and the same schedule.
 * One call of `next()` is one optimizer step; the caller decides how many to take per frame.
 */
import type { OptimizerConfig } from './config';
import { init, step } from './optimizer';
import type { LearningRateSchedule } from './schedule';
import { learningRate } from './schedule';
import type { OptimizerState } from './state';

/** The loss L(θ). */
export type Objective = (p: ArrayLike<number>) => number;
/** ∇L(θ); the result is copied, so it may reuse a buffer. */
export type GradientFn = (p: Float64Array) => ArrayLike<number>;

/** When a run ends. Every field has the default the explorer's walkers use. */
export interface StopRules {
  /** Converged when ‖∇L‖ ≤ gradientTolerance (Euclidean norm; default 1e-6). */
  readonly gradientTolerance?: number;
  /**
   * Converged after `patience` steps in a row with |ΔL| ≤ lossTolerance·max(1, |L|) (relative for
   * large losses, absolute below 1; default 1e-12, i.e. the loss no longer changes in doubles).
   */
  readonly lossTolerance?: number;
  /** Consecutive calm steps needed (default 10). */
  readonly patience?: number;
  /** Diverged ('exploding') when |L| > explodeFactor·max(1, |L₀|) (default 1e6). */
  readonly explodeFactor?: number;
  /** Stalled after this many steps (default 5000). */
  readonly maxSteps?: number;
}

export const DEFAULT_STOP_RULES: Required<StopRules> = {
  gradientTolerance: 1e-6,
  lossTolerance: 1e-12,
  patience: 10,
  explodeFactor: 1e6,
  maxSteps: 5000,
};

/**
 * Why a run ended. `step` counts optimizer steps taken when the verdict was reached.
 * - converged: ‖∇L‖ fell below the tolerance ('gradient') or L stopped changing ('loss-change');
 * - diverged: L blew up ('exploding', lossFrom = L₀, lossTo = the exploded loss) or the next step
 *   would leave the numbers ('non-finite', lossTo = the last finite loss; that step is not taken);
 * - stalled: neither, but no further step is possible or allowed: the step budget is spent
 *   ('max-steps'), or L or ∇L is undefined at the current point ('undefined-gradient').
 */
export type StepVerdict =
  | { readonly kind: 'converged'; readonly reason: 'gradient' | 'loss-change'; readonly step: number }
  | { readonly kind: 'diverged'; readonly reason: 'non-finite' | 'exploding'; readonly step: number; readonly lossFrom: number; readonly lossTo: number }
  | { readonly kind: 'stalled'; readonly reason: 'max-steps' | 'undefined-gradient'; readonly step: number };

/** Everything the "explain this step" panels show for one step. */
export interface StepExplanation {
  readonly point: Float64Array;
  readonly loss: number;
  readonly gradient: Float64Array;
  readonly learningRate: number;
  readonly update: Float64Array;
  readonly next: Float64Array;
  readonly nextLoss: number;
}

/** What one `next()` did: a step (possibly ending the run), or nothing because the run had ended. */
export type StepOutcome =
  | ({ readonly kind: 'stepped'; readonly before: OptimizerState; readonly after: OptimizerState; readonly verdict: StepVerdict | null } & StepExplanation)
  | { readonly kind: 'ended'; readonly verdict: StepVerdict; readonly point: Float64Array; readonly loss: number; readonly gradient: Float64Array };

const allFinite = (v: ArrayLike<number>): boolean => {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
};

/** Euclidean norm without overflow for huge components. */
export const norm = (v: ArrayLike<number>): number => {
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

/** Validated stop rules with defaults filled in, or null when a value is out of range. */
export function stopRules(rules: StopRules = {}): Required<StopRules> | null {
  const r = { ...DEFAULT_STOP_RULES, ...rules };
  const okSteps = r.maxSteps === Infinity || (Number.isInteger(r.maxSteps) && r.maxSteps >= 0);
  if (!okSteps || !(r.gradientTolerance >= 0) || !(r.lossTolerance >= 0) || !Number.isInteger(r.patience) || r.patience < 1 || !(r.explodeFactor > 1)) return null;
  return r;
}

/**
 * Steps an optimizer on L from a state. L and ∇L are evaluated at the current point each step
 * (so a changed objective takes effect at once), the learning rate follows `schedule` at the
 * state's step count, and the stop rules give the verdict. The settings are assumed valid
 * (validateOptimizerConfig, validateSchedule, stopRules).
 */
export class Stepper {
  private current: OptimizerState;
  private taken = 0;
  private calm = 0;
  private ended: StepVerdict | null = null;
  private readonly rules: Required<StopRules>;

  /**
   * @param lossFrom L₀ for the 'exploding' test (default: L at the start); a walker that is
   *   resumed keeps its original L₀.
   * @param stepsTaken steps already taken by this run (counts towards maxSteps).
   */
  constructor(
    private readonly f: Objective,
    private readonly grad: GradientFn,
    start: OptimizerState,
    private readonly optimizer: OptimizerConfig,
    private readonly schedule: LearningRateSchedule = { kind: 'constant' },
    rules: StopRules = {},
    private readonly lossFrom: number = f(start.params),
    stepsTaken = 0,
    calm = 0,
  ) {
    this.current = start;
    this.rules = stopRules(rules) ?? DEFAULT_STOP_RULES;
    this.taken = stepsTaken;
    this.calm = calm;
  }

  /** A stepper at a fresh optimizer state for `start`. */
  static from(f: Objective, grad: GradientFn, start: ArrayLike<number>, optimizer: OptimizerConfig, schedule?: LearningRateSchedule, rules?: StopRules): Stepper {
    return new Stepper(f, grad, init(start, optimizer), optimizer, schedule, rules);
  }

  get state(): OptimizerState {
    return this.current;
  }

  /** Steps taken so far (including any taken before this stepper was created). */
  get steps(): number {
    return this.taken;
  }

  /** Consecutive calm steps so far (to resume a run with its patience count). */
  get calmSteps(): number {
    return this.calm;
  }

  /** The verdict once the run has ended, else null. */
  get verdict(): StepVerdict | null {
    return this.ended;
  }

  next(): StepOutcome {
    const point = this.current.params;
    const loss = this.f(point);
    const gradient = copyGradient(this.grad, point, point.length);
    const end = (verdict: StepVerdict): StepOutcome => {
      this.ended = verdict;
      return { kind: 'ended', verdict, point, loss, gradient };
    };
    if (this.ended) return { kind: 'ended', verdict: this.ended, point, loss, gradient };
    const k = this.taken;
    if (!Number.isFinite(loss) || !allFinite(gradient)) return end({ kind: 'stalled', reason: 'undefined-gradient', step: k });
    if (norm(gradient) <= this.rules.gradientTolerance) return end({ kind: 'converged', reason: 'gradient', step: k });
    if (k >= this.rules.maxSteps) return end({ kind: 'stalled', reason: 'max-steps', step: k });
    const lr = learningRate(this.schedule, this.optimizer.lr, this.current.t);
    const after = step(this.current, gradient, { ...this.optimizer, lr });
    const nextLoss = this.f(after.params);
    if (!Number.isFinite(nextLoss) || !allFinite(after.params)) {
      return end({ kind: 'diverged', reason: 'non-finite', step: k + 1, lossFrom: this.lossFrom, lossTo: loss });
    }
    const before = this.current;
    this.current = after;
    this.taken = k + 1;
    let verdict: StepVerdict | null = null;
    if (Math.abs(nextLoss) > this.rules.explodeFactor * Math.max(1, Math.abs(this.lossFrom))) {
      verdict = { kind: 'diverged', reason: 'exploding', step: k + 1, lossFrom: this.lossFrom, lossTo: nextLoss };
    } else {
      this.calm = Math.abs(nextLoss - loss) <= this.rules.lossTolerance * Math.max(1, Math.abs(loss)) ? this.calm + 1 : 0;
      if (this.calm >= this.rules.patience) verdict = { kind: 'converged', reason: 'loss-change', step: k + 1 };
    }
    this.ended = verdict;
    return { kind: 'stepped', before, after, verdict, point, loss, gradient, learningRate: lr, update: after.lastUpdate, next: after.params, nextLoss };
  }
}
