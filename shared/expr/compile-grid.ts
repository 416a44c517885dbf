/**
 * Vectorized evaluator for sampling surfaces: the tree is compiled once into a tape of
 * whole-array operations (one tight loop per node over a chunk of points, in preallocated scratch
 * buffers that are reused as soon as a value is consumed). Interpretation overhead is paid per
 * node per chunk instead of per node per point, which is what lets a typed formula sample a
 * 256×256 grid nearly as fast as hand-written JS. No eval/new Function (CSP).
 */
import type { BinaryOp, Expr } from './ast';
import { CONST_VALUES } from './ast';
import type { ExprError } from './errors';
import type { UnaryFnName } from './functions';
import { BINARY, UNARY, isBinaryFn, sigmoid } from './functions';
import { applyBinary, evaluateExpr } from './evaluate';
import { checkVariables } from './check-variables';
import { compile, isConstantExpr } from './compile';
import type { Result } from '../result';
import { ok } from '../result';
import { wasmVectorFn } from './wasm/wasm-vector';

/** A compiled function of several variables that evaluates whole arrays of points at once. */
export interface VectorFn {
  readonly variables: readonly string[];
  /**
   * out[i] = f(inputs[0][i], inputs[1][i], …) for i < length. `inputs[k]` holds the values of
   * variables[k]. length defaults to out.length and is clamped to out.length and to every input's
   * length; a missing input array reads as NaN. Never throws; not reentrant (shared scratch).
   */
  evaluate(
    inputs: readonly Float64Array[] | readonly Float32Array[],
    out: Float64Array | Float32Array,
    length?: number,
  ): void;
}

/** Points per pass: small enough that every scratch buffer of a formula stays in L1/L2 cache. */
const CHUNK = 1024;

/**
 * One tape step. Kernels are top-level functions that receive their arrays as arguments: locals,
 * unlike captured variables, let V8 hoist the loads out of the loop (≈3× faster simple loops).
 */
interface Instr {
  readonly k: Kernel;
  /** Destination; the last step writes straight into the caller's `out` at offset `base`. */
  d: Arr;
  dIsOut: boolean;
  /** Sources: scratch (offset 0) or, when aInput/bInput >= 0, that caller input (offset `base`). */
  a: Arr;
  readonly aInput: number;
  b: Arr;
  readonly bInput: number;
  readonly c: number;
  readonly f: (x: number) => number;
  readonly g: (x: number, y: number) => number;
}

type Arr = Float64Array | Float32Array;

type Kernel = (
  n: number, d: Arr, dO: number, a: Arr, aO: number, b: Arr, bO: number, c: number,
  f: (x: number) => number, g: (x: number, y: number) => number,
) => void;

type Operand =
  | { readonly kind: 'const'; readonly value: number }
  | { readonly kind: 'buf'; readonly buf: Float64Array; readonly temp: boolean; readonly input: number };

/* Reads below are in bounds by construction (n <= CHUNK = every buffer's length); `as number`
 * only drops the `| undefined` that noUncheckedIndexedAccess adds to every index. */
const K = {
  neg: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = -(a[aO + i] as number); }) as Kernel,
  addBB: ((n, d, dO, a, aO, b, bO) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) + (b[bO + i] as number); }) as Kernel,
  subBB: ((n, d, dO, a, aO, b, bO) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) - (b[bO + i] as number); }) as Kernel,
  mulBB: ((n, d, dO, a, aO, b, bO) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) * (b[bO + i] as number); }) as Kernel,
  divBB: ((n, d, dO, a, aO, b, bO) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) / (b[bO + i] as number); }) as Kernel,
  powBB: ((n, d, dO, a, aO, b, bO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.pow(a[aO + i] as number, b[bO + i] as number); }) as Kernel,
  addBC: ((n, d, dO, a, aO, _b, _bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) + c; }) as Kernel,
  subBC: ((n, d, dO, a, aO, _b, _bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) - c; }) as Kernel,
  mulBC: ((n, d, dO, a, aO, _b, _bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) * c; }) as Kernel,
  divBC: ((n, d, dO, a, aO, _b, _bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = (a[aO + i] as number) / c; }) as Kernel,
  powBC: ((n, d, dO, a, aO, _b, _bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = Math.pow(a[aO + i] as number, c); }) as Kernel,
  sq: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) { const x = a[aO + i] as number; d[dO + i] = x * x; } }) as Kernel,
  cube: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) { const x = a[aO + i] as number; d[dO + i] = x * x * x; } }) as Kernel,
  pow4: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) { const x = a[aO + i] as number; const x2 = x * x; d[dO + i] = x2 * x2; } }) as Kernel,
  recip: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = 1 / (a[aO + i] as number); }) as Kernel,
  recipSq: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) { const x = a[aO + i] as number; d[dO + i] = 1 / (x * x); } }) as Kernel,
  subCB: ((n, d, dO, _a, _aO, b, bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = c - (b[bO + i] as number); }) as Kernel,
  divCB: ((n, d, dO, _a, _aO, b, bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = c / (b[bO + i] as number); }) as Kernel,
  powCB: ((n, d, dO, _a, _aO, b, bO, c) => { for (let i = 0; i < n; i++) d[dO + i] = Math.pow(c, b[bO + i] as number); }) as Kernel,
  sin: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.sin(a[aO + i] as number); }) as Kernel,
  cos: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.cos(a[aO + i] as number); }) as Kernel,
  tan: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.tan(a[aO + i] as number); }) as Kernel,
  exp: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.exp(a[aO + i] as number); }) as Kernel,
  ln: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.log(a[aO + i] as number); }) as Kernel,
  sqrt: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.sqrt(a[aO + i] as number); }) as Kernel,
  abs: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.abs(a[aO + i] as number); }) as Kernel,
  tanh: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = Math.tanh(a[aO + i] as number); }) as Kernel,
  sigmoid: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) d[dO + i] = sigmoid(a[aO + i] as number); }) as Kernel,
  relu: ((n, d, dO, a, aO) => { for (let i = 0; i < n; i++) { const x = a[aO + i] as number; d[dO + i] = x > 0 ? x : 0; } }) as Kernel,
  unary: ((n, d, dO, a, aO, _b, _bO, _c, f) => { for (let i = 0; i < n; i++) d[dO + i] = f(a[aO + i] as number); }) as Kernel,
  binaryFn: ((n, d, dO, a, aO, b, bO, _c, _f, g) => { for (let i = 0; i < n; i++) d[dO + i] = g(a[aO + i] as number, b[bO + i] as number); }) as Kernel,
};

const SPECIAL_UNARY: Partial<Record<UnaryFnName, Kernel>> = {
  sin: K.sin, cos: K.cos, tan: K.tan, exp: K.exp, ln: K.ln, sqrt: K.sqrt, abs: K.abs, tanh: K.tanh,
  sigmoid: K.sigmoid, relu: K.relu,
};

const BB: Readonly<Record<BinaryOp, Kernel>> = { add: K.addBB, sub: K.subBB, mul: K.mulBB, div: K.divBB, pow: K.powBB };
const BC: Readonly<Record<BinaryOp, Kernel>> = { add: K.addBC, sub: K.subBC, mul: K.mulBC, div: K.divBC, pow: K.powBC };
const POW_INT: Readonly<Record<number, Kernel>> = { 2: K.sq, 3: K.cube, 4: K.pow4, [-1]: K.recip, [-2]: K.recipSq };

/** Kernel and constant for `a op c` (array op constant). */
function bufConstKernel(op: BinaryOp, c: number): Kernel {
  return (op === 'pow' ? POW_INT[c] : undefined) ?? BC[op];
}

/** `c op b`: addition and multiplication commute, so they reuse the array-op-constant kernels. */
function constBufKernel(op: BinaryOp): { k: Kernel; swap: boolean } {
  switch (op) {
    case 'add': return { k: K.addBC, swap: true };
    case 'mul': return { k: K.mulBC, swap: true };
    case 'sub': return { k: K.subCB, swap: false };
    case 'div': return { k: K.divCB, swap: false };
    case 'pow': return { k: K.powCB, swap: false };
  }
}

const NONE = new Float64Array(0);
const idF = (x: number): number => x;
const idG = (x: number, _y: number): number => x;

interface Source {
  readonly arr: Float64Array;
  readonly input: number;
}

/** Builds the tape: post-order, allocating each result into a freed temp buffer when possible. */
class TapeBuilder {
  readonly ops: Instr[] = [];
  /** Indices of the variables the formula reads. */
  readonly inputs = new Set<number>();
  private readonly free: Float64Array[] = [];

  constructor(private readonly variables: readonly string[]) {}

  private push(
    k: Kernel, d: Float64Array, a: Source, b: Source = { arr: NONE, input: -1 }, c = 0,
    f: (x: number) => number = idF, g: (x: number, y: number) => number = idG,
  ): void {
    this.ops.push({ k, d, dIsOut: false, a: a.arr, aInput: a.input, b: b.arr, bInput: b.input, c, f, g });
  }

  private alloc(): Float64Array {
    return this.free.pop() ?? new Float64Array(CHUNK);
  }

  private release(o: Operand): void {
    if (o.kind === 'buf' && o.temp) this.free.push(o.buf);
  }

  /** A buffer holding `c` in every slot, for the rare operations without a constant fast path. */
  private materialize(o: Operand): Source {
    if (o.kind === 'buf') return { arr: o.buf, input: o.input };
    return { arr: new Float64Array(CHUNK).fill(o.value), input: -1 };
  }

  gen(e: Expr): Operand {
    if (isConstantExpr(e)) return { kind: 'const', value: evaluateExpr(e, [], []) };
    switch (e.kind) {
      case 'num':
        return { kind: 'const', value: e.value };
      case 'const':
        return { kind: 'const', value: CONST_VALUES[e.name] };
      case 'var': {
        const k = this.variables.indexOf(e.name);
        this.inputs.add(k);
        return { kind: 'buf', buf: NONE, temp: false, input: k };
      }
      case 'neg': {
        const a = this.gen(e.arg);
        const s = this.materialize(a);
        this.release(a);
        const d = this.alloc();
        this.push(K.neg, d, s);
        return { kind: 'buf', buf: d, temp: true, input: -1 };
      }
      case 'binary': {
        const l = this.gen(e.left);
        const r = this.gen(e.right);
        if (l.kind === 'const' && r.kind === 'const') return { kind: 'const', value: applyBinary(e.op, l.value, r.value) };
        if (e.op === 'pow' && r.kind === 'const' && r.value === 1) return l;
        this.release(l);
        this.release(r);
        const d = this.alloc();
        if (l.kind === 'buf' && r.kind === 'buf') this.push(BB[e.op], d, this.materialize(l), this.materialize(r));
        else if (l.kind === 'buf' && r.kind === 'const') this.push(bufConstKernel(e.op, r.value), d, this.materialize(l), undefined, r.value);
        else if (l.kind === 'const' && r.kind === 'buf') {
          const { k, swap } = constBufKernel(e.op);
          if (swap) this.push(k, d, this.materialize(r), undefined, l.value);
          else this.push(k, d, { arr: NONE, input: -1 }, this.materialize(r), l.value);
        }
        return { kind: 'buf', buf: d, temp: true, input: -1 };
      }
      case 'call': {
        const args = e.args.map((a) => this.gen(a));
        const bufs = args.map((a) => this.materialize(a));
        args.forEach((a) => this.release(a));
        const d = this.alloc();
        const a0 = bufs[0];
        const a1 = bufs[1];
        if (isBinaryFn(e.fn)) {
          const f = BINARY[e.fn].eval;
          if (a0 && a1) this.push(K.binaryFn, d, a0, a1, 0, idF, f);
          else d.fill(Number.NaN);
        } else if (a0) {
          this.push(SPECIAL_UNARY[e.fn] ?? K.unary, d, a0, undefined, 0, UNARY[e.fn].eval);
        } else {
          d.fill(Number.NaN);
        }
        return { kind: 'buf', buf: d, temp: true, input: -1 };
      }
    }
  }
}

/** Options of compileVectorized. */
export interface VectorizeOptions {
  /**
   * 'auto' (default): the WebAssembly backend (wasm/wasm-vector.ts) when this realm compiles wasm,
   * else the JS tape; 'js': always the JS tape (the reference in tests). Values are identical.
   */
  readonly backend?: 'auto' | 'js';
}

/**
 * Compiles `expr` into a whole-array evaluator over `variables` (the order of `inputs`). Fails
 * with 'unknown-variable' when the tree uses a variable that is not listed. Where WebAssembly is
 * available the formula runs as a generated wasm loop (fast whatever else the app has compiled);
 * otherwise, or with `backend: 'js'`, as a JS tape of array kernels.
 */
export function compileVectorized(
  expr: Expr,
  variables: readonly string[],
  options: VectorizeOptions = {},
): Result<VectorFn, ExprError> {
  const check = checkVariables(expr, variables);
  if (!check.ok) return check;
  if (options.backend !== 'js') {
    const w = wasmVectorFn(expr, variables);
    if (w) return ok(w);
  }
  return ok(compileJsVectorized(expr, variables));
}

/** The JS evaluator: a tape of whole-array kernels, or the closure tree when that proves faster. */
function compileJsVectorized(expr: Expr, variables: readonly string[]): VectorFn {
  const vars = [...variables];
  const tape = new TapeBuilder(vars);
  const result = tape.gen(expr);
  const ops = tape.ops;
  const inputs = [...tape.inputs];
  const last = ops[ops.length - 1];
  // The last step produces the result (post-order), so it can write straight into `out`.
  const rootIsLast = result.kind === 'buf' && result.input < 0 && last !== undefined && last.d === result.buf;
  if (rootIsLast && last) last.dIsOut = true;

  const runTape = (srcs: readonly Arr[], out: Arr, n: number): void => {
    if (result.kind === 'const') {
      out.fill(result.value, 0, n);
      return;
    }
    const missing = inputs.some((k) => !srcs[k]) ? new Float64Array(n).fill(Number.NaN) : NONE;
    const source = (k: number): Arr => srcs[k] ?? missing;
    if (result.input >= 0) {
      out.set(source(result.input).subarray(0, n));
      return;
    }
    for (const op of ops) {
      if (op.aInput >= 0) op.a = source(op.aInput);
      if (op.bInput >= 0) op.b = source(op.bInput);
      if (op.dIsOut) op.d = out;
    }
    for (let base = 0; base < n; base += CHUNK) {
      const m = Math.min(CHUNK, n - base);
      for (let j = 0; j < ops.length; j++) {
        const op = ops[j] as Instr;
        op.k(m, op.d, op.dIsOut ? base : 0, op.a, op.aInput >= 0 ? base : 0, op.b, op.bInput >= 0 ? base : 0, op.c, op.f, op.g);
      }
      if (!rootIsLast) out.set(result.buf.subarray(0, m), base);
    }
    // Drop references to the caller's arrays so a VectorFn never keeps a big grid alive.
    for (const op of ops) {
      if (op.aInput >= 0) op.a = NONE;
      if (op.bInput >= 0) op.b = NONE;
      if (op.dIsOut) op.d = NONE;
    }
  };
  // The per-point closure evaluator computes bit-identical values (same kernels' arithmetic) and
  // is faster for some formulas once V8 inlines its closure tree, slower for others: the first
  // large calls try both and keep the faster. Only speed depends on this choice, never values.
  const scalar = compile(expr, vars);
  const runScalar = (srcs: readonly Arr[], out: Arr, n: number): void => {
    if (!scalar.ok) return;
    const f = scalar.value.evaluate;
    const args = new Float64Array(vars.length).fill(Number.NaN);
    const cols = inputs.map((k) => srcs[k]);
    const [k0, k1] = inputs;
    const [c0, c1] = cols;
    // Surfaces are functions of two variables: a loop without the inner one is the common case.
    if (inputs.length === 2 && k0 !== undefined && k1 !== undefined && c0 && c1) {
      for (let i = 0; i < n; i++) {
        args[k0] = c0[i] as number;
        args[k1] = c1[i] as number;
        out[i] = f(args);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < inputs.length; j++) {
        const col = cols[j];
        args[inputs[j] as number] = col ? (col[i] as number) : Number.NaN;
      }
      out[i] = f(args);
    }
  };
  const TRIALS = 8;
  const timings = { tape: Infinity, scalar: Infinity };
  let trial = 0;
  let useScalar = false;

  const evaluate: VectorFn['evaluate'] = (srcs, out, length) => {
    let n = Math.min(length ?? out.length, out.length);
    for (const k of inputs) {
      const src = srcs[k];
      if (src) n = Math.min(n, src.length);
    }
    n = Math.max(0, Math.floor(n));
    if (result.kind === 'const' || n < 4 * CHUNK || !scalar.ok) {
      runTape(srcs, out, n);
      return;
    }
    if (trial < TRIALS) {
      const tryScalar = trial % 2 === 1;
      const t0 = performance.now();
      if (tryScalar) runScalar(srcs, out, n);
      else runTape(srcs, out, n);
      const perPoint = (performance.now() - t0) / n;
      if (tryScalar) timings.scalar = Math.min(timings.scalar, perPoint);
      else timings.tape = Math.min(timings.tape, perPoint);
      trial++;
      if (trial === TRIALS) useScalar = timings.scalar < timings.tape;
      return;
    }
    if (useScalar) runScalar(srcs, out, n);
    else runTape(srcs, out, n);
  };
  return { variables: vars, evaluate };
}
