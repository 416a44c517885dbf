import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromWorldX, fromWorldY, fromWorldZ, HEIGHT, makeWorldFrame } from '../../world-frame';
import { fillSliceCurve, fillSlicePlane, fillTangentLine } from './slice-geometry';
import { allFinite, FRAME, point } from './test-frame';

const bowl = (x: number, y: number): number => x * x + y * y;

describe('fillSlicePlane', () => {
  it('spans the domain and the box height at y = b', () => {
    const out = new Float32Array(12);
    fillSlicePlane('x', 1, FRAME, out);
    // y = 1 maps to world 0.5; x from −2..2 maps to −1..1.
    expect(Array.from(out)).toEqual([-1, 0.5, 0, 1, 0.5, 0, 1, 0.5, HEIGHT, -1, 0.5, HEIGHT].map((v) => Math.fround(v)));
  });
  it('spans the domain at x = a for the y slice', () => {
    const out = new Float32Array(12);
    fillSlicePlane('y', -2, FRAME, out);
    expect(Array.from(out)).toEqual([-1, -1, 0, -1, 1, 0, -1, 1, HEIGHT, -1, -1, HEIGHT].map((v) => Math.fround(v)));
  });
});

describe('fillSliceCurve', () => {
  it('puts the samples of z = f(x, b) where the hand-computed world points are', () => {
    const out = new Float32Array(4 * 6);
    // x = −2, −1, 0, 1, 2 at y = 1: z = 5, 2, 1, 2, 5; world z = z · 1.1/8.
    const n = fillSliceCurve(bowl, 'x', 1, FRAME, 5, 0, out);
    expect(n).toBe(4);
    const expected = [
      [-1, 0.5, (5 * 1.1) / 8],
      [-0.5, 0.5, (2 * 1.1) / 8],
      [-0.5, 0.5, (2 * 1.1) / 8],
      [0, 0.5, 1.1 / 8],
    ];
    for (let k = 0; k < 4; k++) {
      const p = point(out, k);
      for (let c = 0; c < 3; c++) expect(p[c]).toBeCloseTo(expected[k]?.[c] ?? Number.NaN, 6);
    }
  });

  it('lays the y-slice in the plane x = a, lifted by the given amount', () => {
    const out = new Float32Array(10 * 6);
    const n = fillSliceCurve(bowl, 'y', 0.5, FRAME, 11, 0.01, out);
    expect(n).toBe(10);
    for (let k = 0; k < 2 * n; k++) {
      const [wx, wy, wz] = point(out, k);
      expect(fromWorldX(FRAME, wx)).toBeCloseTo(0.5, 6);
      const y = fromWorldY(FRAME, wy);
      expect(fromWorldZ(FRAME, wz - 0.01)).toBeCloseTo(0.25 + y * y, 4);
    }
  });

  it('clips at the top of the z range along the chord', () => {
    const frame = makeWorldFrame({ xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, 0, 3);
    const out = new Float32Array(4 * 6);
    // y = 1, x = −2..2 step 1: z = 5, 2, 1, 2, 5 with zHi = 3. The first chord (−2,5)→(−1,2)
    // crosses z = 3 at t = 2/3, i.e. x = −4/3.
    const n = fillSliceCurve(bowl, 'x', 1, frame, 5, 0, out);
    expect(n).toBe(4);
    expect(fromWorldX(frame, out[0] ?? Number.NaN)).toBeCloseTo(-4 / 3, 5);
    expect(out[2]).toBeCloseTo(HEIGHT, 5);
    // Last segment (1,2)→(2,5) ends at x = 4/3.
    expect(fromWorldX(frame, out[3 * 6 + 3] ?? Number.NaN)).toBeCloseTo(4 / 3, 5);
  });

  it('leaves gaps where f is undefined: sqrt(1 − x² − y²) only inside the disk', () => {
    const out = new Float32Array(8 * 6);
    const f = (x: number, y: number): number => Math.sqrt(1 - x * x - y * y);
    // x = −2, −1.5, …, 2 at y = 0: defined at −1, −0.5, 0, 0.5, 1 → 4 segments.
    const n = fillSliceCurve(f, 'x', 0, FRAME, 9, 0, out);
    expect(n).toBe(4);
    expect(allFinite(out)).toBe(true);
    for (let k = 0; k < 2 * n; k++) expect(Math.abs(fromWorldX(FRAME, point(out, k)[0]))).toBeLessThanOrEqual(1 + 1e-6);
  });

  it('log(x·y) at y = 1 is drawn only for x > 0', () => {
    const out = new Float32Array(40 * 6);
    const f = (x: number, y: number): number => Math.log(x * y);
    const frame = makeWorldFrame({ xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, -3, 1);
    const n = fillSliceCurve(f, 'x', 1, frame, 41, 0, out);
    expect(n).toBeGreaterThan(0);
    for (let k = 0; k < 2 * n; k++) expect(fromWorldX(frame, point(out, k)[0])).toBeGreaterThan(0);
    expect(allFinite(out, n * 6)).toBe(true);
  });

  it('drops the sample at a pole of 1/(x² + y²) and writes no NaN', () => {
    const out = new Float32Array(4 * 6);
    const f = (x: number, y: number): number => 1 / (x * x + y * y);
    // x = −2, −1, 0, 1, 2 at y = 0: f(0, 0) = ∞, so only (−2,−1) and (1,2) remain.
    const n = fillSliceCurve(f, 'x', 0, FRAME, 5, 0, out);
    expect(n).toBe(2);
    expect(allFinite(out, n * 6)).toBe(true);
  });

  it('does not draw a vertical line across the pole of tan(x)', () => {
    const frame = makeWorldFrame({ xMin: 0, xMax: 3, yMin: -1, yMax: 1 }, -10, 10);
    const out = new Float32Array(200 * 6);
    const n = fillSliceCurve((x) => Math.tan(x), 'x', 0, frame, 201, 0, out);
    for (let k = 0; k < n; k++) {
      const xa = fromWorldX(frame, out[6 * k] ?? Number.NaN);
      const xb = fromWorldX(frame, out[6 * k + 3] ?? Number.NaN);
      // No segment may straddle π/2.
      expect((xa - Math.PI / 2) * (xb - Math.PI / 2)).toBeGreaterThanOrEqual(0);
    }
    // Both branches are drawn up to the box edge.
    expect(n).toBeGreaterThan(100);
  });

  it('never writes a non-finite value for random functions with poles (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 2, max: 60 }), (b, c, samples) => {
        const out = new Float32Array(60 * 6);
        const f = (x: number, y: number): number => 1 / (x - c) + Math.log(y - b + 2);
        const n = fillSliceCurve(f, 'x', b, FRAME, samples, 0, out);
        return n <= samples - 1 && allFinite(out, n * 6) && Array.from(out.subarray(0, n * 6)).every((v, i) => i % 3 !== 2 || (v >= 0 && v <= HEIGHT + 1e-6));
      }),
    );
  });
});

describe('fillSliceCurve with values along the line in one call', () => {
  /** `along` from a scalar f, counting its calls (a stand-in for PointModel.evaluateAlong). */
  const alongOf = (f: (x: number, y: number) => number, calls: { n: number }) => (axis: 'x' | 'y', fixed: number, us: Float64Array, out: Float64Array): void => {
    calls.n++;
    for (let i = 0; i < us.length; i++) out[i] = axis === 'x' ? f(us[i] ?? Number.NaN, fixed) : f(fixed, us[i] ?? Number.NaN);
  };
  const cases: [string, (x: number, y: number) => number][] = [
    ['bowl', bowl],
    ['pole 1/(x² + y²)', (x, y) => 1 / (x * x + y * y)],
    ['tan(x)', (x) => Math.tan(x * 1.3)],
    ['sqrt(1 − x² − y²)', (x, y) => Math.sqrt(1 - x * x - y * y)],
  ];
  for (const [name, f] of cases) {
    it(`draws exactly what point-by-point sampling draws, in one call per slice: ${name}`, () => {
      for (const [axis, fixed] of [['x', 0], ['y', 0.5], ['x', -1.25]] as const) {
        const a = new Float32Array(240 * 6);
        const b = new Float32Array(240 * 6);
        const scalarCalls = { n: 0 };
        const counted = (x: number, y: number): number => {
          scalarCalls.n++;
          return f(x, y);
        };
        const na = fillSliceCurve(f, axis, fixed, FRAME, 241, 0.01, a);
        const calls = { n: 0 };
        const nb = fillSliceCurve(counted, axis, fixed, FRAME, 241, 0.01, b, alongOf(f, calls));
        expect(nb).toBe(na);
        expect(Array.from(b.subarray(0, nb * 6))).toEqual(Array.from(a.subarray(0, na * 6)));
        expect(calls.n).toBe(1);
        // f itself only checks midpoints across suspected jumps.
        expect(scalarCalls.n).toBeLessThan(241);
      }
    });
  }
  it('falls back to f point by point when the batch throws', () => {
    const a = new Float32Array(240 * 6);
    const b = new Float32Array(240 * 6);
    const na = fillSliceCurve(bowl, 'x', 1, FRAME, 241, 0, a);
    const nb = fillSliceCurve(bowl, 'x', 1, FRAME, 241, 0, b, () => {
      throw new Error('no batch');
    });
    expect(nb).toBe(na);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('fillTangentLine', () => {
  it('lies on z = f(a,b) + ∂f/∂x·(x − a) and reaches halfLength each way', () => {
    const out = new Float32Array(6);
    // f = x² + y² at (1, 1): z0 = 2, ∂f/∂x = 2. Tangent: z = 2 + 2(x − 1).
    expect(fillTangentLine('x', 1, 1, 2, 2, FRAME, 0.3, 0, out)).toBe(true);
    const p = [0.5, 0.5, (2 * 1.1) / 8];
    for (const k of [0, 1]) {
      const [wx, wy, wz] = point(out, k);
      expect(wy).toBeCloseTo(0.5, 6);
      const x = fromWorldX(FRAME, wx);
      expect(fromWorldZ(FRAME, wz)).toBeCloseTo(2 + 2 * (x - 1), 4);
      expect(Math.hypot(wx - (p[0] ?? 0), wy - (p[1] ?? 0), wz - (p[2] ?? 0))).toBeCloseTo(0.3, 5);
    }
  });

  it('is cut at the domain edge', () => {
    const out = new Float32Array(6);
    // A flat slice (slope 0) at y-axis edge b = 2: the line runs along y, half of it is beyond yMax.
    expect(fillTangentLine('y', 0, 2, 4, 0, FRAME, 0.4, 0, out)).toBe(true);
    expect(out[1]).toBeCloseTo(1 - 0.4, 6);
    expect(out[4]).toBeCloseTo(1, 6);
  });

  it('is cut at the box top for a steep slope', () => {
    const out = new Float32Array(6);
    // z0 = 7.9 near the top (zHi = 8) and slope 100: the upper half leaves the box almost at once.
    expect(fillTangentLine('x', 0, 0, 7.9, 100, FRAME, 0.5, 0, out)).toBe(true);
    expect(Math.max(out[2] ?? 0, out[5] ?? 0)).toBeCloseTo(HEIGHT, 5);
  });

  it('is not drawn for an undefined point or one outside the range', () => {
    const out = new Float32Array(6);
    expect(fillTangentLine('x', 0, 0, Number.NaN, 1, FRAME, 0.3, 0, out)).toBe(false);
    expect(fillTangentLine('x', 0, 0, 1, Number.POSITIVE_INFINITY, FRAME, 0.3, 0, out)).toBe(false);
    expect(fillTangentLine('x', 0, 0, 9, 1, FRAME, 0.3, 0, out)).toBe(false);
    expect(fillTangentLine('x', 3, 0, 1, 1, FRAME, 0.3, 0, out)).toBe(false);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
