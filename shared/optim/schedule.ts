import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';

/**
 * Learning-rate schedules, as data. `t` is the 0-based index of the step about to be taken.
 * - constant:  η_t = η
 * - step:      η_t = η · gamma^floor(t / every)
 * - cosine:    η_t = min + (η − min)(1 + cos(π t / totalSteps))/2 for t < totalSteps, then min
 * - warmup:    η_t = η (t + 1)/warmupSteps for t < warmupSteps (so the first step is not 0),
 *              then `then` evaluated at t − warmupSteps (compose: warmup then cosine)
 */
export type LearningRateSchedule =
  | { readonly kind: 'constant' }
  | { readonly kind: 'step'; readonly every: number; readonly gamma: number }
  | { readonly kind: 'cosine'; readonly totalSteps: number; readonly minLr?: number }
  | { readonly kind: 'warmup'; readonly warmupSteps: number; readonly then: LearningRateSchedule };

/** η_t for base rate `baseLr` at 0-based step t (t < 0 is treated as 0). */
export function learningRate(schedule: LearningRateSchedule, baseLr: number, t: number): number {
  const step = Math.max(0, Math.floor(t));
  switch (schedule.kind) {
    case 'constant':
      return baseLr;
    case 'step':
      return baseLr * Math.pow(schedule.gamma, Math.floor(step / schedule.every));
    case 'cosine': {
      const min = schedule.minLr ?? 0;
      if (step >= schedule.totalSteps) return min;
      return min + ((baseLr - min) * (1 + Math.cos((Math.PI * step) / schedule.totalSteps))) / 2;
    }
    case 'warmup':
      return step < schedule.warmupSteps ? (baseLr * (step + 1)) / schedule.warmupSteps : learningRate(schedule.then, baseLr, step - schedule.warmupSteps);
  }
}

const positiveInt = (v: number): boolean => Number.isInteger(v) && v >= 1;

/** Checks a schedule: counts are positive integers, gamma in (0, 1], minLr ≥ 0 and finite. */
export function validateSchedule(schedule: LearningRateSchedule): Result<LearningRateSchedule, LocalizedText> {
  const bad = (): Result<LearningRateSchedule, LocalizedText> =>
    err(text('Invalid learning-rate schedule: step counts must be positive integers and factors in range.', '学习率调度无效：步数必须是正整数，系数必须在有效范围内。'));
  switch (schedule.kind) {
    case 'constant':
      return ok(schedule);
    case 'step':
      return positiveInt(schedule.every) && schedule.gamma > 0 && schedule.gamma <= 1 ? ok(schedule) : bad();
    case 'cosine':
      return positiveInt(schedule.totalSteps) && (schedule.minLr === undefined || (Number.isFinite(schedule.minLr) && schedule.minLr >= 0)) ? ok(schedule) : bad();
    case 'warmup': {
      if (!positiveInt(schedule.warmupSteps)) return bad();
      const inner = validateSchedule(schedule.then);
      return inner.ok ? ok(schedule) : inner;
    }
  }
}
