import { describe, expect, it } from 'vitest';
import { buildAxes } from './axes-geometry';
import { fromWorldX, fromWorldY, fromWorldZ, makeWorldFrame } from './world-frame';

describe('axes geometry', () => {
  const frame = makeWorldFrame({ xMin: -3, xMax: 3, yMin: -2, yMax: 2 }, 0, 18);
  const axes = buildAxes(frame);
  const ticks = (axis: 'x' | 'y' | 'z') => axes.labels.filter((l) => l.kind === 'tick' && l.axis === axis);
  it('labels x ticks with the value under each tick', () => {
    const xs = ticks('x');
    expect(xs.map((l) => l.text)).toEqual(['−3', '−2', '−1', '0', '1', '2', '3']);
    for (const l of xs) expect(fromWorldX(frame, l.at[0])).toBeCloseTo(Number(l.text.replace('−', '-')), 6);
  });
  it('labels y ticks beside the y axis, outside the domain', () => {
    const ys = ticks('y');
    expect(ys.map((l) => l.text)).toEqual(['−2', '−1', '0', '1', '2']);
    for (const l of ys) {
      expect(fromWorldY(frame, l.at[1])).toBeCloseTo(Number(l.text.replace('−', '-')), 6);
      expect(fromWorldX(frame, l.at[0])).toBeLessThan(-3);
    }
  });
  it('labels z ticks at their heights', () => {
    const zs = ticks('z');
    expect(zs.length).toBeGreaterThanOrEqual(3);
    for (const l of zs) expect(fromWorldZ(frame, l.at[2])).toBeCloseTo(Number(l.text.replace('−', '-')), 6);
  });
  it('has axis titles and finite segments', () => {
    expect(axes.labels.filter((l) => l.kind === 'title').map((l) => l.text)).toEqual(['x', 'y', 'z']);
    expect(axes.segments.length % 6).toBe(0);
    for (const v of axes.segments) expect(Number.isFinite(v)).toBe(true);
  });
});
