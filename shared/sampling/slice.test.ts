import { describe, expect, it } from 'vitest';
import { sliceAtX, sliceAtY } from './slice';

describe('slices', () => {
  it('sliceAtY of x² + y² at y = 1 is x² + 1', () => {
    const r = sliceAtY((x, y) => x * x + y * y, 1, -2, 2, 9);
    if (!r.ok) throw new Error(r.error.en);
    expect(Array.from(r.value.t)).toEqual([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]);
    r.value.t.forEach((x, k) => expect(r.value.values[k]).toBe(x * x + 1));
    expect(r.value.runs).toEqual([[0, 9]]);
    expect(r.value.range).toEqual({ min: 1, max: 5 });
  });

  it('sliceAtX of 1/(x·y) at x = 1 has a gap at y = 0 and two runs', () => {
    const r = sliceAtX((x, y) => 1 / (x * y), 1, -1, 1, 201);
    if (!r.ok) throw new Error(r.error.en);
    const { values, mask, runs } = r.value;
    expect(values.every(Number.isFinite)).toBe(true);
    expect(mask[100]).toBe(0);
    expect(runs.length).toBe(2);
    expect(runs[0]?.[0]).toBe(0);
    expect(runs[1]?.[1]).toBe(201);
    expect(mask[0]).toBe(1);
    expect(values[0]).toBe(-1);
  });

  it('√(1 − x²) on [−2, 2]: gaps outside [−1, 1]', () => {
    const r = sliceAtY((x) => Math.sqrt(1 - x * x), 0, -2, 2, 41);
    if (!r.ok) throw new Error(r.error.en);
    r.value.t.forEach((x, k) => expect(r.value.mask[k]).toBe(Math.abs(x) <= 1 ? 1 : 0));
    expect(r.value.runs).toEqual([[10, 31]]);
  });

  it('rejects bad intervals and sample counts', () => {
    const f = (x: number, y: number): number => x + y;
    expect(sliceAtY(f, 0, 1, 1, 10).ok).toBe(false);
    expect(sliceAtY(f, 0, 0, 1, 1).ok).toBe(false);
    expect(sliceAtY(f, Number.NaN, 0, 1, 10).ok).toBe(false);
    expect(sliceAtX(f, 0, 0, Number.POSITIVE_INFINITY, 10).ok).toBe(false);
  });
});
