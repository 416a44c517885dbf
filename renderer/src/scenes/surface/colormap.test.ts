import { describe, expect, it } from 'vitest';
import { viridis } from './colormap';

// Reference values of matplotlib's viridis table (_viridis_data entries 0, 128 and 255).
const REF: [number, [number, number, number]][] = [
  [0, [0.267004, 0.004874, 0.329415]],
  [128 / 255, [0.127568, 0.566949, 0.550556]],
  [1, [0.993248, 0.906157, 0.143936]],
];

const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('viridis', () => {
  it('matches the reference table within the fit error (≈ 0.013)', () => {
    for (const [t, rgb] of REF) {
      const got = viridis(t);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - rgb[c]!)).toBeLessThan(0.015);
    }
  });
  it('rises monotonically in luminance (perceptual ordering)', () => {
    let prev = -1;
    for (let i = 0; i <= 100; i++) {
      const l = luminance(viridis(i / 100));
      expect(l).toBeGreaterThan(prev);
      prev = l;
    }
  });
  it('clamps out-of-range and NaN input', () => {
    expect(viridis(-5)).toEqual(viridis(0));
    expect(viridis(7)).toEqual(viridis(1));
    expect(viridis(Number.NaN)).toEqual(viridis(0));
  });
});
