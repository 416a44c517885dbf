import { describe, expect, it } from 'vitest';
import { init } from './optimizer';
import type { OptimizerConfig } from './config';
import type { StepOutcome, StepVerdict, StopRules } from './stepper';
import { Stepper, stopRules } from './stepper';

// f(x) = x², ∇f = 2x: gradient descent with rate η multiplies x by (1 − 2η) each step, so every
// verdict's step number follows in closed form.
const sq = (p: ArrayLike<number>): number => (p[0] ?? 0) ** 2;
const sqGrad = (p: ArrayLike<number>): number[] => [2 * (p[0] ?? 0)];

function runToEnd(lr: number, rules: StopRules, x0 = 3): { verdict: StepVerdict; steps: StepOutcome[] } {
  const cfg: OptimizerConfig = { kind: 'gd', lr };
  const s = new Stepper(sq, sqGrad, init([x0], cfg), cfg, { kind: 'constant' }, rules);
  const steps: StepOutcome[] = [];
  for (let i = 0; i < 10000; i++) {
    const r = s.next();
    steps.push(r);
    if (r.verdict) return { verdict: r.verdict, steps };
  }
  throw new Error('no verdict');
}

describe('Stepper: one loop, one set of verdicts', () => {
  it('converges by the gradient exactly when 2·3·0.5ᵏ ≤ 1e-6 (η = 1/4 halves x each step)', () => {
    const { verdict } = runToEnd(0.25, { gradientTolerance: 1e-6, lossTolerance: 0 });
    const k = Math.ceil(Math.log2(6 / 1e-6));
    expect(verdict).toEqual({ kind: 'converged', reason: 'gradient', step: k });
  });

  it('converges on a calm loss: |ΔL| = 6.75·4⁻ᵏ ≤ 1e-3 from k = 7, three calm steps end at step 10', () => {
    const { verdict } = runToEnd(0.25, { gradientTolerance: 0, lossTolerance: 1e-3, patience: 3 });
    expect(verdict).toEqual({ kind: 'converged', reason: 'loss-change', step: 10 });
  });

  it('diverges (exploding) when 9·4ᵏ > 1e6·9, i.e. at step 10 for η = 3/2 (x ← −2x)', () => {
    const { verdict, steps } = runToEnd(1.5, {});
    expect(verdict).toEqual({ kind: 'diverged', reason: 'exploding', step: 10, lossFrom: 9, lossTo: 9 * 4 ** 10 });
    // The exploding step itself is taken and reported (the trail shows it), then the run ends.
    expect(steps.at(-1)?.kind).toBe('stepped');
  });

  it('refuses a step into NaN (diverged, non-finite) and keeps the last finite point', () => {
    const f = (p: ArrayLike<number>): number => Math.sqrt(p[0] ?? 0);
    const g = (p: ArrayLike<number>): number[] => [0.5 / Math.sqrt(p[0] ?? 0)];
    const cfg: OptimizerConfig = { kind: 'gd', lr: 10 };
    const start = init([1], cfg);
    const s = new Stepper(f, g, start, cfg);
    const r = s.next();
    expect(r.verdict).toEqual({ kind: 'diverged', reason: 'non-finite', step: 1, lossFrom: 1, lossTo: 1 });
    expect(s.state).toBe(start);
    expect(s.next().kind).toBe('ended');
  });

  it('stalls where ∇L is undefined, and when the step budget is spent', () => {
    const f = (p: ArrayLike<number>): number => Math.sqrt(Math.abs(p[0] ?? 0));
    const g = (p: ArrayLike<number>): number[] => [0.5 / Math.sqrt(Math.abs(p[0] ?? 0))];
    const cfg: OptimizerConfig = { kind: 'gd', lr: 0.1 };
    expect(new Stepper(f, g, init([0], cfg), cfg).next().verdict).toEqual({ kind: 'stalled', reason: 'undefined-gradient', step: 0 });
    const { verdict, steps } = runToEnd(0.1, { maxSteps: 3 });
    expect(verdict).toEqual({ kind: 'stalled', reason: 'max-steps', step: 3 });
    expect(steps.filter((s) => s.kind === 'stepped')).toHaveLength(3);
  });

  it('follows the schedule: step decay halves η after `every` steps (GD on x²: x ← (1 − 2η)x)', () => {
    const cfg: OptimizerConfig = { kind: 'gd', lr: 0.2 };
    const s = new Stepper(sq, sqGrad, init([1], cfg), cfg, { kind: 'step', every: 2, gamma: 0.5 });
    const rates = Array.from({ length: 4 }, () => {
      const r = s.next();
      return r.kind === 'stepped' ? r.learningRate : Number.NaN;
    });
    expect(rates).toEqual([0.2, 0.2, 0.1, 0.1]);
    expect(s.state.params[0]).toBeCloseTo(0.6 * 0.6 * 0.8 * 0.8, 14);
  });

  it('stopRules refuses out-of-range rules and fills the walkers’ defaults', () => {
    expect(stopRules({ patience: 0 })).toBeNull();
    expect(stopRules({ explodeFactor: 1 })).toBeNull();
    expect(stopRules({ maxSteps: 1.5 })).toBeNull();
    expect(stopRules({ gradientTolerance: -1 })).toBeNull();
    expect(stopRules()).toEqual({ gradientTolerance: 1e-6, lossTolerance: 1e-12, patience: 10, explodeFactor: 1e6, maxSteps: 5000 });
  });
});
