import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { createObjective, WalkerModel, type Walker } from './walker-model';
import { buildLossChart, LOSS_FRAME } from './loss-chart';

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
