import { describe, expect, it } from 'vitest';
import { HORIZONTAL_FOV, verticalFov } from './camera-fit';

const horizontal = (vDeg: number, aspect: number) => (2 * Math.atan(Math.tan((vDeg * Math.PI) / 360) * aspect) * 180) / Math.PI;

describe('verticalFov', () => {
  it('keeps the horizontal angle for ordinary window shapes', () => {
    for (const aspect of [1, 1.2, 1.5]) expect(horizontal(verticalFov(aspect), aspect)).toBeCloseTo(HORIZONTAL_FOV, 6);
  });
  it('never goes below the minimum on very wide screens or above the maximum on very narrow ones', () => {
    expect(verticalFov(4)).toBe(43);
    expect(verticalFov(2)).toBe(43);
    expect(verticalFov(0.3)).toBe(75);
    expect(verticalFov(Number.NaN)).toBe(43);
  });
  it('widens vertically as the viewport narrows', () => {
    expect(verticalFov(1)).toBeGreaterThan(verticalFov(1.5));
  });
});
