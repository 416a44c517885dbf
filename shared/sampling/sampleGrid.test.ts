import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleGrid } from './sampleGrid';
import type { GridSamples, VectorizedEvaluator } from './sampleGrid';

const D = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };

function must(r: ReturnType<typeof sampleGrid>): GridSamples {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const allFinite = (a: Float32Array): boolean => a.every((v) => Number.isFinite(v));

describe('sampleGrid', () => {
  it('samples a paraboloid exactly (float32) with coordinates including both ends', () => {
    const g = must(sampleGrid((x, y) => x * x + y * y, D, { nx: 5, ny: 3 }));
    expect(Array.from(g.xs)).toEqual([-2, -1, 0, 1, 2]);
    expect(Array.from(g.ys)).toEqual([-2, 0, 2]);
    // Row-major: z[j·nx + i] = f(x_i, y_j).
    expect(g.z[0]).toBe(8);
    expect(g.z[1 * 5 + 2]).toBe(0);
    expect(g.z[2 * 5 + 3]).toBe(5);
    expect(g.mask.every((m) => m === 1)).toBe(true);
    expect(g.zMin).toBe(0);
    expect(g.zMax).toBe(8);
    expect(g.gapCount).toBe(0);
  });

  it('scalar and vectorized evaluators give identical grids', () => {
    const f = (x: number, y: number): number => Math.sin(x) * Math.cos(2 * y) + x / 3;
    const vec: VectorizedEvaluator = {
      evaluate(inputs, out, length) {
        const [xs, ys] = inputs;
        const n = length ?? out.length;
        for (let k = 0; k < n; k++) out[k] = f(xs?.[k] ?? Number.NaN, ys?.[k] ?? Number.NaN);
      },
    };
    const a = must(sampleGrid(f, D, { nx: 300, ny: 201 }));
    const b = must(sampleGrid(vec, D, { nx: 300, ny: 201 }));
    expect(Array.from(b.z)).toEqual(Array.from(a.z));
    expect(b.zMin).toBe(a.zMin);
    expect(b.zMax).toBe(a.zMax);
  });

  it('reuses the target when its size matches and allocates otherwise', () => {
    const a = must(sampleGrid((x, y) => x + y, D, { nx: 16, ny: 16 }));
    const zBuf = a.z;
    const b = must(sampleGrid((x, y) => x - y, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, { nx: 16, ny: 16 }, a));
    expect(b).toBe(a);
    expect(b.z).toBe(zBuf);
    expect(b.xs[15]).toBe(1);
    expect(b.z[15]).toBe(1);
    const c = must(sampleGrid((x, y) => x - y, D, { nx: 17, ny: 16 }, a));
    expect(c).not.toBe(a);
    expect(c.z).toHaveLength(17 * 16);
  });

  it('1/(x²+y²): the pole becomes a masked gap, nothing is NaN or infinite', () => {
    const n = 257;
    const g = must(sampleGrid((x, y) => 1 / (x * x + y * y), D, { nx: n, ny: n }));
    expect(allFinite(g.z)).toBe(true);
    const centre = 128 * n + 128;
    expect(g.xs[128]).toBe(0);
    expect(g.mask[centre]).toBe(0);
    expect(g.z[centre]).toBe(Math.fround(g.zMax));
    // The pole's neighbours (1/h² = 4096 with h = 1/64) lie far beyond the bulk of the values
    // (1st–99th percentile ≈ 0.13 … 20) and are cut as a pole too.
    expect(g.mask[centre + 1]).toBe(0);
    expect(g.mask[centre + n]).toBe(0);
    expect(g.poleCount).toBeGreaterThan(4);
    // Far from the pole the surface is intact, and the display range ignores the spike.
    expect(g.mask[0]).toBe(1);
    expect(g.z[0]).toBe(Math.fround(1 / 8));
    const ring = 128 * n + 128 + 32; // (0.5, 0): value 4
    expect(g.mask[ring]).toBe(1);
    expect(g.zMax).toBeLessThan(100);
  });

  it('log(x·y) is undefined in two quadrants (masked, finite filler)', () => {
    const g = must(sampleGrid((x, y) => Math.log(x * y), D, { nx: 40, ny: 40 }));
    expect(allFinite(g.z)).toBe(true);
    for (let j = 0; j < 40; j++) {
      for (let i = 0; i < 40; i++) {
        const k = j * 40 + i;
        const x = g.xs[i] ?? 0;
        const y = g.ys[j] ?? 0;
        if (x * y < 0) expect(g.mask[k]).toBe(0);
        if (x * y > 0.01) {
          expect(g.mask[k]).toBe(1);
          expect(g.z[k]).toBe(Math.fround(Math.log(x * y)));
        }
      }
    }
  });

  it('√(1 − x² − y²) leaves a gap outside the unit disk', () => {
    const g = must(sampleGrid((x, y) => Math.sqrt(1 - x * x - y * y), { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 }, { nx: 61, ny: 61 }));
    expect(allFinite(g.z)).toBe(true);
    for (let j = 0; j < 61; j++) {
      for (let i = 0; i < 61; i++) {
        const r2 = (g.xs[i] ?? 0) ** 2 + (g.ys[j] ?? 0) ** 2;
        if (r2 > 1) expect(g.mask[j * 61 + i]).toBe(0);
        if (r2 < 1) expect(g.mask[j * 61 + i]).toBe(1);
      }
    }
    expect(g.zMin).toBeGreaterThanOrEqual(0);
    expect(g.zMax).toBeLessThanOrEqual(1);
  });

  it('constant functions get a non-empty range around the constant; all-NaN gets [−1, 1]', () => {
    const c = must(sampleGrid(() => 3, D, { nx: 8, ny: 8 }));
    expect(c.zMin).toBeLessThan(3);
    expect(c.zMax).toBeGreaterThan(3);
    expect(c.mask.every((m) => m === 1)).toBe(true);
    const zero = must(sampleGrid(() => 0, D, { nx: 8, ny: 8 }));
    expect(zero.zMin).toBe(-1);
    expect(zero.zMax).toBe(1);
    const nan = must(sampleGrid(() => Number.NaN, D, { nx: 8, ny: 8 }));
    expect(nan.mask.every((m) => m === 0)).toBe(true);
    expect(allFinite(nan.z)).toBe(true);
    expect([nan.zMin, nan.zMax]).toEqual([-1, 1]);
    expect(nan.gapCount).toBe(64);
  });

  it('a small genuine bump on a flat plane is not mistaken for a pole', () => {
    const g = must(sampleGrid((x, y) => (x * x + y * y < 0.01 ? 1 : 0), D, { nx: 101, ny: 101 }));
    expect(g.mask.every((m) => m === 1)).toBe(true);
    expect(g.zMax).toBe(1);
  });

  it('values beyond float32 are gaps (they would be Infinity in the mesh)', () => {
    const g = must(sampleGrid((x) => (x > 1.5 ? 1e39 : x), D, { nx: 9, ny: 2 }));
    expect(g.mask[8]).toBe(0);
    expect(allFinite(g.z)).toBe(true);
  });

  it('huge domains (±1e6) and huge values are fine', () => {
    const g = must(sampleGrid((x, y) => x * x - y * y, { xMin: -1e6, xMax: 1e6, yMin: -1e6, yMax: 1e6 }, { nx: 33, ny: 33 }));
    expect(g.mask.every((m) => m === 1)).toBe(true);
    expect(g.zMin).toBeCloseTo(-1e12, -6);
    expect(g.zMax).toBeCloseTo(1e12, -6);
    expect(g.xs[16]).toBe(0);
  });

  it('validates domain and resolution with bilingual messages', () => {
    const f = (x: number, y: number): number => x + y;
    const bad: [typeof D, { nx: number; ny: number }][] = [
      [{ ...D, xMin: 1, xMax: 1 }, { nx: 8, ny: 8 }],
      [{ ...D, yMin: 3 }, { nx: 8, ny: 8 }],
      [{ ...D, xMax: Number.POSITIVE_INFINITY }, { nx: 8, ny: 8 }],
      [{ ...D, xMin: Number.NaN }, { nx: 8, ny: 8 }],
      [{ ...D, xMin: -1e308, xMax: 1e308 }, { nx: 8, ny: 8 }],
      [{ ...D, xMin: 1e6, xMax: 1e6 + 1e-12 }, { nx: 8, ny: 8 }],
      [D, { nx: 1, ny: 8 }],
      [D, { nx: 8, ny: 1025 }],
      [D, { nx: 8.5, ny: 8 }],
    ];
    for (const [d, r] of bad) {
      const res = sampleGrid(f, d, r);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.en).not.toBe('');
        expect(res.error['zh-CN']).not.toBe('');
      }
    }
    expect(sampleGrid(f, D, { nx: 2, ny: 1024 }).ok).toBe(true);
  });

  it('property: random domains and smooth functions give no NaN, and kept z equals f in float32', () => {
    const finiteBound = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(
        finiteBound,
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        finiteBound,
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (x0, w, y0, h, nx, ny, a, b, k) => {
          const f = (x: number, y: number): number => a * Math.sin(k * x) + b * Math.cos(k * y) + 1e-3 * x * y;
          const g = must(sampleGrid(f, { xMin: x0, xMax: x0 + w, yMin: y0, yMax: y0 + h }, { nx, ny }));
          expect(g.z.every((v) => Number.isFinite(v))).toBe(true);
          expect(g.zMin).toBeLessThan(g.zMax);
          for (let j = 0; j < ny; j++) {
            for (let i = 0; i < nx; i++) {
              const kk = j * nx + i;
              if (g.mask[kk] === 1) expect(g.z[kk]).toBe(Math.fround(f(g.xs[i] ?? 0, g.ys[j] ?? 0)));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
