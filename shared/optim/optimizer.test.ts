import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConfig, validateOptimizerConfig } from './config';
import type { OptimizerConfig, OptimizerKind } from './config';
import { init, step } from './optimizer';

const KINDS: OptimizerKind[] = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];

describe('optimizer steps', () => {
  it('are pure and deterministic for every optimizer', () => {
    for (const kind of KINDS) {
      const config = defaultConfig(kind);
      const s0 = init([1, -2], config);
      const g = new Float64Array([0.5, -3]);
      const s1 = step(s0, g, config);
      const before = JSON.stringify({ p: Array.from(s0.params), g: Array.from(g) });
      const s1b = step(s0, g, config);
      const s2 = step(s1, g, config);
      expect(JSON.stringify({ p: Array.from(s0.params), g: Array.from(g) })).toBe(before);
      expect(Array.from(s1b.params)).toEqual(Array.from(s1.params));
      expect(s1.params).not.toBe(s0.params);
      expect(s2.t).toBe(2);
      expect(Array.from(s0.params)).toEqual([1, -2]);
    }
  });

  it('init copies its input', () => {
    const p = [1, 2];
    const s = init(p, defaultConfig('gd'));
    p[0] = 99;
    expect(s.params[0]).toBe(1);
  });

  it('gradient descent: θ − η g', () => {
    const s = step(init([1, 2], { kind: 'gd', lr: 0.1 }), [4, -2], { kind: 'gd', lr: 0.1 });
    expect(s.params[0]).toBeCloseTo(0.6, 15);
    expect(s.params[1]).toBeCloseTo(2.2, 15);
    expect(s.lastUpdate[0]).toBeCloseTo(-0.4, 15);
    expect(s.lastUpdate[1]).toBeCloseTo(0.2, 15);
  });

  it('momentum accumulates velocity (two steps by hand)', () => {
    const c: OptimizerConfig = { kind: 'momentum', lr: 0.1, beta: 0.9 };
    const s1 = step(init([0], c), [1], c);
    // v1 = 1, θ1 = −0.1; v2 = 0.9 + 1 = 1.9, θ2 = −0.1 − 0.19 = −0.29.
    expect(s1.params[0]).toBeCloseTo(-0.1, 15);
    const s2 = step(s1, [1], c);
    expect(s2.params[0]).toBeCloseTo(-0.29, 15);
  });

  it('Nesterov iterates equal classic NAG look-ahead points (independent implementation)', () => {
    // f = ½(a x² + b y²): ∇f = (a x, b y). Classic NAG (Sutskever 2013):
    //   y_t = θ_t + μ v_t;  v_{t+1} = μ v_t − η ∇f(y_t);  θ_{t+1} = θ_t + v_{t+1}.
    const a = 3;
    const b = 0.5;
    const grad = (p: ArrayLike<number>): number[] => [a * (p[0] ?? 0), b * (p[1] ?? 0)];
    const eta = 0.05;
    const mu = 0.8;
    let theta = [2, -1];
    let v = [0, 0];
    const c: OptimizerConfig = { kind: 'nesterov', lr: eta, beta: mu };
    let s = init([2, -1], c);
    for (let t = 0; t < 30; t++) {
      const look = [(theta[0] ?? 0) + mu * (v[0] ?? 0), (theta[1] ?? 0) + mu * (v[1] ?? 0)];
      // Our state sits at the look-ahead point.
      expect(s.params[0]).toBeCloseTo(look[0] ?? Number.NaN, 12);
      expect(s.params[1]).toBeCloseTo(look[1] ?? Number.NaN, 12);
      const g = grad(look);
      v = [mu * (v[0] ?? 0) - eta * (g[0] ?? 0), mu * (v[1] ?? 0) - eta * (g[1] ?? 0)];
      theta = [(theta[0] ?? 0) + (v[0] ?? 0), (theta[1] ?? 0) + (v[1] ?? 0)];
      s = step(s, grad(s.params), c);
    }
  });

  it("Adam's first step is ≈ lr per coordinate whatever the gradient's size", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.double({ min: 1e-4, max: 1, noNaN: true }), (mags, lr) => {
        const g = mags.map((m, i) => (i % 2 === 0 ? m : -m));
        const c: OptimizerConfig = { kind: 'adam', lr, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
        const s = step(init(g.map(() => 0), c), g, c);
        // m̂ = g, v̂ = g² after bias correction, so the update is −lr·g/(|g| + ε).
        for (let i = 0; i < g.length; i++) {
          const gi = g[i] ?? 0;
          expect(Math.abs((s.lastUpdate[i] ?? 0) + lr * Math.sign(gi))).toBeLessThan(lr * 1e-5);
        }
      }),
    );
  });

  it('AdaGrad and RMSProp first steps: lr·sign(g) and lr·sign(g)/√(1−ρ)', () => {
    const ada: OptimizerConfig = { kind: 'adagrad', lr: 0.1, epsilon: 1e-10 };
    const s = step(init([0, 0], ada), [250, -0.02], ada);
    expect(s.params[0]).toBeCloseTo(-0.1, 9);
    expect(s.params[1]).toBeCloseTo(0.1, 7);
    const rms: OptimizerConfig = { kind: 'rmsprop', lr: 0.01, rho: 0.9, epsilon: 1e-8 };
    const r = step(init([0], rms), [7], rms);
    expect(r.params[0]).toBeCloseTo(-0.01 / Math.sqrt(0.1), 7);
    // Second AdaGrad step with the same gradient: G = 2g², step lr/√2.
    const s2 = step(s, [250, -0.02], ada);
    expect((s2.params[0] ?? 0) - (s.params[0] ?? 0)).toBeCloseTo(-0.1 / Math.SQRT2, 9);
  });

  it('switching optimizer mid-run keeps the point and starts fresh accumulators', () => {
    const m: OptimizerConfig = { kind: 'momentum', lr: 0.1, beta: 0.9 };
    const s = step(step(init([1], m), [1], m), [1], m);
    const gd: OptimizerConfig = { kind: 'gd', lr: 0.1 };
    const t = step(s, [2], gd);
    expect(t.kind).toBe('gd');
    expect(t.params[0]).toBeCloseTo((s.params[0] ?? 0) - 0.2, 15);
  });

  it('a missing gradient component gives NaN, not an exception', () => {
    const s = step(init([1, 1], defaultConfig('gd')), [1], defaultConfig('gd'));
    expect(s.params[1]).toBeNaN();
  });

  it('validates configurations', () => {
    expect(validateOptimizerConfig({ kind: 'gd', lr: 0 }).ok).toBe(false);
    expect(validateOptimizerConfig({ kind: 'gd', lr: Number.NaN }).ok).toBe(false);
    expect(validateOptimizerConfig({ kind: 'momentum', lr: 0.1, beta: 1 }).ok).toBe(false);
    expect(validateOptimizerConfig({ kind: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 0 }).ok).toBe(false);
    expect(validateOptimizerConfig({ kind: 'rmsprop', lr: 0.1, rho: -0.1, epsilon: 1e-8 }).ok).toBe(false);
    for (const k of KINDS) expect(validateOptimizerConfig(defaultConfig(k)).ok).toBe(true);
  });
});
