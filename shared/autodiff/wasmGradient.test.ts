import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '../expr/ast';
import { parseExpr } from '../expr/parse';
import { exprArb, tameExprArb } from '../expr/test-arbitrary';
import { setWasmBackend } from '../expr/wasm/wasm-vector';
import { wasmApi } from '../expr/wasm/wasm-api';
import { compileGradient } from './compileGradient';
import { fromExpr } from './fromExpr';
import type { CompiledTape } from './tape';
import { compileGraph } from './tape';
import { emitGradientModule, exportGradient, gradientImports, sweepFromHanded, wasmValueAndGradient, wasmValueAndGradientAsync } from './wasmGradient';

const V = ['x', 'y', 'w1'];
function f(text: string, vars: readonly string[] = V): Expr {
  const r = parseExpr(text, { variables: vars });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

/** The interpreter tape, built the way compileGradient builds it (the reference). */
function tapeOf(e: Expr, vars: readonly string[] = V): CompiledTape {
  const { graph, outputId } = fromExpr(e, { fuse: true });
  const t = compileGraph(graph, outputId, vars, { allowAbsentVariables: true });
  if (!t.ok) throw new Error('tape failed');
  return t.value;
}

/** Same IEEE value (NaN matches any NaN; +0 and −0 differ). */
const same = (a: number | undefined, b: number | undefined): boolean =>
  (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);

/** Value and gradient of `e` at `p` by wasm (undefined if not emitted) and by the tape. */
function both(e: Expr, p: readonly number[], vars: readonly string[] = V) {
  const tape = tapeOf(e, vars);
  const vg = wasmValueAndGradient(tape);
  const gt = new Float64Array(vars.length).fill(-7);
  const vt = tape.valueAndGradient(p, gt);
  if (vg === undefined) return { wasm: undefined, tape: { value: vt, grad: gt } };
  const gw = new Float64Array(vars.length).fill(-7);
  const vw = vg(p, gw);
  return { wasm: { value: vw, grad: gw }, tape: { value: vt, grad: gt } };
}

const EDGES = [0, -0, 1, -1, 2, -2.5, 0.5, 1e-7, -1e-300, 1e300, 3.75, Number.NaN, Infinity, -Infinity];

afterEach(() => {
  vi.unstubAllGlobals();
  setWasmBackend(true);
});

describe('wasm gradient backend', () => {
  it('is what compileGradient uses here (Node has WebAssembly), and declines what it cannot emit', () => {
    const c = compileGradient(f('x*y + sin(x)'), V);
    if (!c.ok) throw new Error();
    expect(c.value.valueAndGradient).not.toBe(tapeOf(f('x*y + sin(x)')).valueAndGradient);
    // A constant or a bare variable has no operation; log(x, b) is a binary allow-listed function.
    expect(emitGradientModule(tapeOf(f('y')))).toBeUndefined();
    expect(emitGradientModule(tapeOf(f('2^3')))).toBeUndefined();
    expect(emitGradientModule(tapeOf(f('log(x, y) + x')))).toBeUndefined();
    const m = emitGradientModule(tapeOf(f('(x*y)^2 + (x + y^2)^3')));
    expect(m).toBeDefined();
    if (m) expect(wasmApi()?.validate(m.bytes)).toBe(true);
  });

  it('equals the tape bit for bit on random trees at ordinary and edge points (property)', () => {
    const coord = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true }), fc.double());
    let emitted = 0;
    fc.assert(
      fc.property(exprArb(V, 4), fc.array(fc.tuple(coord, coord, coord), { minLength: 1, maxLength: 12 }), (e, pts) => {
        const tape = tapeOf(e);
        const mod = emitGradientModule(tape);
        if (mod) {
          emitted++;
          expect(wasmApi()?.validate(mod.bytes)).toBe(true);
        }
        for (const p of pts) {
          const r = both(e, p);
          if (!r.wasm) continue;
          expect(same(r.wasm.value, r.tape.value), `value at ${p.join(', ')}`).toBe(true);
          r.tape.grad.forEach((g, j) => {
            expect(same(r.wasm?.grad[j], g), `∂/∂${V[j] ?? ''} at ${p.join(', ')}: wasm ${r.wasm?.grad[j]} tape ${g}`).toBe(true);
          });
        }
      }),
      { seed: 42, numRuns: 300 },
    );
    // The property must exercise the wasm path, not only the fallback (of these 300 trees about
    // 180 are constants or a bare variable and about 70 use log(x, b) / nthRoot, which decline).
    expect(emitted).toBeGreaterThan(40);
  });

  it('emits every non-trivial tree without binary functions, bit-identical to the tape (property)', () => {
    const W = ['x', 'y'];
    const coord = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -3, max: 3, noNaN: true }));
    fc.assert(
      fc.property(tameExprArb(W, 4), fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 8 }), (e, pts) => {
        const tape = tapeOf(e, W);
        if (tape.partial([0, 1]).varyingOps === 0) return;
        expect(emitGradientModule(tape)).toBeDefined();
        for (const p of pts) {
          const r = both(e, p, W);
          expect(same(r.wasm?.value, r.tape.value), `value at ${p.join(', ')}`).toBe(true);
          r.tape.grad.forEach((g, j) => expect(same(r.wasm?.grad[j], g), `∂/∂${W[j] ?? ''} at ${p.join(', ')}`).toBe(true));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('agrees with central finite differences on smooth formulas (property)', () => {
    const formulas = [
      '(x*y)^2 + (x + y^2)^3',
      '(1 - x)^2 + 100*(y - x^2)^2',
      'sin(x*y) + exp(-(x^2 + y^2)/2) * tanh(x - y) + cos(x)/(1 + y^2)',
      '1/2*(sigmoid(w1*x + y) - 0.3)^2',
      'ln(1 + exp(-(w1*x + y))) + 0.01*(w1^2 + y^2)',
      'sqrt(2 + x^2) * (y^4 - 3/(1 + w1^2)) + atan(x*w1)',
      '(2 + sin(x))^(1 + y^2/4) + x^(-3) * 0 + cosh(y/3)',
    ];
    const pt = fc.tuple(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true }));
    for (const text of formulas) {
      const e = f(text);
      const c = compileGradient(e, V);
      if (!c.ok) throw new Error(text);
      const tape = c.value;
      fc.assert(
        fc.property(pt, (p) => {
          if (text.includes('x^(-3)') && Math.abs(p[0]) < 0.1) return;
          const grad = new Float64Array(3);
          tape.valueAndGradient(p, grad);
          for (let j = 0; j < 3; j++) {
            const h = 1e-5 * Math.max(1, Math.abs(p[j] ?? 0));
            const up = [...p];
            const dn = [...p];
            up[j] = (up[j] ?? 0) + h;
            dn[j] = (dn[j] ?? 0) - h;
            const fd = (tape.evaluate(up) - tape.evaluate(dn)) / (2 * h);
            const g = grad[j] ?? Number.NaN;
            expect(Math.abs(g - fd), `${text} ∂/∂${V[j] ?? ''} at ${p.join(', ')}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
          }
        }),
        { seed: 42, numRuns: 60 },
      );
    }
  });

  it('matches hand-derived gradients of the chain-rule formula exactly where the arithmetic is exact', () => {
    // z = (xy)² + (x + y²)³: ∂z/∂x = 2xy² + 3(x + y²)², ∂z/∂y = 2x²y + 6y(x + y²)².
    const c = compileGradient(f('(x*y)^2 + (x + y^2)^3', ['x', 'y']), ['x', 'y']);
    if (!c.ok) throw new Error();
    const g = new Float64Array(2);
    for (const [x, y] of [[1, 2], [-3, 0.5], [0, 0], [2, -1]] as const) {
      const v = c.value.valueAndGradient([x, y], g);
      expect(v).toBe((x * y) ** 2 + (x + y * y) ** 3);
      expect(g[0]).toBe(2 * x * y * y + 3 * (x + y * y) ** 2);
      expect(g[1]).toBe(2 * x * x * y + 6 * y * (x + y * y) ** 2);
    }
  });

  it('keeps IEEE semantics at domain edges and poles (values derived by hand)', () => {
    // [formula, x, y, value, ∂/∂x, ∂/∂y]
    const cases: readonly [string, number, number, number, number, number][] = [
      // Reverse mode gives 0 for d/dx 0^u (the symbolic rule's 0^u·ln 0·u′ would be NaN).
      ['0^(2^x + x^3 + 2)', 1, 0, 0, 0, 0],
      ['1/x', 0, 0, Infinity, -Infinity, 0],
      ['1/x', -0, 0, -Infinity, -Infinity, 0],
      ['ln(x)', 0, 0, -Infinity, Infinity, 0],
      ['ln(x)', -1, 0, Number.NaN, -1, 0],
      ['sqrt(x) + y', 0, 1, 1, Infinity, 1],
      ['x^y', -8, 1 / 3, Number.NaN, Number.NaN, Number.NaN],
      ['x^y', 2, 3, 8, 12, 8 * Math.log(2)],
      ['x^y', 0, 2, 0, 0, 0],
      ['exp(x) * y', -Infinity, 3, 0, 0, 0],
      ['sigmoid(x)', Infinity, 0, 1, 0, 0],
      ['sigmoid(x)', -Infinity, 0, 0, 0, 0],
      ['tanh(x) + y', Infinity, 2, 3, 0, 1],
      ['x*y', Number.NaN, 2, Number.NaN, 2, Number.NaN],
      ['x^3 + y^(-2)', -2, 0.5, -8 + 4, 12, -16],
      // 0 · NaN^−1: no value for the slope at NaN.
      ['x^0 + y', Number.NaN, 1, 2, Number.NaN, 1],
    ];
    for (const [text, x, y, value, dx, dy] of cases) {
      const e = f(text, ['x', 'y']);
      const r = both(e, [x, y], ['x', 'y']);
      const w = r.wasm ?? r.tape;
      const label = `${text} at (${x}, ${y})`;
      expect(same(w.value, value), `${label}: value ${w.value}`).toBe(true);
      expect(same(w.grad[0], dx) || Math.abs((w.grad[0] ?? 0) - dx) < 1e-15 * Math.abs(dx), `${label}: ∂x ${w.grad[0]}`).toBe(true);
      expect(same(w.grad[1], dy) || Math.abs((w.grad[1] ?? 0) - dy) < 1e-15 * Math.abs(dy), `${label}: ∂y ${w.grad[1]}`).toBe(true);
      if (r.wasm) {
        expect(same(r.wasm.value, r.tape.value)).toBe(true);
        r.tape.grad.forEach((g, j) => expect(same(r.wasm?.grad[j], g), `${label} vs tape`).toBe(true));
      }
    }
  });

  it('gives 0 for listed variables absent from the formula, and many-variable formulas', () => {
    const vars = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'unused'];
    const e = f('a*b + c*d - e/f + g^2*h', vars);
    const c = compileGradient(e, vars);
    if (!c.ok) throw new Error();
    const g = new Float64Array(vars.length).fill(9);
    const p = [1, 2, 3, 4, 5, 8, 3, -1, 7];
    const v = c.value.valueAndGradient(p, g);
    expect(v).toBe(2 + 12 - 5 / 8 - 9);
    expect([...g]).toEqual([2, 1, 4, 3, -1 / 8, 5 / 64, -6, 9, 0]);
  });

  it('passes 1 to 5 arguments as parameters and more through memory, same results for each arity', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (let k = 1; k <= names.length; k++) {
      const vars = names.slice(0, k);
      // Σ sin(v_j)·v_{j+1}² + v_0³: every variable reaches the output through a different path.
      const text = `${vars.map((v, j) => `sin(${v})*${vars[(j + 1) % k] ?? v}^2`).join(' + ')} + ${vars[0] ?? 'a'}^3`;
      const e = f(text, vars);
      const mod = emitGradientModule(tapeOf(e, vars));
      expect(mod?.params, text).toBe(k <= 5 ? k : 0);
      const p = vars.map((_, j) => 0.3 - 0.45 * j);
      const r = both(e, p, vars);
      expect(same(r.wasm?.value, r.tape.value), text).toBe(true);
      r.tape.grad.forEach((g, j) => expect(same(r.wasm?.grad[j], g), `${text} ∂/∂${vars[j] ?? ''}`).toBe(true));
      // Independent check of ∂/∂a: cos(a)·b² + 2a·sin(last) + 3a² (for k = 1: cos(a)·a² + 2a·sin(a) + 3a²).
      const a = p[0] ?? 0;
      const b = p[1 % k] ?? 0;
      const last = p[k - 1] ?? 0;
      expect(Math.abs((r.wasm?.grad[0] ?? 0) - (Math.cos(a) * b * b + 2 * a * Math.sin(last) + 3 * a * a))).toBeLessThan(1e-14);
    }
  });

  it('compiled off the thread (wasmValueAndGradientAsync), gives the synchronous sweep\'s numbers, bit for bit', async () => {
    for (const src of ['(1 - x)^2 + 100*(y - x^2)^2', '1/2 (1/(1 + exp(-(0.8 x + 1.3 y))) - 1)^2 + 0.05 x^2', 'sin(x y) / (x^2 + y^2)']) {
      setWasmBackend(true);
      const tape = tapeOf(f(src, ['x', 'y']), ['x', 'y']);
      const later = await wasmValueAndGradientAsync(tape);
      const now = wasmValueAndGradient(tape);
      expect(later, src).toBeDefined();
      for (const p of [[0.3, -0.7], [2, 3], [0, 0], [-1e-3, 5]]) {
        const g1 = new Float64Array(2);
        const g2 = new Float64Array(2);
        const g3 = new Float64Array(2);
        const v1 = later?.(p, g1);
        const v2 = now?.(p, g2);
        const v3 = tape.valueAndGradient(p, g3);
        expect([v1, ...g1], `${src} at ${p}`).toEqual([v2, ...g2]);
        expect([v1, ...g1], `${src} at ${p}`).toEqual([v3, ...g3]);
      }
    }
  });

  it('hands its compiled module to another realm: the sweep built there from it equals the tape, bit for bit', () => {
    const srcs = ['(1 - x)^2 + 100*(y - x^2)^2', '1/2 (sigmoid(1.3 x + 2 y) - 1)^2 + 0.05 x^2', 'sin(x y) / (x^2 + y^2) + tanh(x) - ln(1 + y^2) + exp(-x) + sqrt(x^2 + 1)'];
    for (const src of srcs) {
      const tape = tapeOf(f(src, ['x', 'y']), ['x', 'y']);
      expect(wasmValueAndGradient(tape)).toBeDefined();
      const handed = exportGradient(tape);
      if (!handed) throw new Error(`no module for ${src}`);
      expect(gradientImports(handed.importNames), src).toBeDefined();
      const sweep = sweepFromHanded(handed);
      for (const p of [[0.3, -0.7], [2, 3], [0, 0], [-1e-3, 5]]) {
        const g1 = new Float64Array(2);
        const g2 = new Float64Array(2);
        const v1 = sweep?.(p, g1);
        const v2 = tape.valueAndGradient(p, g2);
        expect([v1, ...g1], `${src} at ${p}`).toEqual([v2, ...g2]);
      }
    }
    // A name it never imports: nothing to instantiate with.
    expect(gradientImports(['u_nosuch'])).toBeUndefined();
    expect(gradientImports(['pow', 'sin', 'log', 'u_sigmoid', 'd_sigmoid'])).toBeDefined();
  });

  it('falls back to the tape when WebAssembly is missing or refuses to compile', () => {
    vi.stubGlobal('WebAssembly', undefined);
    setWasmBackend(true);
    const e = f('(1 - x)^2 + 100*(y - x^2)^2', ['x', 'y']);
    expect(wasmValueAndGradient(tapeOf(e, ['x', 'y']))).toBeUndefined();
    const c = compileGradient(e, ['x', 'y']);
    if (!c.ok) throw new Error();
    const g = new Float64Array(2);
    // At (2, 3): ∂x = −2(1 − x) − 400x(y − x²) = 2 + 800, ∂y = 200(y − x²) = −200.
    expect(c.value.valueAndGradient([2, 3], g)).toBe(1 + 100);
    expect([...g]).toEqual([802, -200]);
  });
});
