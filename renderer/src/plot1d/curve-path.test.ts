import { describe, expect, it } from 'vitest';
import { clipToBand, curveMarks, polylinePath, signStretches } from './curve-path';

const id = (v: number): number => v;

describe('clipToBand', () => {
  it('keeps a segment inside, drops one fully outside, cuts one that leaves', () => {
    expect(clipToBand(0, 0, 10, 10, -5, 20)).toEqual([0, 0, 10, 10]);
    expect(clipToBand(0, 30, 10, 40, -5, 20)).toBeNull();
    expect(clipToBand(0, 0, 10, 40, -5, 20)).toEqual([0, 0, 5, 20]);
    const c = clipToBand(0, -45, 10, 15, -5, 20);
    // y = −45 + 6x reaches −5 at x = 40/6.
    expect(c?.[0]).toBeCloseTo(40 / 6, 12);
    expect(c?.slice(1)).toEqual([-5, 10, 15]);
  });
});

describe('polylinePath', () => {
  it('draws a run as M…L… in pixel coordinates', () => {
    expect(polylinePath([{ xs: [0, 1, 2], ys: [0, 1, 0] }], (x) => 10 * x, (y) => 100 - 10 * y, 0, 100)).toBe('M0 100L10 90L20 100');
  });
  it('lifts the pen between runs and never emits coordinates far outside the band', () => {
    const d = polylinePath(
      [
        { xs: [0, 1], ys: [0, 1e12] },
        { xs: [2, 3], ys: [-1e12, 0] },
      ],
      id,
      id,
      0,
      100,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    const nums = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    for (const n of nums) expect(Math.abs(n)).toBeLessThanOrEqual(200);
  });
  it('restarts a stroke that leaves and re-enters the band', () => {
    const d = polylinePath([{ xs: [0, 1, 2, 3], ys: [50, 1000, 1000, 50] }], id, id, 0, 100);
    expect(d.match(/M/g)).toHaveLength(2);
  });
  it('draws a lone point as a zero-length segment', () => {
    expect(polylinePath([{ xs: [3], ys: [4] }], id, id, 0, 100)).toBe('M3 4L3 4');
  });
});

describe('signStretches', () => {
  it('splits x³ − 3x at the roots ±1 of f′ = 3x² − 3, on the polyline', () => {
    const f = (x: number): number => x ** 3 - 3 * x;
    const xs = Array.from({ length: 51 }, (_, i) => -2.5 + i * 0.1 + 0.0123);
    const runs = [{ xs, ys: xs.map(f) }];
    const st = signStretches(runs, (x) => 3 * x * x - 3);
    expect(st.map((s) => s.sign)).toEqual([1, -1, 1]);
    const end0 = st[0]?.run.xs.at(-1) ?? 0;
    const end1 = st[1]?.run.xs.at(-1) ?? 0;
    expect(end0).toBeCloseTo(-1, 9);
    expect(end1).toBeCloseTo(1, 9);
    // The stretches meet exactly: the next starts where the previous ended.
    expect(st[1]?.run.xs[0]).toBe(end0);
    expect(st[1]?.run.ys[0]).toBe(st[0]?.run.ys.at(-1));
  });
  it('gives a constant function the flat sign', () => {
    const st = signStretches([{ xs: [0, 1, 2], ys: [3, 3, 3] }], () => 0);
    expect(st).toHaveLength(1);
    expect(st[0]?.sign).toBe(0);
  });
});

describe('curveMarks', () => {
  it('opens a circle at a hole and fills a dot at a different defined value', () => {
    const m = curveMarks({ holes: [{ x: 1, y: 1, value: 5 }], jumps: [] }, 0.01);
    expect(m).toEqual([
      { x: 1, y: 1, filled: false },
      { x: 1, y: 5, filled: true },
    ]);
  });
  it('marks a jump: open at each limit that f(a) does not take, filled at f(a)', () => {
    const m = curveMarks({ holes: [], jumps: [{ x: 0, left: 0, right: 1, value: 1 }] }, 0.01);
    expect(m).toEqual([
      { x: 0, y: 0, filled: false },
      { x: 0, y: 1, filled: true },
    ]);
    const undefinedAt = curveMarks({ holes: [], jumps: [{ x: 0, left: -1, right: 1, value: null }] }, 0.01);
    expect(undefinedAt.filter((q) => !q.filled)).toHaveLength(2);
    expect(undefinedAt.filter((q) => q.filled)).toHaveLength(0);
  });
});
