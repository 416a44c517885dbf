/**
 * The walker settings form as data: optimizer, learning rate on a log slider, the β/ρ parameters
 * each optimizer uses, and a few ready-made learning-rate schedules.
 */
import type { LearningRateSchedule, OptimizerConfig, OptimizerKind } from '$shared/optim/index';
import { defaultConfig } from '$shared/optim/index';
import type { WalkerConfig } from './walker-model';

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];

/** The learning-rate slider spans 10^LR_LOG_MIN … 10^LR_LOG_MAX (1e-4 … 10). */
export const LR_LOG_MIN = -4;
export const LR_LOG_MAX = 1;

export type ScheduleKind = 'constant' | 'step' | 'cosine' | 'warmup';
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['constant', 'step', 'cosine', 'warmup'];

/**
 * Ready-made schedules (the panel offers kinds, not every knob): step halves η every 50 steps,
 * cosine anneals to 0 over 200 steps, warmup ramps up over 20 steps then stays constant.
 */
export function scheduleOf(kind: ScheduleKind): LearningRateSchedule {
  switch (kind) {
    case 'constant':
      return { kind: 'constant' };
    case 'step':
      return { kind: 'step', every: 50, gamma: 0.5 };
    case 'cosine':
      return { kind: 'cosine', totalSteps: 200 };
    case 'warmup':
      return { kind: 'warmup', warmupSteps: 20, then: { kind: 'constant' } };
  }
}

export interface WalkerForm {
  readonly kind: OptimizerKind;
  /** log10 of the learning rate, in [LR_LOG_MIN, LR_LOG_MAX]. */
  readonly logLr: number;
  /** Momentum / Nesterov β, RMSProp ρ, Adam β1 and β2 (each in [0, 1)). */
  readonly beta: number;
  readonly rho: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly schedule: ScheduleKind;
}

/** Which decay parameters the form shows for an optimizer. */
export function parametersOf(kind: OptimizerKind): readonly ('beta' | 'rho' | 'beta1' | 'beta2')[] {
  switch (kind) {
    case 'momentum':
    case 'nesterov':
      return ['beta'];
    case 'rmsprop':
      return ['rho'];
    case 'adam':
      return ['beta1', 'beta2'];
    default:
      return [];
  }
}

/** 10^s, rounded to 3 significant digits so the readout and the rate agree. */
export function lrFromSlider(s: number): number {
  const v = 10 ** Math.min(LR_LOG_MAX, Math.max(LR_LOG_MIN, s));
  return Number(v.toPrecision(3));
}

export function sliderFromLr(lr: number): number {
  return Math.min(LR_LOG_MAX, Math.max(LR_LOG_MIN, Math.log10(lr)));
}

/** The form's starting values: GD, η = 0.1, the standard β/ρ defaults, constant schedule. */
export const DEFAULT_FORM: WalkerForm = { kind: 'gd', logLr: -1, beta: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, schedule: 'constant' };

/** The walker configuration the form describes (ε at the optimizer's default). */
export function configFromForm(f: WalkerForm): WalkerConfig {
  const lr = lrFromSlider(f.logLr);
  const base = defaultConfig(f.kind);
  let optimizer: OptimizerConfig;
  switch (base.kind) {
    case 'gd':
      optimizer = { kind: 'gd', lr };
      break;
    case 'momentum':
    case 'nesterov':
      optimizer = { kind: base.kind, lr, beta: f.beta };
      break;
    case 'adagrad':
      optimizer = { ...base, lr };
      break;
    case 'rmsprop':
      optimizer = { ...base, lr, rho: f.rho };
      break;
    case 'adam':
      optimizer = { ...base, lr, beta1: f.beta1, beta2: f.beta2 };
      break;
  }
  return { optimizer, schedule: scheduleOf(f.schedule) };
}

/** The form showing an existing walker's settings (so "apply" round-trips). */
export function formFromConfig(c: WalkerConfig, previous: WalkerForm = DEFAULT_FORM): WalkerForm {
  const o = c.optimizer;
  const schedule: ScheduleKind = c.schedule.kind;
  const common = { ...previous, kind: o.kind, logLr: sliderFromLr(o.lr), schedule };
  switch (o.kind) {
    case 'momentum':
    case 'nesterov':
      return { ...common, beta: o.beta };
    case 'rmsprop':
      return { ...common, rho: o.rho };
    case 'adam':
      return { ...common, beta1: o.beta1, beta2: o.beta2 };
    default:
      return common;
  }
}
