import { describe, expect, it } from 'vitest';
import { HEIGHT } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { fillPointMarker } from './point-marker-geometry';
import { FRAME } from './test-frame';

describe('fillPointMarker', () => {
  it('drops a vertical line from (a, b, f) to the floor', () => {
    const out = new Float32Array(6);
    // (1, −1, 2) → world (0.5, −0.5, 2 · 1.1/8 = 0.275).
    expect(fillPointMarker(1, -1, 2, FRAME, out)).toBe('surface');
    expect(Array.from(out)).toEqual([0.5, -0.5, 0.275, 0.5, -0.5, FLOOR_LIFT].map((v) => Math.fround(v)));
  });
  it('clamps a height beyond the range to the box top', () => {
    const out = new Float32Array(6);
    expect(fillPointMarker(0, 0, 1e12, FRAME, out)).toBe('surface');
    expect(out[2]).toBeCloseTo(HEIGHT, 6);
  });
  it('stays on the floor where f is undefined and hides off the domain', () => {
    const out = new Float32Array(6);
    expect(fillPointMarker(0, 0, Number.NaN, FRAME, out)).toBe('floor');
    expect(out[2]).toBeCloseTo(FLOOR_LIFT, 7);
    expect(fillPointMarker(2.5, 0, 1, FRAME, out)).toBe('none');
    expect(fillPointMarker(Number.NaN, 0, 1, FRAME, out)).toBe('none');
  });
});
