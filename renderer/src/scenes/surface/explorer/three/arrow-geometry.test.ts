import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromWorldX, fromWorldY, fromWorldZ, HEIGHT } from '../../world-frame';
import {
  ARROW_FLOATS, ARROW_FLOOR_Z, fillArrow, fillGradientArrows, fillUnitArrows, gradientScale, niceFloor, type ArrowResult,
} from './arrow-geometry';
import { allFinite, FRAME, point } from './test-frame';

const result = (): ArrowResult => ({ arrows: 0, capped: false });

describe('niceFloor and gradientScale', () => {
  it('rounds down to 1, 2 or 5 × 10ⁿ', () => {
    expect(niceFloor(0.37)).toBeCloseTo(0.2, 12);
    expect(niceFloor(7)).toBe(5);
    expect(niceFloor(1000)).toBe(1000);
    expect(niceFloor(1.99)).toBe(1);
    expect(niceFloor(2)).toBe(2);
  });
  it('makes a typical gradient a quarter of the domain: span 4, z range 8 → k = 0.25·16/8 = 0.5', () => {
    expect(gradientScale(FRAME)).toBe(0.5);
  });
});

describe('fillArrow', () => {
  it('draws the shaft to the tip and a symmetric head', () => {
    const out = new Float32Array(ARROW_FLOATS);
    expect(fillArrow(out, 0, 0, 0, 0, 1, 0, 0)).toBe(true);
    expect(point(out, 0)).toEqual([0, 0, 0]);
    expect(point(out, 1)).toEqual([1, 0, 0]);
    // Head 0.07 (the cap) back from the tip, ±0.035 sideways.
    const [lx, ly] = point(out, 3);
    const [rx, ry] = point(out, 5);
    expect(lx).toBeCloseTo(0.93, 6);
    expect(rx).toBeCloseTo(0.93, 6);
    expect(ly).toBeCloseTo(0.035, 6);
    expect(ry).toBeCloseTo(-0.035, 6);
  });
  it('refuses a zero or non-finite arrow', () => {
    const out = new Float32Array(ARROW_FLOATS);
    expect(fillArrow(out, 0, 0, 0, 0, 0, 0, 0)).toBe(false);
    expect(fillArrow(out, 0, 0, 0, 0, Number.NaN, 0, 0)).toBe(false);
    expect(fillArrow(out, 0, Number.POSITIVE_INFINITY, 0, 0, 1, 0, 0)).toBe(false);
  });
});

describe('fillGradientArrows', () => {
  it('draws k·∇f on the floor and the tangent-plane step above it (f = x² + y² at (1, 0.5))', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    // ∇f = (2, 1), f = 1.25, k = 0.5 → floor arrow from (1, 0.5) to (2, 1).
    const r = fillGradientArrows({ a: 1, b: 0.5, z0: 1.25, fx: 2, fy: 1 }, FRAME, 0.5, out, result());
    expect(r).toEqual({ arrows: 2, capped: false });
    const [sx, sy, sz] = point(out, 0);
    const [tx, ty, tz] = point(out, 1);
    expect([fromWorldX(FRAME, sx), fromWorldY(FRAME, sy), sz]).toEqual([1, 0.5, expect.closeTo(ARROW_FLOOR_Z, 6)]);
    expect(fromWorldX(FRAME, tx)).toBeCloseTo(2, 6);
    expect(fromWorldY(FRAME, ty)).toBeCloseTo(1, 6);
    expect(tz).toBeCloseTo(ARROW_FLOOR_Z, 6);
    // Lifted: from (1, 0.5, 1.25) to (2, 1, z) with z on the tangent plane 1.25 + 2(x − 1) + (y − 0.5) = 3.75.
    const o = ARROW_FLOATS / 3;
    const [lx, ly, lz] = point(out, o);
    const [mx, my, mz] = point(out, o + 1);
    expect([fromWorldX(FRAME, lx), fromWorldY(FRAME, ly), fromWorldZ(FRAME, lz)].map((v) => +v.toFixed(5))).toEqual([1, 0.5, 1.25]);
    expect(fromWorldX(FRAME, mx)).toBeCloseTo(2, 5);
    expect(fromWorldY(FRAME, my)).toBeCloseTo(1, 5);
    expect(fromWorldZ(FRAME, mz)).toBeCloseTo(3.75, 4);
  });

  it('caps a huge gradient at 0.45 of the span and says so', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    const r = fillGradientArrows({ a: 0, b: 0, z0: 1, fx: 300, fy: -400 }, FRAME, 0.5, out, result());
    expect(r.capped).toBe(true);
    const [sx, sy] = point(out, 0);
    const [tx, ty] = point(out, 1);
    // 0.45 · 4 = 1.8 math units = 0.9 world units, along (0.6, −0.8).
    expect(Math.hypot(tx - sx, ty - sy)).toBeCloseTo(0.9, 6);
    expect((tx - sx) / 0.9).toBeCloseTo(0.6, 6);
    // The lifted arrow is shortened to the box top.
    expect(r.arrows).toBe(2);
    expect(point(out, ARROW_FLOATS / 3 + 1)[2]).toBeCloseTo(HEIGHT, 5);
  });

  it('draws nothing for an undefined or zero gradient, and no lifted arrow off the z range', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    expect(fillGradientArrows({ a: 0, b: 0, z0: 1, fx: Number.NaN, fy: 0 }, FRAME, 0.5, out, result()).arrows).toBe(0);
    expect(fillGradientArrows({ a: 0, b: 0, z0: 1, fx: 0, fy: 0 }, FRAME, 0.5, out, result()).arrows).toBe(0);
    expect(fillGradientArrows({ a: 9, b: 0, z0: 1, fx: 1, fy: 0 }, FRAME, 0.5, out, result()).arrows).toBe(0);
    expect(fillGradientArrows({ a: 0, b: 0, z0: 20, fx: 1, fy: 0 }, FRAME, 0.5, out, result()).arrows).toBe(1);
  });

  it('never writes NaN (property)', () => {
    const v = fc.double({ noDefaultInfinity: false });
    fc.assert(
      fc.property(v, v, v, v, v, (a, b, z0, fx, fy) => {
        const out = new Float32Array(2 * ARROW_FLOATS);
        const r = fillGradientArrows({ a, b, z0, fx, fy }, FRAME, 0.5, out, result());
        return allFinite(out, r.arrows * ARROW_FLOATS);
      }),
    );
  });
});

describe('fillUnitArrows', () => {
  const p = { a: 1, b: 0.5, z0: 1.25, fx: 2, fy: 1 };
  it('draws u on the floor 0.2 · span long and rises by ∇f·u along it', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    expect(fillUnitArrows(p, 0, FRAME, out)).toBe(2);
    // u = (1, 0): run 0.8 → tip at x = 1.8; slope ∇f·u = 2 → rise 1.6 → z = 2.85.
    expect(fromWorldX(FRAME, point(out, 1)[0])).toBeCloseTo(1.8, 5);
    const tip = point(out, ARROW_FLOATS / 3 + 1);
    expect(fromWorldX(FRAME, tip[0])).toBeCloseTo(1.8, 5);
    expect(fromWorldZ(FRAME, tip[2])).toBeCloseTo(2.85, 4);
  });
  it('is level along the contour direction (u ⟂ ∇f)', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    const theta = Math.atan2(p.fy, p.fx) + Math.PI / 2;
    expect(fillUnitArrows(p, theta, FRAME, out)).toBe(2);
    const base = point(out, ARROW_FLOATS / 3);
    const tip = point(out, ARROW_FLOATS / 3 + 1);
    expect(tip[2]).toBeCloseTo(base[2], 6);
  });
  it('keeps the floor arrow when the gradient is undefined', () => {
    const out = new Float32Array(2 * ARROW_FLOATS);
    expect(fillUnitArrows({ ...p, fx: Number.NaN }, 1, FRAME, out)).toBe(1);
    expect(fillUnitArrows(p, Number.NaN, FRAME, out)).toBe(0);
  });
});
