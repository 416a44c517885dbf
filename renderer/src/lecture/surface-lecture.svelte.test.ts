import { describe, expect, it } from 'vitest';
import { SurfaceSession } from '../scenes/surface/surface-session.svelte';
import { SURFACE_PRESETS } from '../scenes/surface/presets';
import { DESCENT_BASE, DESCENT_LECTURE } from './steps/descent';
import { surfaceLectureTarget } from './surface-lecture';

const steps = DESCENT_LECTURE.steps;
const find = (pred: (i: number) => boolean): number => {
  const i = steps.findIndex((_, k) => pred(k));
  if (i < 0) throw new Error('no such step');
  return i;
};

describe('the explorer lecture', () => {
  it('names only presets that exist, and has a caption in both languages for every step', () => {
    const ids = new Set(SURFACE_PRESETS.map((p) => p.id));
    for (const s of steps) {
      if (s.action.state?.presetId) expect(ids.has(s.action.state.presetId)).toBe(true);
      expect(s.caption.en.length).toBeGreaterThan(20);
      expect(s.caption['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('starts on the bowl at (1.5, 1), where ∇f = (3, 2)', () => {
    const s = new SurfaceSession();
    s.applyPreset(SURFACE_PRESETS.find((p) => p.id === 'rastrigin')!);
    surfaceLectureTarget(s, DESCENT_BASE, steps).show(0, null);
    expect(s.preset.id).toBe('bowl');
    expect(s.point?.fx).toBeCloseTo(3, 12);
    expect(s.point?.fy).toBeCloseTo(2, 12);
  });

  it('aims u along ∇f, then against it, whether stepped into or jumped to', () => {
    const s = new SurfaceSession();
    const t = surfaceLectureTarget(s, DESCENT_BASE, steps);
    const up = find((k) => steps[k]!.action.aim === 'gradient');
    const down = find((k) => steps[k]!.action.aim === 'against');
    for (let k = 0; k <= up; k++) t.show(k, k === 0 ? null : k - 1);
    expect(s.theta).toBeCloseTo(Math.atan2(2, 3), 12);
    t.show(down, null);
    expect(s.theta).toBeCloseTo(Math.atan2(2, 3) + Math.PI, 12);
    expect(s.tab).toBe('gradient');
  });

  it('keeps what the presenter moved when stepping forward by one, and rebuilds on a jump', () => {
    const s = new SurfaceSession();
    const t = surfaceLectureTarget(s, DESCENT_BASE, steps);
    t.show(0, null);
    s.setPoint(-1, 2);
    t.show(1, 0);
    expect([s.a, s.b]).toEqual([-1, 2]);
    expect(s.layers.tangentPlane).toBe(true);
    t.show(1, null);
    expect([s.a, s.b]).toEqual([1.5, 1]);
  });

  it('starts the walkers a step names and replays the latest ones on a jump past it', () => {
    const s = new SurfaceSession();
    const t = surfaceLectureTarget(s, DESCENT_BASE, steps);
    const two = find((k) => (steps[k]!.action.walkers?.length ?? 0) === 2);
    t.show(two, null);
    expect(s.walkers.walkers.map((w) => w.config.optimizer.lr)).toEqual([0.1, 1.1]);
    expect(s.walkers.playing).toBe(true);
    // GD on x² + y² with η = 1.1 multiplies the point by (1 − 2η) = −1.2 each step: it diverges.
    for (let i = 0; i < 80; i++) s.walkers.step();
    expect(s.walkers.walkers[1]?.status).toBe('diverged');
    expect(s.walkers.walkers[0]?.status).not.toBe('diverged');
    const deck = find((k) => steps[k]!.action.state?.presetId === 'deck-loss');
    t.show(deck, null);
    expect(s.fnName).toBe('L');
    expect(s.walkers.walkers).toHaveLength(1);
    t.show(0, null);
    expect(s.walkers.walkers).toHaveLength(0);
    expect(s.walkers.playing).toBe(false);
  });
});
