import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileVectorized } from './compile-grid';
import { compile } from './compile';
import { parseExpr } from './parse';
import { evaluateExpr } from './evaluate';
import { close, exprArb } from './test-arbitrary';
import type { Expr } from './ast';

const V = ['x', 'y'];
function f(text: string): Expr {
  const r = parseExpr(text, { variables: V });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('compileVectorized', () => {
  it('samples a grid larger than one chunk, matching the formula at every point', () => {
    const n = 3000;
    const xs = new Float64Array(n).map((_, i) => -3 + i * 0.002);
    const ys = new Float64Array(n).map((_, i) => 2 - i * 0.001);
    const out = new Float64Array(n);
    const v = compileVectorized(f('sin(x)*cos(y) + 0.1*(x^2+y^2)'), V);
    if (!v.ok) throw new Error();
    v.value.evaluate([xs, ys], out);
    for (let i = 0; i < n; i += 97) {
      const a = xs[i] ?? 0;
      const b = ys[i] ?? 0;
      expect(out[i]).toBeCloseTo(Math.sin(a) * Math.cos(b) + 0.1 * (a * a + b * b), 12);
    }
  });

  it('reads Float32 inputs, writes Float32 output, honours length', () => {
    const xs = Float32Array.from([0, 1, 2, 3]);
    const ys = Float32Array.from([1, 1, 1, 1]);
    const out = new Float32Array(4).fill(-7);
    const v = compileVectorized(f('x^2 + 2y'), V);
    if (!v.ok) throw new Error();
    v.value.evaluate([xs, ys], out, 3);
    expect(Array.from(out)).toEqual([2, 3, 6, -7]);
  });

  it('handles constants, bare variables and missing inputs', () => {
    const out = new Float64Array(3);
    const c = compileVectorized(f('2^3'), V);
    if (!c.ok) throw new Error();
    c.value.evaluate([], out);
    expect(Array.from(out)).toEqual([8, 8, 8]);
    const id = compileVectorized(f('y'), V);
    if (!id.ok) throw new Error();
    id.value.evaluate([new Float64Array(3), Float64Array.from([4, 5, 6])], out);
    expect(Array.from(out)).toEqual([4, 5, 6]);
    const miss = compileVectorized(f('x + y'), V);
    if (!miss.ok) throw new Error();
    miss.value.evaluate([Float64Array.from([1, 2, 3])], out);
    expect(out.every(Number.isNaN)).toBe(true);
    expect(compileVectorized(f('x + y'), ['x']).ok).toBe(false);
  });

  it('gives identical values whichever internal strategy it settles on (large grids)', () => {
    const n = 5000;
    const xs = new Float64Array(n).map((_, i) => -2 + i * 0.0008);
    const ys = new Float64Array(n).map((_, i) => 1 - i * 0.0003);
    for (const text of ['sin(x)*cos(y) + 0.1*(x^2+y^2)', '1/2 (sigmoid(1.5x - 0.5y) - 1)^2', 'x^4 - 3/y + x^-2']) {
      const v = compileVectorized(f(text), V);
      const c = compile(f(text), V);
      if (!v.ok || !c.ok) throw new Error();
      const first = new Float64Array(n);
      v.value.evaluate([xs, ys], first);
      for (let call = 0; call < 12; call++) {
        const out = new Float64Array(n);
        v.value.evaluate([xs, ys], out);
        expect(out).toEqual(first);
      }
      for (let i = 0; i < n; i += 501) expect(first[i]).toBe(c.value.evaluate([xs[i] ?? 0, ys[i] ?? 0]));
    }
  });

  it('agrees with compile and with the tree walker (property)', () => {
    const vars = ['x', 'y', 'w1'];
    fc.assert(
      fc.property(
        exprArb(vars),
        fc.array(fc.tuple(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true })), { minLength: 1, maxLength: 40 }),
        (e, pts) => {
          const v = compileVectorized(e, vars);
          const c = compile(e, vars);
          if (!v.ok || !c.ok) throw new Error('compile failed');
          const cols = [0, 1, 2].map((k) => Float64Array.from(pts.map((p) => p[k] ?? 0)));
          const out = new Float64Array(pts.length);
          v.value.evaluate(cols, out);
          pts.forEach((p, i) => {
            const ref = evaluateExpr(e, vars, p);
            expect(close(out[i] ?? Number.NaN, ref), `${i}`).toBe(true);
            expect(close(out[i] ?? Number.NaN, c.value.evaluate(p))).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
