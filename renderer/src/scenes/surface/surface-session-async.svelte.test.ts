/**
 * The session with its heavy work off the main thread (issues 11, 12): a formula is shown only
 * once its job has come back, everything at once (surface samples, model, preview); stale jobs
 * are dropped; a slider drag substitutes the data instead of re-deriving.
 */
import { describe, expect, it, vi } from 'vitest';
import { preparedFor } from './surface-pipeline';
import { runSurfaceJobNow, SymbolicCache, type SurfaceJob, type SurfaceJobResult } from './surface-job';
import type { SurfaceEngine, SurfaceJobListener } from './surface-compute-client';
import { SurfaceSession } from './surface-session.svelte';
import { SURFACE_PRESETS } from './presets';

/** An engine whose jobs wait until the test releases them (like a worker, without one). */
class ManualEngine implements SurfaceEngine {
  readonly asynchronous = true;
  readonly cache = new SymbolicCache();
  queue: { job: SurfaceJob; listener: SurfaceJobListener }[] = [];
  run(job: SurfaceJob, listener: SurfaceJobListener): void {
    this.queue.push({ job, listener });
  }
  /** Answers the job at `index` (default: the newest) with the real result. */
  release(index = this.queue.length - 1): SurfaceJobResult {
    const q = this.queue[index];
    if (!q) throw new Error('no job');
    const r = runSurfaceJobNow(q.job, this.cache);
    q.listener(r);
    return r;
  }
  dispose(): void {}
}

/** A session on the deck's loss with both first jobs answered. */
function deckSession(): { engine: ManualEngine; s: SurfaceSession } {
  const engine = new ManualEngine();
  const s = new SurfaceSession(engine);
  engine.release();
  const deck = SURFACE_PRESETS.find((p) => p.id === 'deck-loss');
  if (!deck) throw new Error('no deck preset');
  s.applyPreset(deck);
  engine.release();
  return { engine, s };
}

describe('SurfaceSession with an asynchronous engine', () => {
  it('keeps showing the previous formula, preview included, until the new one is computed; then all at once', () => {
    const engine = new ManualEngine();
    const s = new SurfaceSession(engine);
    expect(s.model).toBeNull();
    engine.release();
    const first = s.model;
    expect(first).not.toBeNull();
    s.setFormula('x^2 + 3y');
    expect(s.formulaState).toBe('pending');
    expect(s.parse.ok).toBe(true);
    // The old formula everywhere: model, surface, and the preview.
    expect(s.model).toBe(first);
    expect(s.preview.ok && s.preview.value).toBe(s.expr);
    const serial = s.acceptedSerial;
    engine.release();
    expect(s.formulaState).toBe('shown');
    expect(s.acceptedSerial).toBe(serial + 1);
    expect(s.model?.evaluate(2, 1)).toBe(7);
    expect(s.preview).toBe(s.parse);
    // The samples came with it: the view finds them prepared for exactly this function.
    expect(preparedFor(s.surfaceExpr!, s.domain, s.effectiveResolution)).not.toBeNull();
  });

  it('drops a stale result: typing on while a job runs shows only the newest formula', () => {
    const engine = new ManualEngine();
    const s = new SurfaceSession(engine);
    engine.release();
    s.setFormula('x + y');
    s.setFormula('x y');
    expect(engine.queue).toHaveLength(3);
    engine.release(1); // x + y: stale
    expect(s.formulaState).toBe('pending');
    expect(s.model?.evaluate(2, 3)).not.toBe(5);
    engine.release(2);
    expect(s.model?.evaluate(2, 3)).toBe(6);
  });

  it('a job that fails keeps everything on the previous formula and says why', () => {
    const engine = new ManualEngine();
    const s = new SurfaceSession(engine);
    engine.release();
    const model = s.model;
    s.setFormula('x^2');
    engine.queue[engine.queue.length - 1]!.listener({ gen: engine.queue[engine.queue.length - 1]!.job.gen, kind: 'error', message: { en: 'boom', 'zh-CN': '失败' } });
    expect(s.formulaState).toBe('failed');
    expect(s.modelError?.en).toBe('boom');
    expect(s.model).toBe(model);
    // An invalid text hides the message (the input says why instead); a good formula clears it.
    s.setFormula('x^2 +');
    expect(s.modelError).toBeNull();
    s.setFormula('x^3');
    engine.release();
    expect(s.formulaState).toBe('shown');
    expect(s.model?.evaluate(2, 0)).toBe(8);
  });

  it('refines a pointer drag of a data slider when it is released, never on a timer in its middle (issue 9)', () => {
    vi.useFakeTimers();
    try {
      const { engine, s } = deckSession();
      s.beginParamDrag();
      for (const v of [0.5, 0.6, 0.7]) {
        s.setParam('x1', v);
        engine.release();
        // A slow machine: seconds between two moves of the same drag.
        vi.advanceTimersByTime(5000);
        const last = engine.queue[engine.queue.length - 1]!.job;
        expect(last.grid?.resolution).toBe(48);
        expect(s.dragging).toBe(true);
        expect(s.effectiveResolution).toBe(48);
      }
      const jobs = engine.queue.length;
      s.endParamDrag();
      expect(engine.queue.length).toBe(jobs + 1);
      const refine = engine.queue[engine.queue.length - 1]!.job;
      expect(refine.grid?.resolution).toBe(s.resolution);
      expect(refine.params['x1']).toBe(0.7);
      // The slider's own `change` after the pointerup sends nothing more.
      s.endParamDrag();
      expect(engine.queue.length).toBe(jobs + 1);
      expect(s.dragging).toBe(true);
      engine.release();
      expect(s.dragging).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says which data the shown surface was computed with, while a newer value is on its way', () => {
    const { engine, s } = deckSession();
    const before = s.params['x1'];
    s.beginParamDrag();
    s.setParam('x1', 0.25);
    // Not computed yet: the point's partials are still those of the old data, and say so.
    expect(s.params['x1']).toBe(0.25);
    expect(s.shownParams['x1']).toBe(before);
    const sg = (t: number): number => 1 / (1 + Math.exp(-t));
    const dw1 = (w1: number, w2: number, p: Readonly<Record<string, number>>): number => {
      const yh = sg(w1 * p['x1']! + w2 * p['x2']!);
      return (yh - p['y']!) * yh * (1 - yh) * p['x1']!;
    };
    s.setPoint(0.3, -0.2);
    expect(s.point?.fx).toBeCloseTo(dw1(0.3, -0.2, s.shownParams), 12);
    engine.release();
    expect(s.shownParams['x1']).toBe(0.25);
    expect(s.point?.fx).toBeCloseTo(dw1(0.3, -0.2, s.shownParams), 12);
    s.endParamDrag();
    engine.release();
  });

  it('shows an older drag step the worker finished during a fast drag, never one older than what is shown', () => {
    const { engine, s } = deckSession();
    s.beginParamDrag();
    const first = engine.queue.length;
    for (const v of [0.1, 0.2, 0.3]) s.setParam('x1', v);
    expect(engine.queue.slice(first).every((q) => q.job.live === true)).toBe(true);
    // The worker finished the first step although two newer ones were sent: it is shown, with
    // the data it was computed with, and the newest is still on its way.
    engine.release(first);
    expect(s.shownParams['x1']).toBe(0.1);
    expect(s.formulaState).toBe('pending');
    engine.release(first + 2);
    expect(s.shownParams['x1']).toBe(0.3);
    expect(s.formulaState).toBe('shown');
    // A late answer of the middle step is older than what is shown: dropped.
    engine.release(first + 1);
    expect(s.shownParams['x1']).toBe(0.3);
    s.endParamDrag();
    // The refine is not live: a typing-like job, never shown out of order.
    expect(engine.queue.at(-1)?.job.live).toBeUndefined();
    engine.release();
  });

  it('drops a superseded typing job even when its answer comes back', () => {
    const engine = new ManualEngine();
    const s = new SurfaceSession(engine);
    engine.release();
    s.setFormula('x + y');
    const first = engine.queue.length - 1;
    s.setFormula('x - y');
    engine.release(first);
    expect(s.formulaState).toBe('pending');
    expect(s.model?.evaluate(2, 1)).not.toBe(3);
    engine.release();
    expect(s.model?.evaluate(2, 1)).toBe(1);
  });

  it("drags a data slider coarse, refines on rest, and never re-derives the deck's loss", () => {
    vi.useFakeTimers();
    try {
      const { engine, s } = deckSession();
      const derivations = engine.cache.derivations;
      for (const v of [0.5, 0.6, 0.7]) {
        s.setParam('x1', v);
        const last = engine.queue[engine.queue.length - 1]!.job;
        expect(last.grid?.resolution).toBe(48);
        engine.release();
      }
      expect(engine.cache.derivations).toBe(derivations);
      expect(s.dragging).toBe(true);
      // At rest: a full-resolution job; the coarse surface stays until it is back.
      vi.advanceTimersByTime(1000);
      const refine = engine.queue[engine.queue.length - 1]!.job;
      expect(refine.grid?.resolution).toBe(s.resolution);
      expect(refine.symbolic).toBe(false);
      expect(s.dragging).toBe(true);
      engine.release();
      expect(s.dragging).toBe(false);
      expect(preparedFor(s.surfaceExpr!, s.domain, s.resolution)).not.toBeNull();
      // ∂L/∂w₁ with x₁ = 0.7 substituted: (σ − y)σ(1 − σ)·x₁ at (0.3, −0.2).
      const p = s.params;
      const sg = 1 / (1 + Math.exp(-(0.3 * p.x1! + -0.2 * p.x2!)));
      s.setPoint(0.3, -0.2);
      expect(s.point?.fx).toBeCloseTo((sg - p.y!) * sg * (1 - sg) * p.x1!, 12);
    } finally {
      vi.useRealTimers();
    }
  });

  it('walkers added while a surface of the same function is computing keep their steps when it arrives; a different function restarts them', () => {
    const engine = new ManualEngine();
    const s = new SurfaceSession(engine);
    engine.release();
    const bowl = SURFACE_PRESETS.find((p) => p.id === 'bowl');
    if (!bowl) throw new Error('no bowl preset');
    // The bowl again (the default function): a new job; the user adds a walker and steps before it returns.
    s.applyPreset(bowl);
    const r = s.walkers.add([1.5, 1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    expect(r.ok).toBe(true);
    s.walkers.step();
    expect(s.walkers.walkers[0]?.stepCount).toBe(1);
    engine.release();
    expect(s.walkers.walkers[0]?.stepCount).toBe(1);
    // A different function: the walkers start over on it.
    s.setFormula('x^2 + 2y^2');
    engine.release();
    expect(s.walkers.walkers[0]?.stepCount).toBe(0);
  });
});
