import { describe, expect, it } from 'vitest';
import { allocateSurfaceBuffers, fillSurfaceBuffers, maxCellRise } from './surface-mesh';
import { HEIGHT, makeWorldFrame, fromWorldX, fromWorldY, fromWorldZ } from './world-frame';

function grid(nx: number, ny: number, f: (x: number, y: number) => number, dom = { xMin: -2, xMax: 2, yMin: -1, yMax: 1 }) {
  const z = new Float32Array(nx * ny);
  const mask = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const x = dom.xMin + ((dom.xMax - dom.xMin) * i) / (nx - 1);
      const y = dom.yMin + ((dom.yMax - dom.yMin) * j) / (ny - 1);
      const v = f(x, y);
      const k = j * nx + i;
      mask[k] = Number.isFinite(v) ? 1 : 0;
      z[k] = Number.isFinite(v) ? v : 0;
    }
  return { nx, ny, z, mask, dom };
}

describe('surface mesh', () => {
  it('places every vertex at its math coordinates (inverse map round trip)', () => {
    const g = grid(5, 4, (x, y) => x * x + y);
    const frame = makeWorldFrame(g.dom, -1, 5);
    const buf = allocateSurfaceBuffers(g.nx, g.ny);
    const count = fillSurfaceBuffers(g, frame, buf);
    expect(count).toBe(4 * 3 * 6);
    for (let j = 0; j < g.ny; j++)
      for (let i = 0; i < g.nx; i++) {
        const k = j * g.nx + i;
        const x = -2 + i, y = -1 + (2 * j) / 3;
        expect(fromWorldX(frame, buf.positions[k * 3]!)).toBeCloseTo(x, 5);
        expect(fromWorldY(frame, buf.positions[k * 3 + 1]!)).toBeCloseTo(y, 5);
        expect(fromWorldZ(frame, buf.positions[k * 3 + 2]!)).toBeCloseTo(x * x + y, 4);
      }
  });
  it('keeps the aspect ratio: the longer span maps to [-1, 1]', () => {
    const frame = makeWorldFrame({ xMin: -2, xMax: 2, yMin: -1, yMax: 1 }, 0, 1);
    expect(frame.s).toBe(0.5);
    expect(HEIGHT).toBeGreaterThan(0);
  });
  it('leaves a hole, not a spike, where f is undefined, and writes no NaN', () => {
    const g = grid(9, 9, (x, y) => 1 / (x * x + y * y), { xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
    expect(g.mask[4 * 9 + 4]).toBe(0);
    const buf = allocateSurfaceBuffers(9, 9);
    const count = fillSurfaceBuffers(g, makeWorldFrame(g.dom, 0, 20), buf);
    expect(count).toBe((64 - 4) * 6);
    for (const arr of [buf.positions, buf.normals, buf.colors]) for (const v of arr) expect(Number.isFinite(v)).toBe(true);
    for (let q = 0; q < count; q++) expect(buf.indices[q]).not.toBe(4 * 9 + 4);
  });
  it('computes unit normals that match the analytic normal of a plane', () => {
    // z = 0.5x + 0.25y on a square domain with zLo..zHi chosen so world scale is known.
    const g = grid(6, 6, (x, y) => 0.5 * x + 0.25 * y, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
    const frame = makeWorldFrame(g.dom, -10, 10);
    const buf = allocateSurfaceBuffers(6, 6);
    fillSurfaceBuffers(g, frame, buf);
    // World slope = math slope * sz / s.
    const ax = (0.5 * frame.sz) / frame.s, ay = (0.25 * frame.sz) / frame.s;
    const inv = 1 / Math.hypot(ax, ay, 1);
    for (let k = 0; k < 36; k++) {
      expect(buf.normals[k * 3]).toBeCloseTo(-ax * inv, 5);
      expect(buf.normals[k * 3 + 1]).toBeCloseTo(-ay * inv, 5);
      expect(buf.normals[k * 3 + 2]).toBeCloseTo(inv, 5);
    }
  });
  it('leaves out a quad that jumps across a discontinuity but keeps steep smooth slopes', () => {
    // 33 × 33 samples on [-2, 2] × [-1, 1]: x spacing 0.125.
    const buf = allocateSurfaceBuffers(33, 33);
    // A unit step at x = 0.06 in a unit box: the one column of cells across it is left out.
    const step = grid(33, 33, (x) => (x > 0.06 ? 1 : 0));
    expect(fillSurfaceBuffers(step, makeWorldFrame(step.dom, 0, 1), buf)).toBe(31 * 32 * 6);
    // A ramp rising 0.4 of the box per cell is a slope: drawn whole.
    const ramp = grid(33, 33, (x) => Math.min(1, Math.max(0, 3.2 * x)));
    expect(fillSurfaceBuffers(ramp, makeWorldFrame(ramp.dom, 0, 1), buf)).toBe(32 * 32 * 6);
    expect(maxCellRise(128)).toBe(0.5);
    expect(maxCellRise(2)).toBe(4);
  });
  it('cuts the surface at the z box: no vertex above it, no quad touching an outlier', () => {
    // Columns x = -2, 0, 2; the right column is an outlier far above the box.
    const g = grid(3, 3, (x) => (x > 1.5 ? 1e9 : 0));
    const frame = makeWorldFrame(g.dom, 0, 1);
    const buf = allocateSurfaceBuffers(3, 3);
    const count = fillSurfaceBuffers(g, frame, buf);
    for (let k = 0; k < 9; k++) expect(buf.positions[k * 3 + 2]).toBeLessThanOrEqual(HEIGHT + 1e-6);
    // Only the two left quads remain.
    expect(count).toBe(2 * 6);
    for (let q = 0; q < count; q++) expect(buf.indices[q]! % 3).not.toBe(2);
  });
});
