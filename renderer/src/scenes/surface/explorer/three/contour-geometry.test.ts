import { describe, expect, it } from 'vitest';
import { contours } from '$shared/sampling/contours';
import { sampleGrid, type GridSamples } from '$shared/sampling/sampleGrid';
import { viridis } from '../../colormap';
import { fromWorldX, fromWorldY, makeWorldFrame, toWorldZ, type Domain } from '../../world-frame';
import { FLOOR_LIFT } from './arrow-geometry';
import { allocateContourBuffers, fillContours } from './contour-geometry';
import { allFinite, point } from './test-frame';

const DOMAIN: Domain = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };
const FRAME = makeWorldFrame(DOMAIN, 0, 8);

function grid(f: (x: number, y: number) => number, n = 41, domain = DOMAIN): GridSamples {
  const r = sampleGrid(f, domain, { nx: n, ny: n });
  if (!r.ok) throw new Error('sampling failed');
  return r.value;
}

describe('fillContours', () => {
  it('draws the level set x² + y² = 1 as a circle of radius 1 on the floor and at z = 1 on the surface', () => {
    const out = allocateContourBuffers(1000);
    const n = fillContours(grid((x, y) => x * x + y * y), DOMAIN, [1], FRAME, out, 0.01);
    expect(n).toBeGreaterThan(40);
    for (let k = 0; k < 2 * n; k++) {
      const [fx, fy, fz] = point(out.floor, k);
      // Linear interpolation along a cell edge of x² (spacing 0.1) is off by at most ~h²/4 = 0.0025.
      expect(Math.hypot(fromWorldX(FRAME, fx), fromWorldY(FRAME, fy))).toBeCloseTo(1, 2);
      expect(fz).toBeCloseTo(FLOOR_LIFT, 6);
      const [sx, sy, sz] = point(out.surface, k);
      expect([sx, sy]).toEqual([fx, fy]);
      expect(sz).toBeCloseTo(toWorldZ(FRAME, 1) + 0.01, 6);
    }
  });

  it('is exact for a plane: every point of x + 2y = 0.5 satisfies it', () => {
    const out = allocateContourBuffers(500);
    const n = fillContours(grid((x, y) => x + 2 * y), DOMAIN, [0.5], FRAME, out);
    expect(n).toBeGreaterThan(10);
    for (let k = 0; k < 2 * n; k++) {
      const [wx, wy] = point(out.floor, k);
      expect(fromWorldX(FRAME, wx) + 2 * fromWorldY(FRAME, wy)).toBeCloseTo(0.5, 5);
    }
  });

  it('writes exactly the segments of shared/sampling contours, mapped to world coordinates', () => {
    const g = grid((x, y) => Math.sin(2 * x) * Math.cos(3 * y) + 0.3 * x * y + 4, 57);
    const levels = [3.2, 3.5, 4, 4.25, 4.9];
    const out = allocateContourBuffers(20000);
    const n = fillContours(g, DOMAIN, levels, FRAME, out);
    const ref = contours(g, levels);
    expect(n).toBe(ref.reduce((s, l) => s + l.count, 0));
    // Same segments, compared as sets: the order they are written in is an implementation detail.
    type Seg = [number, number, number, number];
    const canon = ([ax, ay, bx, by]: Seg): Seg => (ax < bx || (ax === bx && ay <= by) ? [ax, ay, bx, by] : [bx, by, ax, ay]);
    const byKey = (p: Seg, q: Seg): number => p[0] - q[0] || p[1] - q[1] || p[2] - q[2] || p[3] - q[3];
    const ours: Seg[] = [];
    for (let k = 0; k < n; k++) {
      const [ax, ay] = point(out.floor, 2 * k);
      const [bx, by] = point(out.floor, 2 * k + 1);
      ours.push(canon([fromWorldX(FRAME, ax), fromWorldY(FRAME, ay), fromWorldX(FRAME, bx), fromWorldY(FRAME, by)]));
    }
    const theirs: Seg[] = [];
    for (const level of ref) {
      const seg = level.segments;
      for (let s = 0; s < level.count; s++) theirs.push(canon([seg[4 * s] ?? NaN, seg[4 * s + 1] ?? NaN, seg[4 * s + 2] ?? NaN, seg[4 * s + 3] ?? NaN]));
    }
    // Round before sorting so float32 noise cannot reorder equal segments.
    const round = (v: Seg): Seg => v.map((c) => Math.round(c * 1e3) / 1e3) as Seg;
    ours.sort((p, q) => byKey(round(p), round(q)));
    theirs.sort((p, q) => byKey(round(p), round(q)));
    for (let k = 0; k < ours.length; k++) for (let c = 0; c < 4; c++) expect(ours[k]![c]).toBeCloseTo(theirs[k]![c]!, 4);
  });

  it('colours the floor copy with the colour map at the level', () => {
    const out = allocateContourBuffers(500);
    fillContours(grid((x, y) => x * x + y * y), DOMAIN, [2], FRAME, out);
    const [r, g, b] = viridis(2 / 8);
    expect(point(out.colors, 0)).toEqual([Math.fround(r), Math.fround(g), Math.fround(b)]);
  });

  it('reports the segments needed when the buffers are too small, writing only what fits', () => {
    const small = allocateContourBuffers(5);
    const big = allocateContourBuffers(1000);
    const g = grid((x, y) => x * x + y * y);
    const need = fillContours(g, DOMAIN, [1, 2, 3], FRAME, big);
    expect(fillContours(g, DOMAIN, [1, 2, 3], FRAME, small)).toBe(need);
    expect(need).toBeGreaterThan(5);
    // The first 5 segments match the big run.
    expect(Array.from(small.floor)).toEqual(Array.from(big.floor.subarray(0, 30)));
  });

  it('skips levels outside the z range and non-finite levels', () => {
    const out = allocateContourBuffers(500);
    expect(fillContours(grid((x, y) => x * x + y * y), DOMAIN, [-1, 0, 8, 9, Number.NaN], FRAME, out)).toBe(0);
  });

  it('leaves out cells touching a gap: no NaN for 1/(x² + y²), nothing outside the disk for sqrt(1 − x² − y²)', () => {
    const out = allocateContourBuffers(5000);
    const pole = grid((x, y) => 1 / (x * x + y * y), 40);
    const frame = makeWorldFrame(DOMAIN, pole.zMin, pole.zMax);
    const n = fillContours(pole, DOMAIN, [0.5, 1, 2, 4], frame, out);
    expect(n).toBeGreaterThan(0);
    expect(allFinite(out.surface, n * 6) && allFinite(out.floor, n * 6) && allFinite(out.colors, n * 6)).toBe(true);

    const dome = grid((x, y) => Math.sqrt(1 - x * x - y * y), 41);
    const n2 = fillContours(dome, DOMAIN, [0.2, 0.5, 0.8], makeWorldFrame(DOMAIN, 0, 1), out);
    expect(n2).toBeGreaterThan(0);
    for (let k = 0; k < 2 * n2; k++) {
      const [wx, wy] = point(out.floor, k);
      expect(Math.hypot(fromWorldX(FRAME, wx), fromWorldY(FRAME, wy))).toBeLessThan(1);
    }

    const log = grid((x, y) => Math.log(x * y), 41);
    const n3 = fillContours(log, DOMAIN, [-1, 0, 0.5], makeWorldFrame(DOMAIN, -3, 1.5), out);
    for (let k = 0; k < 2 * n3; k++) {
      const [wx, wy] = point(out.floor, k);
      expect(fromWorldX(FRAME, wx) * fromWorldY(FRAME, wy)).toBeGreaterThan(0);
    }
  });
});
