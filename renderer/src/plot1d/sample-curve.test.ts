import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceStep, stepDecimals } from '../scenes/surface/ticks';
import { baseGrid, decimalMultiple, sampleCurve, type CurveRun, type SampledCurve } from './sample-curve';

const W = 800;
const H = 480;

/** Every consecutive pair of points in every run (the segments the plot will draw). */
function segments(s: SampledCurve): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const r of s.runs) {
    for (let i = 1; i < r.xs.length; i++) out.push([r.xs[i - 1] ?? 0, r.ys[i - 1] ?? 0, r.xs[i] ?? 0, r.ys[i] ?? 0]);
  }
  return out;
}
const crosses = (s: SampledCurve, c: number): boolean => segments(s).some(([x0, , x1]) => x0 < c && x1 > c);
const first = (r: CurveRun | undefined): [number, number] => [r?.xs[0] ?? Number.NaN, r?.ys[0] ?? Number.NaN];
const last = (r: CurveRun | undefined): [number, number] => [r?.xs[r.xs.length - 1] ?? Number.NaN, r?.ys[r.ys.length - 1] ?? Number.NaN];

describe('baseGrid', () => {
  it('lands exactly on nice decimals (0.3, 2, 0) so holes there are sampled', () => {
    const g = baseGrid(-1, 5, 3000);
    expect(g.xs).toContain(0);
    expect(g.xs).toContain(2);
    expect(g.xs).toContain(0.3);
    expect(g.xs[0]).toBe(-1);
    expect(g.xs[g.xs.length - 1]).toBe(5);
    for (let i = 1; i < g.xs.length; i++) expect(g.xs[i] ?? 0).toBeGreaterThan(g.xs[i - 1] ?? 0);
  });
  it('grid values are bit-identical to rounding k·step with toFixed (the former per-sample string path)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: -9, max: 8 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.integer({ min: 2, max: 4000 }),
        (center, exp, mant, count) => {
          const span = mant * 10 ** exp;
          const xMin = center - span / 2;
          const xMax = center + span / 2;
          if (!(xMax > xMin)) return;
          const step = niceStep(xMax - xMin, count);
          const d = stepDecimals(step);
          const first = Math.ceil(xMin / step);
          const last = Math.floor(xMax / step);
          const g = decimalMultiple(step, d, Math.max(Math.abs(first), Math.abs(last)));
          const bad: number[] = [];
          for (let i = 0; i <= last - first && i < 2000; i++) {
            const k = first + i;
            const want = Number((k * step).toFixed(d));
            if (g(k) !== want) bad.push(k);
          }
          expect(bad).toEqual([]);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
  it('ends on a tiny window far from 0 (|x / step| past 2^53), which once looped forever', () => {
    const g = baseGrid(1e6, 1e6 + 1e-9, 1000);
    expect(g.xs[0]).toBe(1e6);
    expect(g.xs[g.xs.length - 1]).toBe(1e6 + 1e-9);
    for (let i = 1; i < g.xs.length; i++) expect(g.xs[i] ?? 0).toBeGreaterThan(g.xs[i - 1] ?? 0);
  });
  it('hits hand-known decimals exactly on a fine grid', () => {
    // 3 × 0.1 is the double 0.30000000000000004 and 35 × 0.01 is not 0.35: the grid must give the literals.
    expect(3 * 0.1).not.toBe(0.3);
    expect(35 * 0.01).not.toBe(0.35);
    expect(decimalMultiple(0.1, 1, 10)(3)).toBe(0.3);
    const g = decimalMultiple(0.01, 2, 100);
    expect(g(35)).toBe(0.35);
    expect(g(-35)).toBe(-0.35);
    expect(g(-29)).toBe(-0.29);
    expect(decimalMultiple(2.5, 1, 10)(3)).toBe(7.5);
    expect(decimalMultiple(50, 0, 10)(-3)).toBe(-150);
  });
  it('adds breaks as flagged nodes', () => {
    const g = baseGrid(0, 4, 100, [Math.PI / 2, 10]);
    const i = g.xs.indexOf(Math.PI / 2);
    expect(i).toBeGreaterThan(0);
    expect(g.isBreak[i]).toBe(true);
    expect(g.xs).not.toContain(10);
  });
});

describe('sampleCurve', () => {
  it('splits 1/x into two runs that never cross 0, each reaching far beyond the view', () => {
    const s = sampleCurve((x) => 1 / x, { xMin: -3, xMax: 3, yMin: -5, yMax: 5, pixelWidth: W, pixelHeight: H });
    expect(s.runs).toHaveLength(2);
    expect(crosses(s, 0)).toBe(false);
    expect(s.runs[0]?.xs.every((x) => x < 0)).toBe(true);
    expect(s.runs[1]?.xs.every((x) => x > 0)).toBe(true);
    expect(last(s.runs[0])[1]).toBeLessThan(-10);
    expect(first(s.runs[1])[1]).toBeGreaterThan(10);
    expect(s.holes).toHaveLength(0);
    expect(s.jumps).toHaveLength(0);
  });

  it('breaks tan x at ±π/2 (poles not on the grid) with no segment across', () => {
    const s = sampleCurve(Math.tan, { xMin: -3, xMax: 3, yMin: -6, yMax: 6, pixelWidth: W, pixelHeight: H });
    expect(s.runs).toHaveLength(3);
    for (const p of [-Math.PI / 2, Math.PI / 2]) {
      expect(crosses(s, p)).toBe(false);
      // The runs run right up to the pole (within a tiny fraction of the span).
      const near = s.runs.some((r) => Math.abs(last(r)[0] - p) < 1e-6) && s.runs.some((r) => Math.abs(first(r)[0] - p) < 1e-6);
      expect(near).toBe(true);
    }
    // Every drawn point is a true sample of tan.
    for (const r of s.runs) r.xs.forEach((x, i) => expect(r.ys[i]).toBe(Math.tan(x)));
  });

  it('finds the removable hole of sin(x)/x at (0, 1) and draws through it', () => {
    const s = sampleCurve((x) => Math.sin(x) / x, { xMin: -10, xMax: 10, pixelWidth: W, pixelHeight: H });
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0]?.x).toBe(0);
    expect(s.holes[0]?.y).toBeCloseTo(1, 9);
    expect(s.holes[0]?.value).toBeNull();
    expect(s.runs).toHaveLength(1);
    expect(crosses(s, 0) || s.runs[0]?.xs.includes(0)).toBe(true);
  });

  it('finds the hole of (x²−4)/(x−2) at (2, 4)', () => {
    const s = sampleCurve((x) => (x * x - 4) / (x - 2), { xMin: -1, xMax: 5, pixelWidth: W, pixelHeight: H });
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0]?.x).toBe(2);
    expect(s.holes[0]?.y).toBeCloseTo(4, 8);
    expect(s.runs).toHaveLength(1);
  });

  it('reports f(a) as the hole value when f is defined but different there', () => {
    const f = (x: number): number => (x === 1 ? 5 : x * x);
    const s = sampleCurve(f, { xMin: -2, xMax: 2, pixelWidth: W, pixelHeight: H });
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0]).toMatchObject({ x: 1, value: 5 });
    expect(s.holes[0]?.y).toBeCloseTo(1, 8);
    // The drawn curve never visits the odd value.
    for (const r of s.runs) expect(r.ys.every((y) => y < 4.5)).toBe(true);
  });

  it('draws |x|/x as a jump: no connecting segment and no hole', () => {
    const s = sampleCurve((x) => Math.abs(x) / x, { xMin: -2, xMax: 2, pixelWidth: W, pixelHeight: H });
    expect(s.holes).toHaveLength(0);
    expect(s.runs).toHaveLength(2);
    for (const r of s.runs) expect(new Set(r.ys.map(Math.sign)).size).toBe(1);
    expect(s.jumps).toHaveLength(1);
    expect(s.jumps[0]).toMatchObject({ x: 0, left: -1, right: 1, value: null });
    expect(last(s.runs[0])).toEqual([0, -1]);
    expect(first(s.runs[1])).toEqual([0, 1]);
  });

  it('breaks a jump that is not on the grid (no vertical connector)', () => {
    const c = 0.123456789;
    const s = sampleCurve((x) => (x < c ? 0 : 1), { xMin: -1, xMax: 1, yMin: -0.5, yMax: 1.5, pixelWidth: W, pixelHeight: H });
    expect(s.runs).toHaveLength(2);
    expect(crosses(s, c)).toBe(false);
    expect(last(s.runs[0])[0]).toBeCloseTo(c, 9);
    expect(first(s.runs[1])[0]).toBeCloseTo(c, 9);
  });

  it('starts sqrt(x) over [−1, 4] exactly at (0, 0)', () => {
    const s = sampleCurve(Math.sqrt, { xMin: -1, xMax: 4, pixelWidth: W, pixelHeight: H });
    expect(s.runs).toHaveLength(1);
    expect(first(s.runs[0])).toEqual([0, 0]);
    expect(last(s.runs[0])).toEqual([4, 2]);
  });

  it('finds the edge of a domain that is not on the grid', () => {
    const e = Math.SQRT2;
    const s = sampleCurve((x) => Math.sqrt(x - e), { xMin: 0, xMax: 3, pixelWidth: W, pixelHeight: H });
    expect(s.runs).toHaveLength(1);
    expect(first(s.runs[0])[0] - e).toBeGreaterThanOrEqual(0);
    expect(first(s.runs[0])[0] - e).toBeLessThan(1e-9);
  });

  it('keeps sin(1/x) within the sample cap and draws it as one connected band', () => {
    const f = (x: number): number => Math.sin(1 / x);
    for (const maxSamples of [20000, 5000]) {
      let calls = 0;
      const s = sampleCurve(
        (x) => {
          calls++;
          return f(x);
        },
        { xMin: -1, xMax: 1, yMin: -1.5, yMax: 1.5, pixelWidth: 1600, pixelHeight: H, maxSamples },
      );
      expect(calls).toBeLessThanOrEqual(maxSamples);
      expect(s.evaluations).toBe(calls);
      // No hole is invented at 0 (the limit does not exist) …
      expect(s.holes).toHaveLength(0);
      // … and the pen lifts only within a pixel or two of x = 0, where the oscillation is
      // unresolvable (a smaller budget means a coarser base grid).
      const px = (maxSamples === 20000 ? 1 : 4) * (2 / 1600);
      for (const r of s.runs) {
        const [x0] = first(r);
        const [x1] = last(r);
        if (x0 !== -1) expect(Math.abs(x0)).toBeLessThan(px);
        if (x1 !== 1) expect(Math.abs(x1)).toBeLessThan(px);
      }
      expect(first(s.runs[0])[0]).toBe(-1);
      expect(last(s.runs[s.runs.length - 1])[0]).toBe(1);
    }
  });

  it('finds x·sin(1/x)’s removable hole at (0, 0) (oscillating but squeezed)', () => {
    const s = sampleCurve((x) => x * Math.sin(1 / x), { xMin: -0.5, xMax: 0.5, pixelWidth: W, pixelHeight: H });
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0]?.x).toBe(0);
    expect(Math.abs(s.holes[0]?.y ?? 1)).toBeLessThan(1e-5);
  });

  it('honours breaks: never connects across one, and checks for a hole there', () => {
    const c = Math.PI;
    const hole = sampleCurve((x) => Math.sin(x - c) / (x - c), { xMin: 0, xMax: 6, pixelWidth: W, pixelHeight: H, breaks: [c] });
    expect(hole.holes).toHaveLength(1);
    expect(hole.holes[0]?.x).toBe(c);
    expect(hole.holes[0]?.y).toBeCloseTo(1, 8);
    const pole = sampleCurve((x) => 1 / (x - c) ** 3, { xMin: 0, xMax: 6, yMin: -3, yMax: 3, pixelWidth: W, pixelHeight: H, breaks: [c] });
    expect(crosses(pole, c)).toBe(false);
    expect(pole.runs).toHaveLength(2);
  });

  it('frames y robustly when no y bounds are given', () => {
    const s = sampleCurve((x) => x * x, { xMin: -2, xMax: 2, pixelWidth: W, pixelHeight: H });
    expect(s.yRange[0]).toBeLessThanOrEqual(0);
    expect(s.yRange[1]).toBeGreaterThan(3.5);
    expect(s.yRange[1]).toBeLessThan(5);
  });

  it('survives f throwing or returning junk (treated as undefined)', () => {
    const s = sampleCurve(
      (x) => {
        if (x > 1) throw new Error('no');
        return x;
      },
      { xMin: 0, xMax: 2, pixelWidth: 200 },
    );
    expect(s.runs).toHaveLength(1);
    expect(last(s.runs[0])[0]).toBeGreaterThan(1 - 1e-9);
    expect(last(s.runs[0])[0]).toBeLessThanOrEqual(1);
  });

  it('property: a smooth polynomial is one run of true samples with no gap wider than a pixel', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.double({ min: -5, max: 0, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        (coef, xMin, width) => {
          const f = (x: number): number => coef.reduce((acc, c) => acc * x + c, 0);
          const xMax = xMin + width;
          const s = sampleCurve(f, { xMin, xMax, pixelWidth: 400, pixelHeight: 300 });
          expect(s.runs).toHaveLength(1);
          const r = s.runs[0];
          if (!r) return;
          expect(r.xs[0]).toBe(xMin);
          expect(r.xs[r.xs.length - 1]).toBe(xMax);
          for (let i = 0; i < r.xs.length; i++) {
            expect(r.ys[i]).toBe(f(r.xs[i] ?? 0));
            if (i > 0) expect((r.xs[i] ?? 0) - (r.xs[i - 1] ?? 0)).toBeLessThanOrEqual(width / 400 + 1e-12);
          }
        },
      ),
      { seed: 42, numRuns: 30 },
    );
  });

  it('property: a simple pole k/(x − c) is never crossed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1.9, max: 1.9, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), (c, k) => {
        const s = sampleCurve((x) => k / (x - c), { xMin: -2, xMax: 2, yMin: -10, yMax: 10, pixelWidth: 600, pixelHeight: 400 });
        expect(crosses(s, c)).toBe(false);
        expect(s.runs).toHaveLength(2);
        expect(s.evaluations).toBeLessThanOrEqual(20000);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('sampleCurve with a column evaluator (fMany)', () => {
  const curves: [string, (x: number) => number][] = [
    ['a smooth bump', (x) => Math.exp(-x * x) * Math.cos(3 * x)],
    ['a pole and a hole', (x) => (x === 1 ? Number.NaN : (x * x - 1) / (x - 1) + 1 / x)],
    ['a jump', (x) => (x < 0.5 ? -1 : 2) + x],
    ['sin(1/x)', (x) => Math.sin(1 / x)],
  ];
  for (const [name, f] of curves) {
    it(`draws ${name} exactly as point by point`, () => {
      const opts = { xMin: -3, xMax: 3, pixelWidth: 300, pixelHeight: 150 };
      let columns = 0;
      const fMany = (xs: Float64Array, out: Float64Array): void => {
        columns++;
        for (let i = 0; i < xs.length; i++) out[i] = f(xs[i] ?? 0);
      };
      const plain = sampleCurve(f, opts);
      const many = sampleCurve(f, { ...opts, fMany });
      expect(columns).toBe(1);
      expect(many).toEqual(plain);
    });
  }

  it('falls back to f point by point when the column evaluator throws', () => {
    const f = (x: number): number => x * x;
    const opts = { xMin: -1, xMax: 1, pixelWidth: 200 };
    const broken = (): void => {
      throw new Error('no');
    };
    expect(sampleCurve(f, { ...opts, fMany: broken })).toEqual(sampleCurve(f, opts));
  });
});
