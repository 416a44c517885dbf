import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureSize, containFov, exportFileName, labelScale, matte, maxTileEdge, planTiles } from './capture-math';

describe('captureSize', () => {
  it('is the on-screen size, twice it, or exactly 3840 × 2160', () => {
    expect(captureSize('1x', 1003.4, 701.6)).toEqual({ width: 1003, height: 702 });
    expect(captureSize('2x', 1003.4, 701.6)).toEqual({ width: 2007, height: 1403 });
    expect(captureSize('4k', 640, 640)).toEqual({ width: 3840, height: 2160 });
  });
  it('never returns an empty image', () => {
    expect(captureSize('1x', 0, 0)).toEqual({ width: 1, height: 1 });
  });
});

describe('planTiles', () => {
  it('covers 3840 × 2160 with 2048 tiles in four pieces', () => {
    expect(planTiles(3840, 2160, 2048)).toEqual([
      { x: 0, y: 0, width: 2048, height: 2048 },
      { x: 2048, y: 0, width: 1792, height: 2048 },
      { x: 0, y: 2048, width: 2048, height: 112 },
      { x: 2048, y: 2048, width: 1792, height: 112 },
    ]);
  });
  it('covers every pixel exactly once (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 128 }), (w, h, m) => {
        const hits = new Uint8Array(w * h);
        let small = true;
        for (const t of planTiles(w, h, m)) {
          small &&= t.width <= m && t.height <= m && t.width > 0 && t.height > 0;
          for (let y = t.y; y < t.y + t.height; y++) hits.fill(hits[y * w + t.x]! + 1, y * w + t.x, y * w + t.x + t.width);
        }
        return small && hits.every((v) => v === 1);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('maxTileEdge', () => {
  it('takes the tightest GPU limit, capped', () => {
    expect(maxTileEdge(16384, [32768, 32768], 16384)).toBe(2048);
    expect(maxTileEdge(1024, [4096, 4096], 8192)).toBe(1024);
    expect(maxTileEdge(8192, [4096, 900], 8192)).toBe(900);
  });
});

describe('labelScale', () => {
  it('follows the image scale, the smaller factor when the aspect changes', () => {
    expect(labelScale({ width: 2000, height: 1400 }, 1000, 700)).toBe(2);
    expect(labelScale({ width: 3840, height: 2160 }, 1000, 1000)).toBeCloseTo(2.16, 12);
  });
});

describe('matte', () => {
  it('recovers colour and alpha of a pixel composited over black and over white', () => {
    // Independent compositing: p = c·a + bg·(1 − a).
    const cases: [number, number, number, number][] = [
      [200, 40, 10, 1],
      [0, 114, 178, 0.5],
      [255, 255, 255, 0.25],
      [13, 200, 90, 0],
    ];
    for (const [r, g, b, a] of cases) {
      const over = (bg: number): Uint8ClampedArray => new Uint8ClampedArray([r * a + bg * (1 - a), g * a + bg * (1 - a), b * a + bg * (1 - a), 255]);
      const out = new Uint8ClampedArray(4);
      matte(over(0), over(255), out);
      expect(out[3]).toBeCloseTo(255 * a, -0.5);
      if (a > 0) {
        expect(Math.abs(out[0]! - r)).toBeLessThanOrEqual(2);
        expect(Math.abs(out[1]! - g)).toBeLessThanOrEqual(2);
        expect(Math.abs(out[2]! - b)).toBeLessThanOrEqual(2);
      } else {
        expect([...out]).toEqual([0, 0, 0, 0]);
      }
    }
  });
});

describe('exportFileName', () => {
  it('makes lower-case ASCII names', () => {
    expect(exportFileName('surface', '3840x2160', 'png')).toBe('gradient-lab-surface-3840x2160.png');
    expect(exportFileName('Slice in x (y = 1)', null, 'svg')).toBe('gradient-lab-slice-in-x-y-1.svg');
    expect(exportFileName('截面', null, 'svg')).toBe('gradient-lab-figure.svg');
  });
});

describe('containFov', () => {
  const halfTan = (deg: number): number => Math.tan((deg * Math.PI) / 360);
  it('keeps the field of view at the same aspect', () => {
    expect(containFov(50, 1.6, 1.6)).toBeCloseTo(50, 12);
  });
  it('keeps the vertical angle for a wider picture (the horizontal one grows)', () => {
    expect(containFov(58, 1.08, 16 / 9)).toBeCloseTo(58, 12);
  });
  it('widens the vertical angle for a narrower picture so the horizontal extent is kept', () => {
    // Screen 3:1 at 30° vertical: horizontal half-tan = 3·tan 15°; at 16:9 it must still fit.
    const v = containFov(30, 3, 16 / 9);
    expect(halfTan(v) * (16 / 9)).toBeCloseTo(3 * halfTan(30), 12);
    expect(v).toBeGreaterThan(30);
  });
  it('never crops what the screen shows (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 120, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), (fov, sa, oa) => {
        const v = containFov(fov, sa, oa);
        const eps = 1e-9;
        return halfTan(v) >= halfTan(fov) - eps && halfTan(v) * oa >= halfTan(fov) * sa - eps;
      }),
      { seed: 42 },
    );
  });
});
