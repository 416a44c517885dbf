import { describe, expect, it } from 'vitest';
import type { OptimizerConfig } from './config';
import { init } from './optimizer';
import type { LearningRateSchedule } from './schedule';
import type { Trajectory } from './trajectory';
import { explainStep, runTrajectory } from './trajectory';
import { Stepper } from './stepper';

const bowl = (p: ArrayLike<number>): number => (p[0] ?? 0) ** 2 + 2 * (p[1] ?? 0) ** 2;
const bowlGrad = (p: ArrayLike<number>): number[] => [2 * (p[0] ?? 0), 4 * (p[1] ?? 0)];
// Ill-conditioned: Hessian diag(2, 100), condition number 50.
const valley = (p: ArrayLike<number>): number => (p[0] ?? 0) ** 2 + 50 * (p[1] ?? 0) ** 2;
const valleyGrad = (p: ArrayLike<number>): number[] => [2 * (p[0] ?? 0), 100 * (p[1] ?? 0)];
const START = [3, -2];
const constant: LearningRateSchedule = { kind: 'constant' };

function run(f: typeof bowl, g: typeof bowlGrad, config: OptimizerConfig, schedule: LearningRateSchedule, maxSteps: number, tolerance: number, start = START): Trajectory {
  const r = runTrajectory(f, g, start, config, schedule, { maxSteps, tolerance });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const lastPoint = (t: Trajectory): Float64Array => t.points.at(-1) ?? new Float64Array([Number.NaN]);
const dist0 = (p: Float64Array): number => Math.hypot(...Array.from(p));

describe('every optimizer converges on the bowls (minimum at the origin)', () => {
  // Rates chosen for each method's typical regime; adaptive methods anneal with cosine so that
  // their ≈ lr-sized steps shrink and can meet the gradient tolerance.
  const cases: [string, OptimizerConfig, LearningRateSchedule][] = [
    ['gd', { kind: 'gd', lr: 0.1 }, constant],
    ['momentum', { kind: 'momentum', lr: 0.02, beta: 0.9 }, constant],
    ['nesterov', { kind: 'nesterov', lr: 0.02, beta: 0.9 }, constant],
    ['adagrad', { kind: 'adagrad', lr: 1, epsilon: 1e-10 }, constant],
    ['rmsprop', { kind: 'rmsprop', lr: 0.05, rho: 0.9, epsilon: 1e-8 }, { kind: 'cosine', totalSteps: 3000 }],
    ['adam', { kind: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }, { kind: 'cosine', totalSteps: 3000 }],
  ];
  for (const [name, config, schedule] of cases) {
    it(`${name}: bowl x² + 2y² from (3, −2) to ‖∇f‖ ≤ 1e-6`, () => {
      const t = run(bowl, bowlGrad, config, schedule, 3000, 1e-6);
      expect(t.verdict.kind).toBe('converged');
      // ‖∇f‖ ≥ 2‖θ‖ on this bowl, so ‖θ‖ ≤ 5e-7.
      expect(dist0(lastPoint(t))).toBeLessThan(5e-7);
      expect(t.losses.at(-1)).toBeLessThan(t.losses[0] ?? 0);
    });
    it(`${name}: ill-conditioned x² + 50y² to ‖∇f‖ ≤ 1e-4`, () => {
      const ill = config.kind === 'gd' ? { ...config, lr: 0.015 } : config.kind === 'momentum' || config.kind === 'nesterov' ? { ...config, lr: 0.005 } : config;
      const t = run(valley, valleyGrad, ill, schedule, 3000, 1e-4);
      expect(t.verdict.kind).toBe('converged');
      expect(dist0(lastPoint(t))).toBeLessThan(5e-5);
    });
  }
});

describe('momentum vs plain GD in the ill-conditioned valley', () => {
  it("overshoots less than GD at GD's best rate", () => {
    // GD's best rate: the grid rate reaching ‖∇f‖ ≤ 1e-6 in the fewest steps (theory: 2/(2+100) ≈ 0.0196).
    let best = { lr: 0, steps: Number.POSITIVE_INFINITY };
    for (let lr = 0.001; lr < 0.0205; lr += 0.0005) {
      const t = run(valley, valleyGrad, { kind: 'gd', lr }, constant, 5000, 1e-6);
      if (t.verdict.kind === 'converged' && t.gradients.length < best.steps) best = { lr, steps: t.gradients.length };
    }
    expect(best.lr).toBeGreaterThan(0.018);
    // Overshoot = number of sign changes of the steep coordinate y (each one is a crossing of the
    // valley floor) during the first 100 steps.
    const crossings = (t: Trajectory): number => {
      let n = 0;
      for (let k = 1; k < Math.min(t.points.length, 101); k++) {
        if (Math.sign(t.points[k]?.[1] ?? 0) * Math.sign(t.points[k - 1]?.[1] ?? 0) < 0) n++;
      }
      return n;
    };
    const gd = run(valley, valleyGrad, { kind: 'gd', lr: best.lr }, constant, 100, 0);
    // Same effective step for a steady gradient: η_momentum/(1 − β) = η_GD.
    const hb = run(valley, valleyGrad, { kind: 'momentum', lr: best.lr * 0.1, beta: 0.9 }, constant, 100, 0);
    expect(crossings(hb)).toBeLessThan(crossings(gd) / 3);
    // …while still making more progress along the shallow x direction.
    expect(Math.abs(lastPoint(hb)[0] ?? 0)).toBeLessThan(Math.abs(lastPoint(gd)[0] ?? 0));
  });
});

describe('divergence is reported, never NaN soup', () => {
  it('GD with too large a rate on the bowl explodes, with the loss values', () => {
    // y ← y − 0.6·4y = −1.4y: the loss grows ≈ 1.96× per step until it passes 1e6·L₀.
    const t = run(bowl, bowlGrad, { kind: 'gd', lr: 0.6 }, constant, 1000, 1e-8);
    expect(t.verdict.kind).toBe('diverged');
    if (t.verdict.kind !== 'diverged') return;
    expect(t.verdict.reason).toBe('exploding');
    expect(t.verdict.lossFrom).toBe(bowl(START));
    expect(t.verdict.lossTo).toBe(t.losses.at(-1));
    expect(t.verdict.lossTo).toBeGreaterThan(1e6 * bowl(START));
    expect(t.verdict.step).toBe(t.points.length - 1);
    for (const p of t.points) expect(Array.from(p).every(Number.isFinite)).toBe(true);
  });

  it('stepping out of the domain stops at the last finite point (non-finite)', () => {
    // f = x − ln x (min at 1), f′ = 1 − 1/x; from 3 with η = 10 the first step lands at −3.67.
    const f = (p: ArrayLike<number>): number => (p[0] ?? 0) - Math.log(p[0] ?? 0);
    const g = (p: ArrayLike<number>): number[] => [1 - 1 / (p[0] ?? 0)];
    const r = runTrajectory(f, g, [3], { kind: 'gd', lr: 10 }, constant, { maxSteps: 10, tolerance: 1e-9 });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.verdict).toEqual({ kind: 'diverged', reason: 'non-finite', step: 1, lossFrom: f([3]), lossTo: f([3]) });
    expect(r.value.points).toHaveLength(1);
  });

  it('runs out of steps honestly', () => {
    const t = run(bowl, bowlGrad, { kind: 'gd', lr: 1e-4 }, constant, 10, 1e-9);
    expect(t.verdict).toEqual({ kind: 'stalled', reason: 'max-steps', step: 10 });
    expect(t.points).toHaveLength(11);
  });

  it('converges on stalled loss when asked to (lossTolerance)', () => {
    const r = runTrajectory(bowl, bowlGrad, START, { kind: 'gd', lr: 0.1 }, constant, { maxSteps: 10000, tolerance: 0, lossTolerance: 1e-12, patience: 3 });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.verdict.kind).toBe('converged');
    if (r.value.verdict.kind === 'converged') expect(r.value.verdict.reason).toBe('loss-change');
  });

  it('rejects a start outside the domain and bad settings', () => {
    const f = (p: ArrayLike<number>): number => Math.log(p[0] ?? 0);
    const g = (p: ArrayLike<number>): number[] => [1 / (p[0] ?? 0)];
    expect(runTrajectory(f, g, [-1], { kind: 'gd', lr: 0.1 }, constant, { maxSteps: 10, tolerance: 0 }).ok).toBe(false);
    expect(runTrajectory(bowl, bowlGrad, START, { kind: 'gd', lr: -1 }, constant, { maxSteps: 10, tolerance: 0 }).ok).toBe(false);
    expect(runTrajectory(bowl, bowlGrad, START, { kind: 'gd', lr: 0.1 }, constant, { maxSteps: 1.5, tolerance: 0 }).ok).toBe(false);
    expect(runTrajectory(bowl, bowlGrad, [Number.NaN, 0], { kind: 'gd', lr: 0.1 }, constant, { maxSteps: 1, tolerance: 0 }).ok).toBe(false);
    expect(runTrajectory(bowl, bowlGrad, START, { kind: 'gd', lr: 0.1 }, { kind: 'cosine', totalSteps: 0 }, { maxSteps: 1, tolerance: 0 }).ok).toBe(false);
  });
});

describe('bookkeeping and the walker', () => {
  it('points[k+1] = points[k] + updates[k], gradients are the analytic ones, rates follow the schedule', () => {
    const schedule: LearningRateSchedule = { kind: 'step', every: 3, gamma: 0.5 };
    const t = run(bowl, bowlGrad, { kind: 'gd', lr: 0.2 }, schedule, 7, 0);
    expect(t.updates).toHaveLength(7);
    for (let k = 0; k < 7; k++) {
      const p = t.points[k] ?? new Float64Array(2);
      const q = t.points[k + 1] ?? new Float64Array(2);
      const u = t.updates[k] ?? new Float64Array(2);
      const g = bowlGrad(p);
      expect(Array.from(t.gradients[k] ?? [])).toEqual(g);
      expect(t.learningRates[k]).toBe(0.2 * 0.5 ** Math.floor(k / 3));
      for (let i = 0; i < 2; i++) {
        expect(q[i]).toBeCloseTo((p[i] ?? 0) + (u[i] ?? 0), 14);
        expect(u[i]).toBeCloseTo(-(t.learningRates[k] ?? 0) * (g[i] ?? 0), 14);
      }
      expect(t.losses[k]).toBe(bowl(p));
    }
    const e = explainStep(t, 2);
    expect(e?.point).toBe(t.points[2]);
    expect(e?.next).toBe(t.points[3]);
    expect(e?.nextLoss).toBe(t.losses[3]);
    expect(explainStep(t, 7)).toBeUndefined();
  });

  it('a Stepper driven by hand matches the trajectory and refuses to step into NaN', () => {
    const config: OptimizerConfig = { kind: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
    const t = run(bowl, bowlGrad, config, constant, 3, 0);
    const stepper = new Stepper(bowl, bowlGrad, init(START, config), config);
    for (let k = 0; k < 3; k++) {
      const s = stepper.next();
      if (s.kind !== 'stepped') throw new Error('expected a step');
      expect(Array.from(s.next)).toEqual(Array.from(t.points[k + 1] ?? []));
      expect(s.after).toBe(stepper.state);
    }
    const f = (p: ArrayLike<number>): number => Math.sqrt(p[0] ?? 0);
    const g = (p: ArrayLike<number>): number[] => [0.5 / Math.sqrt(p[0] ?? 0)];
    const gd: OptimizerConfig = { kind: 'gd', lr: 10 };
    const start = init([1], gd);
    const sqrtStepper = new Stepper(f, g, start, gd);
    const s = sqrtStepper.next();
    // x = 1 − 10·0.5 = −4: √x is undefined there, so the step is refused and the run diverged.
    expect(s.kind).toBe('ended');
    expect(s.verdict).toEqual({ kind: 'diverged', reason: 'non-finite', step: 1, lossFrom: 1, lossTo: 1 });
    expect(sqrtStepper.state).toBe(start);
    expect(sqrtStepper.steps).toBe(0);
  });
});
