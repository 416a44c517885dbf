import { describe, expect, it } from 'vitest';
import { checkDelta } from '$shared/calculus';
import { finite, PLUS_INFINITY } from './approach-point';
import { measure } from './epsilon-delta';
import { analyseLimit } from './limit-analysis';
import { approachLayers, epsilonLayers, epsilonView } from './limits-layers';
import { walkerPoints } from './walkers';

const square = (x: number): number => x * x;
const labels = { curve: 'f(x)', name: 'f(x)', limit: 'y = L', left: 'left', right: 'right' };

describe('approach figure', () => {
  it('draws both walkers with their projections onto the axes drawn in the resolved window', () => {
    const an = analyseLimit(square, finite(3));
    if (!an.ok) throw new Error('failed');
    const walkers = walkerPoints(square, finite(3), 1);
    const { view, layers } = approachLayers({ f: square, point: finite(3), view: { xMin: 2.9, xMax: 3.1 }, analysis: an.value, walkers, progress: 1, labels });
    expect(view.yMin).toBeLessThan(walkers.left?.fx ?? 0);
    const ids = layers.map((l) => l.id);
    for (const id of ['a', 'L', 'f', 'trail-left', 'walker-left', 'walker-left-up', 'walker-left-across', 'walker-left-on-x', 'walker-left-on-y', 'walker-right']) expect(ids).toContain(id);
    // The projection ends on the frame's bottom (y = 0 is not in view) and left edge.
    const up = layers.find((l) => l.id === 'walker-left-up');
    expect(up?.kind === 'segment' && up.from[1]).toBe(view.yMin);
    const across = layers.find((l) => l.id === 'walker-left-across');
    expect(across?.kind === 'segment' && across.to[0]).toBe(view.xMin);
  });

  it('points an arrow at a walker whose value is off the chart (a pole)', () => {
    const f = (x: number): number => 1 / x;
    const an = analyseLimit(f, finite(0));
    if (!an.ok) throw new Error('failed');
    const { layers } = approachLayers({ f, point: finite(0), view: { xMin: -1, xMax: 1, yMin: -10, yMax: 10 }, analysis: an.value, walkers: walkerPoints(f, finite(0), 1), progress: 1, labels });
    const off = layers.find((l) => l.id === 'walker-right-off');
    expect(off?.kind === 'segment' && off.arrow).toBe(true);
    expect(layers.find((l) => l.id === 'walker-right')).toBeUndefined();
  });
});

describe('ε-δ figure', () => {
  const base = { xMin: 0, xMax: 6 };
  const fig = (proposal: number | null) => {
    const ins = measure(square, finite(3), 9, 1);
    const check = proposal === null ? null : checkDelta(square, 3, 9, 1, proposal);
    return {
      f: square,
      point: finite(3),
      L: 9,
      eps: 1,
      base,
      zoom: true,
      instrument: ins.ok ? ins.value : null,
      showAnswer: true,
      proposal,
      check: check?.ok ? check.value : null,
      labels: { curve: 'f', name: 'f', eps: 'eps', delta: 'delta', proposal: 'p', counterexample: 'c', exit: 'exit', variable: 'x' },
    };
  };

  it('frames the bands: x = a ± 3δ, y = L ± 2.5ε', () => {
    const v = epsilonView(fig(0.2));
    expect(v.xMin).toBeCloseTo(3 - 0.6, 12);
    expect(v.yMax).toBeCloseTo(11.5, 12);
  });

  it('draws the ε band, the largest δ, the proposal and a counterexample cross that violates', () => {
    const layers = epsilonLayers(fig(0.2));
    const delta = layers.find((l) => l.id === 'delta-band');
    expect(delta?.kind === 'vband' && delta.x1 - 3).toBeCloseTo(Math.sqrt(10) - 3, 7);
    const c = layers.find((l) => l.id === 'counterexample');
    if (c?.kind !== 'markers') throw new Error('no counterexample marker');
    const [x, y] = c.points[0] ?? [Number.NaN, Number.NaN];
    expect(Math.abs(x - 3)).toBeLessThan(0.2);
    expect(Math.abs(y - 9)).toBeGreaterThanOrEqual(1);
    expect(epsilonLayers(fig(0.1)).some((l) => l.id === 'counterexample')).toBe(false);
  });

  it('hides the answer when asked, and at +∞ draws x > M', () => {
    expect(epsilonLayers({ ...fig(null), showAnswer: false }).some((l) => l.id === 'delta-band')).toBe(false);
    const T = (t: number): number => 100 - 80 * Math.exp(-t / 5);
    const ins = measure(T, PLUS_INFINITY, 100, 1);
    const layers = epsilonLayers({ ...fig(null), f: T, point: PLUS_INFINITY, L: 100, base: { xMin: 0, xMax: 40 }, instrument: ins.ok ? ins.value : null });
    const band = layers.find((l) => l.id === 'delta-band');
    expect(band?.kind === 'vband' && Math.min(band.x0, band.x1)).toBeCloseTo(5 * Math.log(80), 5);
  });
});
