import { describe, expect, it } from 'vitest';
import { tangentLine } from './tangentLine';

describe('tangentLine', () => {
  it('x² at 3 has slope 6 and intercept −9 (y = 6x − 9)', () => {
    const r = tangentLine((x) => x * x, 3);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.slope).toBeCloseTo(6, 8);
    expect(r.value.intercept).toBeCloseTo(-9, 7);
    expect(r.value.at(4)).toBeCloseTo(15, 7);
    expect(r.value.y0).toBe(9);
  });

  it('uses a given derivative as is', () => {
    const r = tangentLine(Math.exp, 0, 1);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.slope).toBe(1);
    expect(r.value.intercept).toBe(1);
  });

  it('ln at e: slope 1/e, the line passes through the origin', () => {
    const r = tangentLine(Math.log, Math.E);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.slope).toBeCloseTo(1 / Math.E, 9);
    expect(r.value.intercept).toBeCloseTo(0, 8);
  });

  it('fails where f is undefined or the slope is infinite', () => {
    const a = tangentLine(Math.log, -1);
    const b = tangentLine(Math.sqrt, 0);
    const c = tangentLine((x) => x, 0, Number.POSITIVE_INFINITY);
    for (const r of [a, b, c]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error['zh-CN']).not.toBe('');
    }
  });
});
