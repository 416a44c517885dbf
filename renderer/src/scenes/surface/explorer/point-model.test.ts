import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExpr } from '$shared/expr/parse';
import { compile } from '$shared/expr/compile';
import { compileGradient } from '$shared/autodiff/compileGradient';
import type { Expr } from '$shared/expr/ast';
import { createPointModel, directionalAt, gradientAngle, tangentPlaneAt, tangentPlaneLatex, wrapAngle, type PointModel } from './point-model';

function model(src: string): PointModel {
  const e = parseExpr(src, { variables: ['x', 'y'] });
  if (!e.ok) throw new Error(`test formula did not parse: ${src}`);
  const m = createPointModel(e.value);
  if (!m.ok) throw new Error(`no model for ${src}`);
  return m.value;
}

function evalExpr(e: Expr, x: number, y: number): number {
  const c = compile(e, ['x', 'y']);
  if (!c.ok) throw new Error('compile failed');
  return c.value.evaluate([x, y]);
}

/** Central difference with h ≈ cbrt(eps)·scale: error O(h²) ≈ 1e-10 for smooth f of size 1. */
function central(f: (x: number, y: number) => number, x: number, y: number, axis: 0 | 1): number {
  const h = 6e-6 * Math.max(1, Math.abs(axis === 0 ? x : y));
  return axis === 0 ? (f(x + h, y) - f(x - h, y)) / (2 * h) : (f(x, y + h) - f(x, y - h)) / (2 * h);
}

describe('createPointModel', () => {
  it('gives the hand-derived values for x² + 2y² at (1, 0.5)', () => {
    // f = 1 + 0.5 = 1.5, fx = 2x = 2, fy = 4y = 2, ‖∇f‖ = 2√2.
    const p = model('x^2 + 2y^2').at(1, 0.5);
    expect(p.f).toBeCloseTo(1.5, 14);
    expect(p.fx).toBeCloseTo(2, 14);
    expect(p.fy).toBeCloseTo(2, 14);
    expect(p.gradNorm).toBeCloseTo(2 * Math.SQRT2, 14);
    expect(p.defined).toBe(true);
  });

  const formulas = ['sin(x) cos(y) + 0.1(x^2 + y^2)', '(1 - x)^2 + 100(y - x^2)^2', 'exp(-(x^2 + y^2)) * x*y', 'log(1 + x^2 + y^4)'];
  for (const src of formulas) {
    it(`agrees with finite differences and with the symbolic derivative: ${src}`, () => {
      const m = model(src);
      fc.assert(
        fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (a, b) => {
          const p = m.at(a, b);
          const fdx = central((x, y) => m.evaluate(x, y), a, b, 0);
          const fdy = central((x, y) => m.evaluate(x, y), a, b, 1);
          const symx = evalExpr(m.symbolicX!, a, b);
          const symy = evalExpr(m.symbolicY!, a, b);
          const tol = (v: number, rel: number) => rel * Math.max(1, Math.abs(v));
          expect(Math.abs(p.fx - symx)).toBeLessThanOrEqual(tol(symx, 1e-12));
          expect(Math.abs(p.fy - symy)).toBeLessThanOrEqual(tol(symy, 1e-12));
          expect(Math.abs(p.fx - fdx)).toBeLessThanOrEqual(tol(fdx, 1e-6));
          expect(Math.abs(p.fy - fdy)).toBeLessThanOrEqual(tol(fdy, 1e-6));
          expect(p.f).toBe(m.evaluate(a, b));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('writes the symbolic partials as LaTeX', () => {
    const m = model('x^2 y');
    // ∂/∂x x²y = 2xy, ∂/∂y = x²: check by evaluation rather than by the exact spelling.
    expect(evalExpr(m.symbolicX!, 3, 5)).toBe(30);
    expect(evalExpr(m.symbolicY!, 3, 5)).toBe(9);
    expect(m.partialXLatex).toMatch(/x/);
    expect(m.partialYLatex).toContain('x^{2}');
  });

  it('marks poles as undefined instead of throwing', () => {
    const p = model('1/(x^2 + y^2)').at(0, 0);
    expect(p.defined).toBe(false);
  });

  it('refuses other variables', () => {
    const e = parseExpr('x + z');
    if (!e.ok) throw new Error('parse');
    const m = createPointModel(e.value);
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.error.en).toMatch(/x and y/);
      expect(m.error['zh-CN']).toMatch(/x 和 y/);
    }
  });

  it('gives the same numbers before and after its gradient sweep moves to WebAssembly (when idle)', async () => {
    const src = '1/2 (1/(1 + exp(-(0.8 x + 1.3 y))) - 1)^2 + 0.05 x^2 + sin(x y)';
    const m = model(src);
    const e = parseExpr(src, { variables: ['x', 'y'] });
    if (!e.ok) throw new Error('parse');
    // The reference: the library's own gradient (compileGradient, wasm where available).
    const ref = compileGradient(e.value, ['x', 'y']);
    if (!ref.ok) throw new Error('tape');
    const points: [number, number][] = [[0.3, -0.7], [-1.9, 2.2], [1e-3, 4]];
    const read = () => points.map(([a, b]) => { const p = m.at(a, b); const g = new Float64Array(m.objective.grad([a, b])); return [p.f, p.fx, p.fy, g[0], g[1], m.objective.value(a, b)]; });
    const before = read();
    await new Promise((r) => setTimeout(r, 20));
    const after = read();
    expect(after).toEqual(before);
    points.forEach(([a, b], i) => {
      const g = new Float64Array(2);
      const f = ref.value.valueAndGradient(new Float64Array([a, b]), g);
      expect(after[i]?.slice(0, 3)).toEqual([f, g[0], g[1]]);
      // And independently: central differences of the evaluated formula.
      expect(after[i]?.[1]).toBeCloseTo(central((x, y) => evalExpr(e.value, x, y), a, b, 0), 6);
      expect(after[i]?.[2]).toBeCloseTo(central((x, y) => evalExpr(e.value, x, y), a, b, 1), 6);
    });
  });
});

describe('evaluateAlong (the slice plots\' columns)', () => {
  it('gives evaluate\'s numbers along x and along y, bit for bit, with the worker\'s module adopted or not', async () => {
    const { setWasmBackend, wasmVectorFn, exportCompiled, adoptCompiled } = await import('$shared/expr/wasm/wasm-vector');
    const src = '1/2 (1/(1 + exp(-(0.8 x + 1.3 y))) - 1)^2 + 0.05 x^2 + 1/x';
    const e = parseExpr(src, { variables: ['x', 'y'] });
    if (!e.ok) throw new Error('parse');
    const ts = Float64Array.from([-2, -0.5, 0, 1e-9, 0.3, 2.5, Number.NaN]);
    const check = (m: PointModel): void => {
      for (const axis of ['x', 'y'] as const) {
        const out = new Float64Array(ts.length);
        m.evaluateAlong(axis, 0.7, ts, out);
        const want = [...ts].map((t) => (axis === 'x' ? evalExpr(e.value, t, 0.7) : evalExpr(e.value, 0.7, t)));
        expect([...out], axis).toEqual(want);
        expect([...out], axis).toEqual([...ts].map((t) => (axis === 'x' ? m.evaluate(t, 0.7) : m.evaluate(0.7, t))));
      }
    };
    setWasmBackend(true);
    const plain = createPointModel(e.value);
    if (!plain.ok) throw new Error('model');
    check(plain.value);
    // As in the app: the worker compiled the module to sample the grid and handed it over.
    wasmVectorFn(e.value, ['x', 'y']);
    const handed = exportCompiled(e.value, ['x', 'y']);
    setWasmBackend(true);
    if (!handed) throw new Error('no module');
    adoptCompiled(e.value, handed);
    const adopted = createPointModel(e.value);
    if (!adopted.ok) throw new Error('model');
    check(adopted.value);
  });

  it('refuses a handed-over module that computes another formula (its values are checked first)', async () => {
    const { setWasmBackend, wasmVectorFn, exportCompiled, adoptCompiled } = await import('$shared/expr/wasm/wasm-vector');
    const parse = (src: string): Expr => {
      const r = parseExpr(src, { variables: ['x', 'y'] });
      if (!r.ok) throw new Error('parse');
      return r.value;
    };
    const rosen = parse('(1 - x)^2 + 100(y - x^2)^2');
    const bowl = parse('x^2 + 2y^2');
    setWasmBackend(true);
    wasmVectorFn(rosen, ['x', 'y']);
    const handed = exportCompiled(rosen, ['x', 'y']);
    setWasmBackend(true);
    if (!handed) throw new Error('no module');
    // A mix-up: Rosenbrock's module handed over as the bowl's.
    adoptCompiled(bowl, handed);
    const m = createPointModel(bowl);
    if (!m.ok) throw new Error('model');
    // x² + 2y² by hand: 1 + 2·0.25 at (1, 0.5), 4 + 8 at (2, −2); along x at y = 1: t² + 2.
    expect(m.value.evaluate(1, 0.5)).toBe(1.5);
    expect(m.value.evaluate(2, -2)).toBe(12);
    const out = new Float64Array(2);
    m.value.evaluateAlong('x', 1, Float64Array.of(0, 3), out);
    expect([...out]).toEqual([2, 11]);
  });
});

describe('a gradient sweep handed over by the surface worker', () => {
  const parse = (src: string): Expr => {
    const r = parseExpr(src, { variables: ['x', 'y'] });
    if (!r.ok) throw new Error('parse');
    return r.value;
  };
  const handedFor = async (e: Expr) => {
    const { exportGradient, wasmValueAndGradient } = await import('$shared/autodiff/wasmGradient');
    const { gradientTape } = await import('./gradient-tape');
    const tape = gradientTape(e);
    if (!tape || !wasmValueAndGradient(tape)) throw new Error('no tape');
    const handed = exportGradient(tape);
    if (!handed) throw new Error('no module');
    return handed;
  };
  const read = (m: PointModel): number[][] =>
    [[0.3, -0.7], [-1.9, 2.2], [1e-3, 4]].map(([a, b]) => {
      const p = m.at(a ?? 0, b ?? 0);
      return [p.f, p.fx, p.fy, ...m.objective.grad([a ?? 0, b ?? 0]), m.objective.value(a ?? 0, b ?? 0)];
    });

  it('gives the numbers of the model that builds its own tape, bit for bit', async () => {
    const e = parse('1/2 (1/(1 + exp(-(0.8 x + 1.3 y))) - 1)^2 + 0.05 x^2 + sin(x y)');
    const own = createPointModel(e);
    const given = createPointModel(e, ['x', 'y'], undefined, await handedFor(e));
    if (!own.ok || !given.ok) throw new Error('model');
    expect(read(given.value)).toEqual(read(own.value));
  });

  it('is refused when it computes another formula: the model builds its own tape', async () => {
    const bowl = parse('x^2 + 2y^2');
    const m = createPointModel(bowl, ['x', 'y'], undefined, await handedFor(parse('(1 - x)^2 + 100(y - x^2)^2')));
    if (!m.ok) throw new Error('model');
    // x² + 2y² by hand at (1, 0.5): f = 1.5, ∂x = 2, ∂y = 2.
    const p = m.value.at(1, 0.5);
    expect([p.f, p.fx, p.fy]).toEqual([1.5, 2, 2]);
    expect(m.value.objective.value(1, 0.5)).toBe(1.5);
  });
});

describe('formulas in the student\'s own names', () => {
  it('writes the partials of a loss in (w1, w2) with w₁, w₂, while computing on (x, y)', () => {
    const e = parseExpr('w1^2 w2 + 3w2', { variables: ['w1', 'w2'] });
    if (!e.ok) throw new Error('parse');
    // The scene renames w1 → x, w2 → y before computing; the model writes the names back.
    const xy = parseExpr('x^2 y + 3y', { variables: ['x', 'y'] });
    if (!xy.ok) throw new Error('parse');
    const m = createPointModel(xy.value, ['w1', 'w2']);
    if (!m.ok) throw new Error('model');
    // ∂/∂w1 = 2 w1 w2, ∂/∂w2 = w1² + 3.
    expect(m.value.partialXLatex).toContain('w_{1}');
    expect(m.value.partialXLatex).toContain('w_{2}');
    expect(m.value.partialXLatex).not.toMatch(/[xy]/);
    expect(m.value.partialYLatex).toContain('w_{1}');
    expect(m.value.partialYLatex).not.toMatch(/[xy]/);
    expect(m.value.at(2, 5).fx).toBeCloseTo(2 * 2 * 5, 12);
    expect(m.value.at(2, 5).fy).toBeCloseTo(4 + 3, 12);
  });
});

describe('tangent plane', () => {
  it('touches the surface to first order', () => {
    const m = model('sin(x) cos(y) + 0.1(x^2 + y^2)');
    const p = m.at(0.7, -0.3);
    for (const h of [1e-2, 1e-3]) {
      const gap = Math.abs(m.evaluate(0.7 + h, -0.3 + h) - tangentPlaneAt(p, 0.7 + h, -0.3 + h));
      // Second-order contact: the gap shrinks like h² (bounded by ½‖H‖·2h² with ‖H‖ ≤ 2 here).
      expect(gap).toBeLessThan(4 * h * h);
    }
  });
  it('prints the plane with numbers substituted', () => {
    const p = model('x^2 + 2y^2').at(1, -0.5);
    // f = 1.5, fx = 2, fy = −2: z = 1.5 + 2(x − 1) − 2(y + 0.5)
    expect(tangentPlaneLatex(p)).toBe('z = 1.5 + 2\\left(x - 1\\right) - 2\\left(y + 0.5\\right)');
    expect(tangentPlaneLatex(model('x^2 + 2y^2').at(0, 0))).toBe('z = 0 + 0x + 0y');
  });
});

describe('directional derivative', () => {
  it('is ‖∇f‖ along ∇f, 0 along the contour and −‖∇f‖ against it', () => {
    const p = model('x^2 + 2y^2').at(1, 0.5); // ∇f = (2, 2)
    const t = gradientAngle(p);
    expect(t).toBeCloseTo(Math.PI / 4, 14);
    expect(directionalAt(p, t)).toBeCloseTo(p.gradNorm, 12);
    expect(directionalAt(p, t + Math.PI / 2)).toBeCloseTo(0, 12);
    expect(directionalAt(p, t + Math.PI)).toBeCloseTo(-p.gradNorm, 12);
  });
  it('matches a finite difference of f along u', () => {
    const m = model('sin(x) cos(y) + 0.1(x^2 + y^2)');
    const p = m.at(0.4, 1.1);
    for (const th of [0, 1, 2.5, 4, 5.9]) {
      const h = 1e-5;
      const fd = (m.evaluate(0.4 + h * Math.cos(th), 1.1 + h * Math.sin(th)) - m.evaluate(0.4 - h * Math.cos(th), 1.1 - h * Math.sin(th))) / (2 * h);
      expect(directionalAt(p, th)).toBeCloseTo(fd, 8);
    }
  });
  it('has no steepest direction at a critical point, and wraps angles', () => {
    expect(gradientAngle(model('x^2 + y^2').at(0, 0))).toBeNaN();
    expect(gradientAngle(model('-y').at(0, 0))).toBeCloseTo(1.5 * Math.PI, 14);
    expect(wrapAngle(-Math.PI / 2)).toBeCloseTo(1.5 * Math.PI, 14);
    expect(wrapAngle(7)).toBeCloseTo(7 - 2 * Math.PI, 14);
  });
});

describe('bounded symbolic work (issue 12)', () => {
  it('x^x^…^x (240 levels): numbers from the tape, no symbolic partial', () => {
    const r = parseExpr(Array(240).fill('x').join('^'), { variables: ['x', 'y'] });
    if (!r.ok) throw new Error('parse');
    const m = createPointModel(r.value);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value.partialXLatex).toBeNull();
    expect(m.value.symbolicX).toBeNull();
    // ∂/∂y is 0 (no y): small and shown.
    expect(m.value.partialYLatex).toBe('0');
    // At x = 1 every tower is 1 and d/dx x^x^…^x = 1 (each level adds ln 1 = 0 terms but one).
    const p = m.value.at(1, 0);
    expect(p.f).toBe(1);
    expect(p.fx).toBeCloseTo(1, 12);
  });
});
