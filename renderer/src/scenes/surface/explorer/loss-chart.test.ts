import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { createObjective, WalkerModel, type Walker } from './walker-model';
import { buildLossChart, LOSS_FRAME, lossFrameFor } from './loss-chart';

function run(src: string, lr: number, steps: number): readonly Walker[] {
  const e = parseExpr(src, { variables: ['x', 'y'] });
  if (!e.ok) throw new Error('parse');
  const o = createObjective(e.value);
  if (!o.ok) throw new Error('objective');
  const m = new WalkerModel(o.value);
  m.addWalker([1, 1], { optimizer: { kind: 'gd', lr }, schedule: { kind: 'constant' } });
  m.addWalker([1, 1], { optimizer: { kind: 'gd', lr: 0.6 }, schedule: { kind: 'constant' } });
  m.stepMany(steps);
  return m.walkers;
}

const ys = (d: string) => [...d.matchAll(/[ML]-?[\d.]+ (-?[\d.]+)/g)].map((m) => Number(m[1]));

describe('buildLossChart', () => {
  it('draws a falling line for a converging walker (y grows downwards in SVG)', () => {
    const walkers = run('x^2 + 2y^2', 0.05, 30);
    const chart = buildLossChart(walkers, false);
    const line = chart.lines[0];
    const pts = ys(line?.path ?? '');
    expect(pts.length).toBe(31);
    for (let i = 1; i < pts.length; i++) expect(pts[i] ?? 0).toBeGreaterThanOrEqual((pts[i - 1] ?? 0) - 1e-9);
    expect(chart.lines[1]?.status).toBe('diverged');
    expect(chart.lines[1]?.end).not.toBeNull();
    for (const l of chart.lines) expect(l.path).not.toMatch(/NaN|Infinity/);
  });
  it('uses log ticks when every loss is positive and refuses log otherwise', () => {
    const walkers = run('x^2 + 2y^2 + 1', 0.05, 10);
    const log = buildLossChart(walkers, true);
    expect(log.log).toBe(true);
    expect(log.lossTicks.map((t) => t.label)).toContain('1');
    for (const t of log.lossTicks) expect(t.pos).toBeGreaterThanOrEqual(LOSS_FRAME.top - 1e-9);
    const neg = buildLossChart(run('x^2 + 2y^2 - 5', 0.05, 10), true);
    expect(neg.log).toBe(false);
    expect(neg.logRefused).toBe(true);
  });
  it('handles no walkers', () => {
    const c = buildLossChart([], false);
    expect(c.lines).toEqual([]);
    expect(c.stepTicks.length).toBeGreaterThan(1);
  });
});

describe('lossFrameFor: the frame for the box on screen', () => {
  it('keeps LOSS_FRAME margins in tick-text units at 1:1', () => {
    // 10-px ticks reproduce LOSS_FRAME's margins for its own 420 × 190 box.
    expect(lossFrameFor(420, 190, 10)).toEqual(LOSS_FRAME);
    // The projector theme's 14-px ticks in a 330 × 150 box: 4.6·14 = 64.4 → 65, 150 − 33.6 = 116.4 → 116.
    expect(lossFrameFor(330, 150, 14)).toEqual({ width: 330, height: 150, left: 65, right: 316, top: 14, bottom: 116 });
  });
  it('falls back to LOSS_FRAME for a box not measured yet or too small for its margins', () => {
    expect(lossFrameFor(0, 0, 14)).toEqual(LOSS_FRAME);
    expect(lossFrameFor(100, 150, 14)).toEqual(LOSS_FRAME); // 100 − 14 − 65 = 21 px of plot < 4 ticks' worth
    expect(lossFrameFor(330, 40, 14)).toEqual(LOSS_FRAME);
    expect(lossFrameFor(Number.NaN, 150, 14)).toEqual(LOSS_FRAME);
  });
  it('lines drawn in a measured frame stay inside it', () => {
    const f = lossFrameFor(330, 130, 12);
    const chart = buildLossChart(run('x^2 + 10 y^2', 0.05, 40), false, f);
    for (const l of chart.lines) for (const y of ys(l.path)) expect(y >= f.top - 1e-9 && y <= f.bottom + 1e-9).toBe(true);
  });
});
