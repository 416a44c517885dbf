import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeWorldFrame, toWorldX, toWorldY, toWorldZ } from '../world-frame';
import { pick, pickFloor, pickSurface, type Ray } from './picking';

const DOMAIN = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };

describe('pickSurface', () => {
  it('hits a plane straight below the origin', () => {
    // f = x + y over [−4, 4]: s = 0.5, sz = 1.1/8. World (0.25, −0.5) is (0.5, −1), f = −0.5,
    // world height (−0.5 + 4)·0.1375 = 0.48125, so t = 5 − 0.48125.
    const frame = makeWorldFrame(DOMAIN, -4, 4);
    const ray: Ray = { origin: [0.25, -0.5, 5], direction: [0, 0, -1] };
    const h = pickSurface(ray, frame, (x, y) => x + y);
    expect(h?.kind).toBe('surface');
    expect(h?.x).toBeCloseTo(0.5, 6);
    expect(h?.y).toBeCloseTo(-1, 6);
    expect(h?.t).toBeCloseTo(4.51875, 6);
  });

  it('finds the first hit of an oblique ray on the paraboloid x² + y²', () => {
    // Target (1, 0.5, 1.25) → world (0.5, 0.25, 0.171875). Along P + u·(1, −1, 2) (world), the
    // height gap is u·(1.725 − 1.1u): positive for 0 < u < 1.57 (above the surface), negative for
    // u < 0, so the ray coming down from u = 1 first touches the surface at P.
    const frame = makeWorldFrame(DOMAIN, 0, 8);
    const P = [0.5, 0.25, 0.171875] as const;
    const ray: Ray = { origin: [P[0] + 1, P[1] - 1, P[2] + 2], direction: [-1, 1, -2] };
    const h = pickSurface(ray, frame, (x, y) => x * x + y * y);
    expect(h?.x).toBeCloseTo(1, 5);
    expect(h?.y).toBeCloseTo(0.5, 5);
    expect(h?.t).toBeCloseTo(1, 5);
  });

  it('passes through an undefined region to the surface beyond (sqrt(1 − x² − y²))', () => {
    // Target (0.6, 0, 0.8) → world (0.3, 0, 0.88). The ray comes from +x over the hole (x > 1)
    // along P + u·(1, 0, 0.5); the dome falls with x, so the ray stays above it until P.
    const frame = makeWorldFrame(DOMAIN, 0, 1);
    const f = (x: number, y: number): number => Math.sqrt(1 - x * x - y * y);
    const ray: Ray = { origin: [1.3, 0, 0.88 + 0.5], direction: [-1, 0, -0.5] };
    const h = pickSurface(ray, frame, f);
    expect(h?.x).toBeCloseTo(0.6, 5);
    expect(h?.y).toBeCloseTo(0, 6);
  });

  it('misses when the ray points away or passes beside the box', () => {
    const frame = makeWorldFrame(DOMAIN, 0, 8);
    const bowl = (x: number, y: number): number => x * x + y * y;
    expect(pickSurface({ origin: [0, 0, 3], direction: [0, 0, 1] }, frame, bowl)).toBeNull();
    expect(pickSurface({ origin: [3, 0, 3], direction: [0, 0, -1] }, frame, bowl)).toBeNull();
    expect(pickSurface({ origin: [0, 0, 3], direction: [Number.NaN, 0, -1] }, frame, bowl)).toBeNull();
  });

  it('does not stop at the jump of a step function (a cliff is not a contact)', () => {
    // f = 0 for x < 0 and 8 for x ≥ 0 (zLo 0, zHi 8). A nearly horizontal ray at world height 0.5
    // from −x crosses the cliff at x = 0 without touching a face of the drawn surface there.
    const frame = makeWorldFrame(DOMAIN, 0, 8);
    const step = (x: number): number => (x < 0 ? 0 : 8);
    expect(pickSurface({ origin: [-2, 0, 0.5], direction: [1, 0, 0] }, frame, step)).toBeNull();
  });

  it('hits any smooth surface exactly below a vertical ray (property)', () => {
    const frame = makeWorldFrame(DOMAIN, -2, 2);
    const f = (x: number, y: number): number => Math.sin(2 * x) * Math.cos(y) + 0.2 * x * y;
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (a, b) => {
        const h = pickSurface({ origin: [toWorldX(frame, a), toWorldY(frame, b), 4], direction: [0, 0, -1] }, frame, f);
        return h !== null && Math.abs(h.x - a) < 1e-9 && Math.abs(h.y - b) < 1e-9 && Math.abs(4 - h.t - toWorldZ(frame, f(a, b))) < 1e-6;
      }),
    );
  });
});

describe('pickFloor and pick', () => {
  const frame = makeWorldFrame(DOMAIN, 0, 1);
  const dome = (x: number, y: number): number => Math.sqrt(1 - x * x - y * y);

  it('meets the floor plane at the hand-computed point', () => {
    // From world (0, 0, 2) along (0.25, −0.5, −1): floor at t = 2 → world (0.5, −1) → math (1, −2).
    const h = pickFloor({ origin: [0, 0, 2], direction: [0.25, -0.5, -1] }, frame);
    expect(h).toEqual({ kind: 'floor', x: 1, y: -2, t: 2 });
    expect(pickFloor({ origin: [0, 0, 2], direction: [1, 0, -1] }, frame)).toBeNull();
    expect(pickFloor({ origin: [0, 0, 2], direction: [0, 0, 1] }, frame)).toBeNull();
  });

  it('falls through to the floor where the surface is undefined', () => {
    const h = pick({ origin: [toWorldX(frame, 1.5), toWorldY(frame, 1.5), 3], direction: [0, 0, -1] }, frame, dome);
    expect(h?.kind).toBe('floor');
    expect(h?.x).toBeCloseTo(1.5, 9);
    expect(h?.y).toBeCloseTo(1.5, 9);
  });

  it('prefers the surface where it is defined', () => {
    const h = pick({ origin: [toWorldX(frame, 0.5), 0, 3], direction: [0, 0, -1] }, frame, dome);
    expect(h?.kind).toBe('surface');
    // Height √0.75 · 1.1 below z = 3.
    expect(h?.t).toBeCloseTo(3 - Math.sqrt(0.75) * 1.1, 6);
  });
});
