import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrowHead, clipSegment, labelPlacement, linePixels } from './plot-geometry';

const rect = { left: 0, right: 100, top: 0, bottom: 50 };

describe('clipSegment', () => {
  it('keeps inside segments, rejects outside ones, cuts crossing ones at the edges', () => {
    expect(clipSegment(10, 10, 20, 20, rect)).toEqual([10, 10, 20, 20]);
    expect(clipSegment(-10, -10, -5, 60, rect)).toBeNull();
    expect(clipSegment(-50, 25, 150, 25, rect)).toEqual([0, 25, 100, 25]);
    const c = clipSegment(0, -50, 100, 100, rect);
    // y = −50 + 1.5x: enters at y = 0 (x = 100/3), leaves at y = 50 (x = 200/3).
    expect(c?.[0]).toBeCloseTo(100 / 3, 9);
    expect(c?.[1]).toBeCloseTo(0, 9);
    expect(c?.[2]).toBeCloseTo(200 / 3, 9);
    expect(c?.[3]).toBeCloseTo(50, 9);
  });
  it('property: the clipped part lies inside the rectangle and on the original line', () => {
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })), ([x0, y0, x1, y1]) => {
        const c = clipSegment(x0, y0, x1, y1, rect);
        if (!c) return;
        for (const [x, y] of [[c[0], c[1]], [c[2], c[3]]] as const) {
          expect(x).toBeGreaterThanOrEqual(-1e-9);
          expect(x).toBeLessThanOrEqual(100 + 1e-9);
          expect(y).toBeGreaterThanOrEqual(-1e-9);
          expect(y).toBeLessThanOrEqual(50 + 1e-9);
          // Collinear with the input: cross product ≈ 0 (relative to the lengths involved).
          const cross = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0);
          expect(Math.abs(cross)).toBeLessThanOrEqual(1e-6 * (1 + Math.hypot(x1 - x0, y1 - y0) * 1000));
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('linePixels', () => {
  it('draws the tangent y = 2x − 1 of x² at 1 across the view', () => {
    // view x ∈ [−3, 3], y ∈ [−1, 9] onto 0…600 × 400…0
    const sx = (x: number): number => ((x + 3) / 6) * 600;
    const sy = (y: number): number => 400 - ((y + 1) / 10) * 400;
    const c = linePixels([1, 1], 2, -3, 3, sx, sy, { left: 0, right: 600, top: 0, bottom: 400 });
    expect(c).not.toBeNull();
    if (!c) return;
    // Enters at y = −1 (x = 0) and leaves at x = 3 (y = 5).
    expect(c[0]).toBeCloseTo(sx(0), 6);
    expect(c[1]).toBeCloseTo(sy(-1), 6);
    expect(c[2]).toBeCloseTo(sx(3), 6);
    expect(c[3]).toBeCloseTo(sy(5), 6);
  });
  it('returns null for a non-finite slope or a line that misses the view', () => {
    const sx = (x: number): number => x;
    expect(linePixels([0, 0], Number.POSITIVE_INFINITY, 0, 1, sx, sx, rect)).toBeNull();
    expect(linePixels([0, 1000], 0, 0, 100, sx, sx, rect)).toBeNull();
  });
});

describe('arrowHead', () => {
  it('puts the tip at the end point and shortens the shaft along the segment', () => {
    const a = arrowHead(0, 0, 100, 0, 2);
    expect(a?.points.startsWith('100,0 ')).toBe(true);
    expect(a?.shaftEnd[1]).toBe(0);
    expect(a?.shaftEnd[0]).toBeLessThan(100);
    expect(a?.shaftEnd[0]).toBeGreaterThan(80);
    expect(arrowHead(5, 5, 5, 5, 2)).toBeNull();
  });
});

describe('labelPlacement', () => {
  it('goes to the upper right, or to the left near the right edge', () => {
    expect(labelPlacement(10, 40, 5, 30, rect, 12).anchor).toBe('start');
    expect(labelPlacement(95, 40, 5, 30, rect, 12).anchor).toBe('end');
  });
});
