import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '../ast';
import { compileVectorized } from '../compile-grid';
import { evaluateExpr } from '../evaluate';
import { parseExpr } from '../parse';
import { close, exprArb } from '../test-arbitrary';
import { emitFormulaModule, WASM_CHUNK } from './emit';
import { adoptCompiled, exportCompiled, setWasmBackend, wasmAvailable, wasmScalarFn, wasmScalarFnAsync, wasmFnsIfCompiled, wasmVectorFn } from './wasm-vector';
import type { WasmApi } from './wasm-api';
import { wasmApi } from './wasm-api';

const V = ['x', 'y', 'w1'];
function f(text: string, vars: readonly string[] = V): Expr {
  const r = parseExpr(text, { variables: vars });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

/** Same IEEE value (NaN matches any NaN; +0 and −0 differ). */
const same = (a: number | undefined, b: number | undefined): boolean =>
  (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);

/** Runs `e` through the wasm backend and the JS tape at every point; returns both outputs. */
function both(e: Expr, pts: readonly (readonly number[])[], vars: readonly string[] = V): { wasm: Float64Array; js: Float64Array } {
  const cols = vars.map((_, k) => Float64Array.from(pts.map((p) => p[k] ?? 0)));
  const w = compileVectorized(e, vars);
  const j = compileVectorized(e, vars, { backend: 'js' });
  if (!w.ok || !j.ok) throw new Error('compile failed');
  const wasm = new Float64Array(pts.length);
  const js = new Float64Array(pts.length);
  w.value.evaluate(cols, wasm);
  j.value.evaluate(cols, js);
  return { wasm, js };
}

const EDGES = [0, -0, 1, -1, 2, -2.5, 0.5, 1e-7, -1e-300, 1e300, 3.75, Number.NaN, Infinity, -Infinity];

afterEach(() => {
  vi.unstubAllGlobals();
  setWasmBackend(true);
});

describe('wasm formula backend', () => {
  it('is what compileVectorized uses here (Node has WebAssembly)', () => {
    expect(wasmAvailable()).toBe(true);
    expect(wasmVectorFn(f('x*y + 1'), V)).toBeDefined();
    // Constants and bare variables need no loop: the JS evaluator fills or copies them.
    expect(wasmVectorFn(f('2^3'), V)).toBeUndefined();
    expect(wasmVectorFn(f('y'), V)).toBeUndefined();
  });

  it('as a scalar function, agrees bit for bit with the JS evaluator, point by point, whatever other formula ran between (property)', () => {
    const point = fc.tuple(
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true }), fc.double()),
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true })),
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true })),
    );
    // Another formula's module shares the memory: evaluating it between two calls must not leak.
    const other = wasmVectorFn(f('sin(x) + y*w1'), V);
    fc.assert(
      fc.property(exprArb(V), fc.array(point, { minLength: 1, maxLength: 20 }), (e, pts) => {
        const scalar = wasmScalarFn(e, V);
        const { js } = both(e, pts);
        if (!scalar) {
          // Only formulas without a loop (constants, a bare variable) have no scalar module.
          expect(emitFormulaModule(e, V)).toBeUndefined();
          return;
        }
        pts.forEach((p, i) => {
          other?.evaluate([Float64Array.of(9), Float64Array.of(8), Float64Array.of(7)], new Float64Array(1));
          const got = scalar(p);
          expect(same(got, js[i]), `point ${i}: scalar ${got} js ${js[i]}`).toBe(true);
        });
      }),
      { seed: 7, numRuns: 300 },
    );
    // A missing argument reads as NaN, as in the vector form.
    expect(wasmScalarFn(f('x + y'), V)?.([1])).toBeNaN();
  });

  it('compiled off the thread (wasmScalarFnAsync), gives the synchronous form\'s numbers, bit for bit (property)', async () => {
    const point = fc.tuple(fc.double({ min: -4, max: 4, noNaN: true }), fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true })), fc.double({ min: -4, max: 4, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(exprArb(V), fc.array(point, { minLength: 1, maxLength: 10 }), async (e, pts) => {
        // A fresh cache each run, so the module really is compiled asynchronously.
        setWasmBackend(true);
        const later = await wasmScalarFnAsync(e, V);
        const now = wasmScalarFn(e, V);
        expect(later === undefined).toBe(now === undefined);
        const { js } = both(e, pts);
        pts.forEach((p, i) => expect(same(later?.(p) ?? js[i], js[i]), `point ${i}`).toBe(true));
      }),
      { seed: 11, numRuns: 100 },
    );
  });

  it('hands a compiled module to another realm, which instantiates it for that formula without compiling', () => {
    setWasmBackend(true);
    const rosen = f('(1 - x)^2 + 100(y - x^2)^2', ['x', 'y']);
    const other = f('sin(x) cos(y)', ['x', 'y']);
    expect(exportCompiled(rosen, ['x', 'y'])).toBeUndefined();
    expect(wasmVectorFn(rosen, ['x', 'y'])).toBeDefined();
    const handed = exportCompiled(rosen, ['x', 'y']);
    const plan = emitFormulaModule(rosen, ['x', 'y']);
    expect(handed?.importNames).toEqual(Object.keys(plan?.imports ?? {}));
    expect([handed?.inputs, handed?.outOffset, handed?.pages]).toEqual([plan?.inputs, plan?.outOffset, plan?.pages]);
    // The receiving realm: nothing compiled yet, so nothing is served without compiling.
    setWasmBackend(true);
    expect(wasmFnsIfCompiled(rosen, ['x', 'y'])).toBeUndefined();
    if (!handed) throw new Error('no module');
    // Not a module: never used.
    adoptCompiled(rosen, { ...handed, module: {} });
    expect(wasmFnsIfCompiled(rosen, ['x', 'y'])).toBeUndefined();
    adoptCompiled(rosen, handed);
    // Only for the tree it was handed with.
    expect(wasmFnsIfCompiled(other, ['x', 'y'])).toBeUndefined();
    const fns = wasmFnsIfCompiled(rosen, ['x', 'y']);
    // (1 − x)² + 100(y − x²)² by hand at (−1.5, 2.25) and (2, −1): 6.25 and 1 + 100·25.
    expect(fns?.scalar([-1.5, 2.25])).toBe(6.25);
    expect(fns?.scalar([2, -1])).toBe(2501);
    const out = new Float64Array(2);
    fns?.vector.evaluate([Float64Array.of(-1.5, 2), Float64Array.of(2.25, -1)], out);
    expect([...out]).toEqual([6.25, 2501]);
  });

  it('agrees with the reference evaluator (1e-12 relative) and bit for bit with the JS evaluator on random trees (property)', () => {
    const point = fc.tuple(
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true }), fc.double()),
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true })),
      fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -4, max: 4, noNaN: true })),
    );
    fc.assert(
      fc.property(exprArb(V), fc.array(point, { minLength: 1, maxLength: 30 }), (e, pts) => {
        const plan = emitFormulaModule(e, V);
        if (plan) expect(wasmApi()?.validate(plan.bytes)).toBe(true);
        const { wasm, js } = both(e, pts);
        pts.forEach((p, i) => {
          expect(same(wasm[i], js[i]), `point ${i}: wasm ${wasm[i]} js ${js[i]}`).toBe(true);
          expect(close(wasm[i] ?? 0, evaluateExpr(e, V, p)), `point ${i} vs reference`).toBe(true);
        });
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it('keeps IEEE semantics at domain edges (values computed by hand)', () => {
    const cases: readonly [string, number, number, number][] = [
      ['ln(x)', -1, 0, Number.NaN],
      ['ln(x)', 0, 0, -Infinity],
      ['x^y', 0, 0, 1],
      ['x^y', -8, 1 / 3, Number.NaN],
      ['x^3', -2, 0, -8],
      ['x^(-1)', -0, 0, -Infinity],
      ['x^(-2)', 0, 0, Infinity],
      ['x / y', 1, 0, Infinity],
      ['x / y', -1, 0, -Infinity],
      ['x / y', 0, 0, Number.NaN],
      ['sqrt(x)', -1, 0, Number.NaN],
      ['sign(x)', -0, 0, -0],
      ['sign(x)', Number.NaN, 0, Number.NaN],
      ['sign(x) + y', -3, 0, -1],
      ['relu(x)', Number.NaN, 0, 0],
      ['relu(x)', -0, 0, 0],
      ['sigmoid(x)', Infinity, 0, 1],
      ['sigmoid(x)', -Infinity, 0, 0],
      ['sigmoid(x)', -1000, 0, 0],
      ['log(x, y)', 8, 2, 3],
      ['nthRoot(x, y)', -8, 3, -2],
      ['cot(x)', 0, 0, Infinity],
      ['abs(x) * y', -2, 3, 6],
      ['-x', 0, 0, -0],
      ['x - x', Infinity, 0, Number.NaN],
    ];
    for (const [text, x, y, want] of cases) {
      const { wasm } = both(f(text, ['x', 'y']), [[x, y]], ['x', 'y']);
      expect(same(wasm[0], want), `${text} at (${x}, ${y}) = ${wasm[0]}, want ${want}`).toBe(true);
      expect(same(wasm[0], evaluateExpr(f(text, ['x', 'y']), ['x', 'y'], [x, y])) || close(wasm[0] ?? 0, want)).toBe(true);
    }
  });

  it('samples more points than one chunk, Float32 in and out, honours length and missing inputs', () => {
    const n = 2 * WASM_CHUNK + 123;
    const xs = new Float32Array(n).map((_, i) => -3 + i * 1e-4);
    const ys = new Float32Array(n).map((_, i) => 2 - i * 5e-5);
    const out = new Float32Array(n + 5).fill(-7);
    const v = compileVectorized(f('sin(x)*cos(y) + 0.1*(x^2+y^2)', ['x', 'y']), ['x', 'y']);
    if (!v.ok) throw new Error();
    v.value.evaluate([xs, ys], out);
    for (let i = 0; i < n; i += 97) {
      const a = xs[i] ?? 0;
      const b = ys[i] ?? 0;
      expect(out[i]).toBe(Math.fround(Math.sin(a) * Math.cos(b) + 0.1 * (a * a + b * b)));
    }
    expect(out[n]).toBe(-7);
    const short = new Float64Array(4).fill(-7);
    v.value.evaluate([Float64Array.from([0, 1, 2, 3]), Float64Array.from([0, 0, 0, 0])], short, 2);
    expect(Array.from(short)).toEqual([0, Math.sin(1) + 0.1, -7, -7]);
    const miss = new Float64Array(3);
    v.value.evaluate([Float64Array.from([1, 2, 3])], miss);
    expect(miss.every(Number.isNaN)).toBe(true);
  });

  it('keeps formulas apart: cached modules share one memory that may grow under them', () => {
    const a = wasmVectorFn(f('x*y', ['x', 'y']), ['x', 'y']);
    const xs = Float64Array.from([1, 2, 3]);
    const ys = Float64Array.from([4, 5, 6]);
    const out = new Float64Array(3);
    a?.evaluate([xs, ys], out);
    expect(Array.from(out)).toEqual([4, 10, 18]);
    // Six variables need more slots: the shared memory grows, detaching the old buffer.
    const six = ['a', 'b', 'c', 'd', 'e', 'g'];
    const big = wasmVectorFn(f('a + b + c + d + e + g', six), six);
    const cols = six.map((_, k) => Float64Array.from([k, k, k]));
    const out6 = new Float64Array(3);
    big?.evaluate(cols, out6);
    expect(Array.from(out6)).toEqual([15, 15, 15]);
    a?.evaluate([xs, ys], out);
    expect(Array.from(out)).toEqual([4, 10, 18]);
    // The same formula compiled again reuses the module and still gives the same values.
    const again = wasmVectorFn(f('x*y', ['x', 'y']), ['x', 'y']);
    again?.evaluate([ys, xs], out);
    expect(Array.from(out)).toEqual([4, 10, 18]);
  });
});

describe('fallback to the JS evaluator', () => {
  const e = (): Expr => f('(1 - x)^2 + 100(y - x^2)^2', ['x', 'y']);
  const xs = Float64Array.from([0, 1, -1.5, 2]);
  const ys = Float64Array.from([0, 1, 2.25, -1]);
  const want = [1, 0, 6.25, 2501]; // (1−x)² + 100(y−x²)² by hand: 1, 0, 2.5² + 0, 1 + 100·25

  const sample = (): number[] => {
    const v = compileVectorized(e(), ['x', 'y']);
    if (!v.ok) throw new Error();
    const out = new Float64Array(4);
    v.value.evaluate([xs, ys], out);
    return Array.from(out);
  };

  it('when the backend is switched off', () => {
    setWasmBackend(false);
    expect(wasmVectorFn(e(), ['x', 'y'])).toBeUndefined();
    expect(sample()).toEqual(want);
  });

  it('when there is no WebAssembly global', () => {
    vi.stubGlobal('WebAssembly', undefined);
    setWasmBackend(true);
    expect(wasmAvailable()).toBe(false);
    expect(sample()).toEqual(want);
  });

  it('when compiling is refused (a CSP without wasm-unsafe-eval), without throwing', () => {
    const real = wasmApi() as WasmApi;
    class Refused {
      constructor() {
        // What Chromium throws (a WebAssembly.CompileError) when the CSP lacks 'wasm-unsafe-eval'.
        throw new Error('WebAssembly.Module(): Refused to compile or instantiate WebAssembly module');
      }
    }
    vi.stubGlobal('WebAssembly', { Memory: real.Memory, Instance: real.Instance, validate: real.validate, Module: Refused });
    setWasmBackend(true);
    expect(() => sample()).not.toThrow();
    expect(wasmAvailable()).toBe(false);
    expect(sample()).toEqual(want);
  });

  it('when the background compiler refuses (async form), resolving to undefined', async () => {
    const real = wasmApi() as WasmApi;
    const compile = (): Promise<object> => Promise.reject(new Error('WebAssembly.compile(): Refused to compile'));
    vi.stubGlobal('WebAssembly', { Memory: real.Memory, Instance: real.Instance, validate: real.validate, Module: real.Module, compile });
    setWasmBackend(true);
    await expect(wasmScalarFnAsync(e(), ['x', 'y'])).resolves.toBeUndefined();
    // Switched off while compiling: nothing is installed either.
    vi.unstubAllGlobals();
    setWasmBackend(true);
    const pending = wasmScalarFnAsync(e(), ['x', 'y']);
    setWasmBackend(false);
    await expect(pending).resolves.toBeUndefined();
  });
});
