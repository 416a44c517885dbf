import { afterEach, describe, expect, it, vi } from 'vitest';
import { SurfaceSession } from './surface-session.svelte';
import { SURFACE_PRESETS } from './presets';

const preset = (id: string) => {
  const p = SURFACE_PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
};

const gd = { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } } as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('SurfaceSession', () => {
  it('parses the text as typed and keeps drawing the last good formula while it is invalid', () => {
    const s = new SurfaceSession();
    s.setFormula('x^2 + 3y');
    expect(s.parse.ok).toBe(true);
    const good = s.surfaceExpr;
    expect(s.model?.evaluate(2, 1)).toBe(7);
    s.setFormula('x^2 + (');
    expect(s.parse.ok).toBe(false);
    if (!s.parse.ok) expect(s.parse.error.start).toBeGreaterThanOrEqual(0);
    expect(s.surfaceExpr).toBe(good);
    expect(s.model?.evaluate(2, 1)).toBe(7);
    s.setFormula('x y');
    expect(s.model?.evaluate(2, 3)).toBe(6);
  });

  it('computes the point values and partials at (a, b) from the formula', () => {
    const s = new SurfaceSession();
    s.setFormula('x^2 y');
    s.setPoint(3, 2);
    // ∂/∂x = 2xy = 12, ∂/∂y = x² = 9 at (3, 2).
    expect(s.point?.f).toBe(18);
    expect(s.point?.fx).toBeCloseTo(12, 12);
    expect(s.point?.fy).toBeCloseTo(9, 12);
    s.setPoint(Number.NaN, 1);
    expect(s.a).toBe(3);
  });

  it("speaks the deck's notation for its loss: L(w₁, w₂), and substitutes the data point", () => {
    const s = new SurfaceSession();
    s.applyPreset(preset('deck-loss'));
    expect(s.fnName).toBe('L');
    expect(s.axisNames).toEqual(['w₁', 'w₂']);
    const sig = (t: number) => 1 / (1 + Math.exp(-t));
    const L = (w1: number, w2: number, x1: number, x2: number, y: number) => 0.5 * (sig(w1 * x1 + w2 * x2) - y) ** 2;
    expect(s.model?.evaluate(0.3, -0.2)).toBeCloseTo(L(0.3, -0.2, 1, 2, 1), 12);
    vi.useFakeTimers();
    s.setParam('x2', -1.5);
    expect(s.dragging).toBe(true);
    expect(s.effectiveResolution).toBeLessThan(s.resolution);
    expect(s.model?.evaluate(0.3, -0.2)).toBeCloseTo(L(0.3, -0.2, 1, -1.5, 1), 12);
    vi.advanceTimersByTime(1000);
    expect(s.dragging).toBe(false);
    expect(s.effectiveResolution).toBe(s.resolution);
    s.applyPreset(preset('bowl'));
    expect(s.fnName).toBe('f');
  });

  it('restarts the walkers when the function changes, not when the point moves', () => {
    const s = new SurfaceSession();
    s.setFormula('x^2 + y^2');
    const added = s.walkers.add([1, 1], gd);
    expect(added.ok).toBe(true);
    s.walkers.step();
    s.walkers.step();
    expect(s.walkers.walkers[0]?.stepCount).toBe(2);
    s.setPoint(0.5, 0.5);
    s.setFormula('x^2 + (');
    expect(s.walkers.walkers[0]?.stepCount).toBe(2);
    s.setFormula('x^2 + 2y^2');
    expect(s.walkers.walkers[0]?.stepCount).toBe(0);
    // The restarted walker descends the new function: its gradient at (1, 1) is (2, 4).
    s.walkers.step();
    expect(s.walkers.walkers[0]?.xs[1]).toBeCloseTo(1 - 0.1 * 2, 12);
    expect(s.walkers.walkers[0]?.ys[1]).toBeCloseTo(1 - 0.1 * 4, 12);
  });

  it('round-trips its state through snapshot and restore', () => {
    const a = new SurfaceSession();
    a.applyPreset(preset('rosenbrock'));
    a.setFormula('(1 - x)^2 + 50(y - x^2)^2');
    a.setPoint(-0.5, 1.25);
    a.theta = 1.2;
    a.setLayers({ tangentPlane: true, contours: false });
    a.tab = 'gradient';
    a.domain = { xMin: -1, xMax: 1, yMin: 0, yMax: 2 };
    a.resolution = 256;
    const snap = a.snapshot();
    const b = new SurfaceSession();
    b.restore(JSON.parse(JSON.stringify(snap)));
    expect(b.snapshot()).toEqual(snap);
    expect(b.model?.evaluate(0, 1)).toBe(51);
  });

  it('restores an unknown preset as the default one and ignores an unknown tab', () => {
    const s = new SurfaceSession();
    s.restore({ ...s.snapshot(), presetId: 'nope', tab: 'nope' as 'partials' });
    expect(s.preset.id).toBe(SURFACE_PRESETS[0]!.id);
    expect(s.tab).toBe('partials');
  });

  it('shows the network only once the graph canvas has sent a grid', () => {
    const s = new SurfaceSession();
    s.showNetwork();
    expect(s.network).toBe(false);
    s.link.ranges = { a: [-1, 1], b: [-2, 2] };
    s.link.samples = { resolution: 2, samples: new Float32Array([1, 2, 3, 4]), min: 1, max: 4 };
    s.link.labelA = 'w₁';
    s.link.labelB = 'w₂';
    expect(s.network).toBe(true);
    expect(s.axisNames).toEqual(['w₁', 'w₂']);
    s.applyPreset(preset('bowl'));
    expect(s.network).toBe(false);
  });
});
