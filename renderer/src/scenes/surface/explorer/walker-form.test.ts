import { describe, expect, it } from 'vitest';
import { learningRate, validateOptimizerConfig, validateSchedule } from '$shared/optim/index';
import { configFromForm, DEFAULT_FORM, formFromConfig, lrFromSlider, OPTIMIZER_KINDS, parametersOf, SCHEDULE_KINDS, scheduleOf, sliderFromLr } from './walker-form';

describe('walker form', () => {
  it('maps the log slider onto 1e-4 … 10', () => {
    expect(lrFromSlider(-4)).toBe(0.0001);
    expect(lrFromSlider(1)).toBe(10);
    expect(lrFromSlider(-1)).toBe(0.1);
    expect(lrFromSlider(-99)).toBe(0.0001);
    expect(lrFromSlider(Math.log10(0.3))).toBe(0.3);
    expect(sliderFromLr(0.01)).toBeCloseTo(-2, 14);
  });
  it('builds valid configurations for every optimizer and schedule', () => {
    for (const kind of OPTIMIZER_KINDS) {
      for (const schedule of SCHEDULE_KINDS) {
        const c = configFromForm({ ...DEFAULT_FORM, kind, schedule, beta: 0.8, rho: 0.95, beta1: 0.85, beta2: 0.99 });
        expect(c.optimizer.kind).toBe(kind);
        expect(validateOptimizerConfig(c.optimizer).ok).toBe(true);
        expect(validateSchedule(c.schedule).ok).toBe(true);
        expect(formFromConfig(c).kind).toBe(kind);
        expect(formFromConfig(c).schedule).toBe(schedule);
      }
    }
    const m = configFromForm({ ...DEFAULT_FORM, kind: 'momentum', beta: 0.8 });
    expect(m.optimizer).toEqual({ kind: 'momentum', lr: 0.1, beta: 0.8 });
    const a = configFromForm({ ...DEFAULT_FORM, kind: 'adam', beta1: 0.85, beta2: 0.99 });
    expect(formFromConfig(a)).toMatchObject({ beta1: 0.85, beta2: 0.99 });
  });
  it('shows only the parameters an optimizer uses', () => {
    expect(parametersOf('gd')).toEqual([]);
    expect(parametersOf('adagrad')).toEqual([]);
    expect(parametersOf('nesterov')).toEqual(['beta']);
    expect(parametersOf('rmsprop')).toEqual(['rho']);
    expect(parametersOf('adam')).toEqual(['beta1', 'beta2']);
  });
  it('schedule presets give their documented rates', () => {
    expect(learningRate(scheduleOf('step'), 1, 50)).toBe(0.5);
    expect(learningRate(scheduleOf('cosine'), 1, 100)).toBeCloseTo(0.5, 14); // (1 + cos(π/2))/2
    expect(learningRate(scheduleOf('warmup'), 1, 0)).toBe(1 / 20);
    expect(learningRate(scheduleOf('warmup'), 1, 25)).toBe(1);
  });
});
