import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import type { OptimizerKind } from '$shared/optim/index';
import { createObjective, defaultWalkerConfig, divergedMessage, stepsDue, WalkerModel, type WalkerConfig, type WalkerObjective } from './walker-model';
import { WALKER_COLORS } from './walker-palette';
import { formatSig } from './format';

function objective(src: string): WalkerObjective {
  const e = parseExpr(src, { variables: ['x', 'y'] });
  if (!e.ok) throw new Error(`bad test formula ${src}`);
  const o = createObjective(e.value);
  if (!o.ok) throw new Error('no objective');
  return o.value;
}

const gd = (lr: number): WalkerConfig => ({ optimizer: { kind: 'gd', lr }, schedule: { kind: 'constant' } });
const BOWL = 'x^2 + 2y^2';

function added(m: WalkerModel, start: readonly [number, number], c: WalkerConfig) {
  const r = m.addWalker(start, c);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

describe('WalkerModel on the bowl x² + 2y²', () => {
  it('GD with a small rate converges and the loss falls at every step', () => {
    const m = new WalkerModel(objective(BOWL));
    const w = added(m, [2, 1.5], gd(0.1));
    m.stepMany(1000);
    const done = m.get(w.id);
    expect(done?.status).toBe('converged');
    if (!done) return;
    // GD on a quadratic: x_{k+1} = (1 − 2η)x_k, y_{k+1} = (1 − 4η)y_k, a contraction for η = 0.1.
    for (let k = 0; k < done.stepCount; k++) expect(done.losses[k + 1] ?? Infinity).toBeLessThan(done.losses[k] ?? -Infinity);
    const x = done.xs[done.stepCount] ?? NaN;
    const y = done.ys[done.stepCount] ?? NaN;
    expect(Math.hypot(x, y)).toBeLessThan(1e-5);
    // The closed form of the first step: (2, 1.5) → (1.6, 0.9).
    expect(done.xs[1]).toBeCloseTo(1.6, 14);
    expect(done.ys[1]).toBeCloseTo(0.9, 14);
    expect(done.steps[0]?.gradient).toEqual([4, 6]);
    expect(done.steps[0]?.update[0]).toBeCloseTo(-0.4, 14);
    expect(done.steps[0]?.update[1]).toBeCloseTo(-0.6, 14);
    expect(done.message?.en).toMatch(/Converged/);
  });

  it('GD with too large a rate diverges with a message naming both losses', () => {
    // y_{k+1} = (1 − 4·0.6) y_k = −1.4 y_k: |y| grows, so the loss grows ~1.96× per step.
    const m = new WalkerModel(objective(BOWL));
    const w = added(m, [1, 1], gd(0.6));
    m.stepMany(1000);
    const done = m.get(w.id);
    expect(done?.status).toBe('diverged');
    if (!done) return;
    const from = done.losses[0] ?? NaN;
    const to = done.losses[done.stepCount] ?? NaN;
    expect(from).toBe(3);
    expect(to).toBeGreaterThan(1e6 * 3);
    expect(done.message?.en).toContain('Learning rate too large');
    expect(done.message?.en).toContain(formatSig(from));
    expect(done.message?.en).toContain(formatSig(to));
    expect(done.message?.['zh-CN']).toContain('学习率太大');
    expect(done.message?.['zh-CN']).toContain(formatSig(to));
    for (const v of [...done.xs, ...done.ys, ...done.losses]) expect(Number.isFinite(v)).toBe(true);
    // A stopped walker no longer moves.
    expect(m.stepAll()).toBe(false);
  });

  it('racing walkers are independent of each other and deterministic', () => {
    const kinds: OptimizerKind[] = ['gd', 'momentum', 'adam'];
    const solo = kinds.map((k) => {
      const m = new WalkerModel(objective(BOWL));
      const w = added(m, [-2, 1], defaultWalkerConfig(k));
      m.stepMany(50);
      return m.get(w.id);
    });
    const race = new WalkerModel(objective(BOWL));
    const ids = kinds.map((k) => added(race, [-2, 1], defaultWalkerConfig(k)).id);
    race.stepMany(50);
    ids.forEach((id, i) => {
      const a = race.get(id);
      const b = solo[i];
      expect(a?.xs).toEqual(b?.xs);
      expect(a?.ys).toEqual(b?.ys);
      expect(a?.losses).toEqual(b?.losses);
    });
    // Different optimizers really move differently.
    expect(race.get(ids[0] ?? '')?.xs[5]).not.toBe(race.get(ids[2] ?? '')?.xs[5]);
    // Colours are distinct palette entries.
    const colors = race.walkers.map((w) => w.color);
    expect(new Set(colors).size).toBe(3);
    for (const c of colors) expect(WALKER_COLORS).toContain(c);
  });

  it('reset replays exactly; setStart and setConfig restart one walker only', () => {
    const m = new WalkerModel(objective(BOWL));
    const a = added(m, [1, 1], gd(0.05));
    const b = added(m, [-1, 2], defaultWalkerConfig('momentum'));
    m.stepMany(20);
    const first = [...(m.get(a.id)?.xs ?? [])];
    m.reset();
    expect(m.get(a.id)?.stepCount).toBe(0);
    m.stepMany(20);
    expect(m.get(a.id)?.xs).toEqual(first);

    const bBefore = m.get(b.id);
    const moved = m.setStart(a.id, [0.5, -0.5]);
    expect(moved.ok).toBe(true);
    expect(m.get(a.id)?.stepCount).toBe(0);
    expect(m.get(a.id)?.start).toEqual([0.5, -0.5]);
    expect(m.get(b.id)).toBe(bBefore);

    const cfg = m.setConfig(a.id, defaultWalkerConfig('adam'));
    expect(cfg.ok && cfg.value.config.optimizer.kind).toBe('adam');
    m.removeWalker(a.id);
    expect(m.walkers.map((w) => w.id)).toEqual([b.id]);
  });

  it('refuses bad starts and settings with bilingual messages', () => {
    const m = new WalkerModel(objective(BOWL));
    const r1 = m.addWalker([Number.NaN, 0], gd(0.1));
    const r2 = m.addWalker([0, 0], gd(-1));
    const r3 = m.addWalker([0, 0], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'step', every: 0, gamma: 0.5 } });
    for (const r of [r1, r2, r3]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(m.walkers).toHaveLength(0);
    expect(m.setStart('nope', [0, 0]).ok).toBe(false);
  });

  it('stops a walker placed where f is undefined, and one whose step lands in a hole', () => {
    const m = new WalkerModel(objective('log(x*y)'));
    const bad = added(m, [-1, 1], gd(0.1));
    expect(bad.status).toBe('stopped');
    expect(bad.message?.en).toMatch(/undefined/);
    // f = ln x + y²: ∂f/∂x = 1/x = 1 at x = 1, so GD with η = 2 jumps to x = −1 where ln is undefined.
    const m3 = new WalkerModel(objective('log(x) + y^2'));
    const w = added(m3, [1, 0.5], gd(2)); // x: 1 − 2·1 = −1 → log undefined
    m3.stepAll();
    const done = m3.get(w.id);
    expect(done?.status).toBe('diverged');
    expect(done?.message?.en).toMatch(/smaller learning rate/);
    expect(done?.stepCount).toBe(0);
  });

  it('switching the formula restarts every walker; no formula stops them', () => {
    const m = new WalkerModel(objective(BOWL));
    const w = added(m, [1, 1], gd(0.1));
    m.stepMany(3);
    m.setObjective(objective('x^2 + y^2'));
    expect(m.get(w.id)?.stepCount).toBe(0);
    expect(m.get(w.id)?.losses[0]).toBe(2);
    m.setObjective(null);
    expect(m.get(w.id)?.status).toBe('stopped');
  });

  it('caps the number of steps', () => {
    const m = new WalkerModel(objective(BOWL), { maxSteps: 3 });
    const w = added(m, [1, 1], gd(0.001));
    m.stepMany(10);
    expect(m.get(w.id)?.stepCount).toBe(3);
    expect(m.get(w.id)?.status).toBe('stopped');
  });
});

describe('helpers', () => {
  it('divergedMessage distinguishes growth from an unbounded fall', () => {
    expect(divergedMessage(3, 5e7).en).toBe('Learning rate too large: the loss grew from 3 to 5e7.');
    expect(divergedMessage(1, -2e6).en).toMatch(/no minimum/);
  });
  it('stepsDue accumulates fractional steps and caps long frames', () => {
    let carry = 0;
    let total = 0;
    for (let i = 0; i < 60; i++) {
      const r = stepsDue(1000 / 60, 10, carry);
      carry = r.carry;
      total += r.steps;
    }
    // 60 frames of 1/60 s at 10 steps/s = 10 steps (floating error may leave 9 + carry ≈ 1).
    expect(total + carry).toBeCloseTo(10, 9);
    expect(total).toBeGreaterThanOrEqual(9);
    expect(stepsDue(10_000, 100, 0).steps).toBe(25);
    expect(stepsDue(-5, 100, 0.5)).toEqual({ steps: 0, carry: 0.5 });
  });
});
