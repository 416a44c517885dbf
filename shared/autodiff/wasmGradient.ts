/**
 * The WebAssembly backend of `compileGradient` (issue 11: a gradient costs at most 4× one
 * evaluation, also in a fresh process where V8 inlines the closure evaluator completely). The
 * compiled tape's program is turned into one straight-line wasm function: a forward sweep into
 * locals, then a reverse sweep accumulating adjoints in locals — no interpreter loop, no switch,
 * no typed-array traffic per node.
 *
 * Every operation is the tape's, in the tape's order, with the same association (`adj + (g·y)·p`),
 * the same "no upstream gradient, no contribution" rule, and the transcendental functions are the
 * JS functions themselves passed in as imports (Math.sin …, as in shared/expr/wasm/emit.ts), so
 * results are bit-identical to the tape. Operations without a wasm form here (BCE, binary
 * allow-listed functions) make the generator decline; the caller then keeps the tape.
 * Only bytes this generator writes are compiled; never eval or new Function.
 */
import { UNARY } from '../expr/functions';
import { ByteWriter } from '../expr/wasm/bytes';
import { ImportTable } from '../expr/wasm/import-table';
import { F64, importObject, writeOneFunctionModule } from '../expr/wasm/module-writer';
import type { WasmMemory } from '../expr/wasm/wasm-api';
import { wasmApi } from '../expr/wasm/wasm-api';
import { wasmAvailable } from '../expr/wasm/wasm-vector';
import type { CompiledTape } from './tape';
import { TAPE_OP } from './tape';

type Fn1 = (x: number) => number;
type Fn2 = (x: number, y: number) => number;

/** A gradient module: its bytes and the functions it imports (module `m`). */
export interface GradientModule {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly imports: Readonly<Record<string, Fn1 | Fn2>>;
  /** Number of variables: gradient at memory f64 [n, 2n); args at [0, n) unless passed as parameters. */
  readonly variables: number;
  /** Arguments `vg` takes as parameters (the number of variables, or 0: all through memory). */
  readonly params: number;
  /** 64 KiB pages of the module's own memory. */
  readonly pages: number;
}

/** Largest tape turned into one function (locals are 2 per slot; engines cap a function's size). */
const MAX_SLOTS = 4000;
/** Most arguments passed as wasm parameters (the wrapper has one call shape per count). */
const MAX_PARAMS = 5;

const OP = {
  if: 0x04, else: 0x05, end: 0x0b, call: 0x10, localGet: 0x20, localSet: 0x21, localTee: 0x22,
  f64Load: 0x2b, f64Store: 0x39, i32Const: 0x41, f64Const: 0x44, f64Eq: 0x61, f64Ne: 0x62, f64Ge: 0x66,
  f64Neg: 0x9a, f64Sqrt: 0x9f, f64Add: 0xa0, f64Sub: 0xa1, f64Mul: 0xa2, f64Div: 0xa3,
} as const;

const MATH_1: Readonly<Record<number, [string, Fn1]>> = {
  [TAPE_OP.SIN]: ['sin', Math.sin], [TAPE_OP.COS]: ['cos', Math.cos], [TAPE_OP.EXP]: ['exp', Math.exp],
  [TAPE_OP.LN]: ['log', Math.log], [TAPE_OP.TANH]: ['tanh', Math.tanh],
};

class Gen {
  readonly code = new ByteWriter();
  readonly imports = new ImportTable();

  /**
   * Locals: the `params` arguments, then the value of slot s at params + s, its adjoint at
   * params + n + s, then g, t, u (scratch).
   */
  constructor(private readonly n: number, private readonly params: number) {}

  val(s: number): number {
    return this.params + s;
  }
  adj(s: number): number {
    return this.params + this.n + s;
  }
  get G(): number {
    return this.params + 2 * this.n;
  }
  get T(): number {
    return this.params + 2 * this.n + 1;
  }
  get U(): number {
    return this.params + 2 * this.n + 2;
  }

  private fn(name: string, f: Fn1 | Fn2, arity: 1 | 2): number {
    return this.imports.index(name, f, arity);
  }

  call(name: string, f: Fn1): void {
    this.code.byte(OP.call).u32(this.fn(name, f, 1));
  }

  call2(name: string, f: Fn2): void {
    this.code.byte(OP.call).u32(this.fn(name, f, 2));
  }
  get(l: number): void {
    this.code.byte(OP.localGet).u32(l);
  }
  set(l: number): void {
    this.code.byte(OP.localSet).u32(l);
  }
  tee(l: number): void {
    this.code.byte(OP.localTee).u32(l);
  }
  f64(v: number): void {
    this.code.byte(OP.f64Const).f64(v);
  }
  op(o: number): void {
    this.code.byte(o);
  }

  /** adj[s] = adj[s] + (value on the stack): push nothing before, call after pushing the term. */
  accumulate(s: number, sign: 1 | -1, pushTerm: () => void): void {
    this.get(this.adj(s));
    pushTerm();
    this.op(sign === 1 ? OP.f64Add : OP.f64Sub);
    this.set(this.adj(s));
  }

  /** Pushes tape.ts's powInt(x, c) for the integer constant c, unrolled (same multiplications). */
  powInt(x: number, c: number): void {
    let e = Math.abs(c);
    let base = x;
    let rIsOne = true;
    while (e > 0) {
      if ((e & 1) === 1) {
        // r = 1 · base is base exactly, so the first product is a copy.
        if (rIsOne) this.get(base);
        else {
          this.get(this.T);
          this.get(base);
          this.op(OP.f64Mul);
        }
        this.set(this.T);
        rIsOne = false;
      }
      e >>= 1;
      if (e > 0) {
        this.get(base);
        this.get(base);
        this.op(OP.f64Mul);
        this.set(this.U);
        base = this.U;
      }
    }
    if (c < 0) this.f64(1);
    if (rIsOne) this.f64(1);
    else this.get(this.T);
    if (c < 0) this.op(OP.f64Div);
  }

  /** Pushes functions.ts's sigmoid(x): x ≥ 0 ? 1/(1 + e^−x) : e^x/(1 + e^x). */
  sigmoid(x: number): void {
    this.get(x);
    this.f64(0);
    this.op(OP.f64Ge);
    this.code.byte(OP.if).byte(F64);
    this.f64(1);
    this.f64(1);
    this.get(x);
    this.op(OP.f64Neg);
    this.call('exp', Math.exp);
    this.op(OP.f64Add);
    this.op(OP.f64Div);
    this.op(OP.else);
    this.get(x);
    this.call('exp', Math.exp);
    this.tee(this.U);
    this.f64(1);
    this.get(this.U);
    this.op(OP.f64Add);
    this.op(OP.f64Div);
    this.op(OP.end);
  }
}

/**
 * The straight-line gradient module of `tape`, or undefined when some operation has no wasm form
 * here or the output is not an operation (a constant or a bare variable: the tape is as fast).
 */
export function emitGradientModule(tape: CompiledTape): GradientModule | undefined {
  const nv = tape.variableIds.length;
  const n = tape.size;
  if (n > MAX_SLOTS) return undefined;
  const all = tape.variableIds.map((_, j) => j);
  const partial = tape.partial(all);
  const p = partial.program;
  if (!p.outputVaries || p.ops.length === 0 || p.ops[p.ops.length - 1] !== p.out) return undefined;
  // The constants the operations read (folded at compile time, independent of the arguments).
  const store = new Float64Array(partial.recordSize);
  partial.record(new Float64Array(nv), store, 0);
  const constants = new Map<number, number>();
  p.frontier.forEach((s, k) => constants.set(s, store[k] as number));

  // Up to MAX_PARAMS arguments are passed as parameters (no copy through memory), more through memory.
  const params = nv <= MAX_PARAMS ? nv : 0;
  const g = new Gen(n, params);
  const val = (s: number): number => g.val(s);
  const adj = (s: number): number => g.adj(s);
  // Arguments: memory f64 [0, nv) → the variables' value locals (a later duplicate wins, as in the tape).
  p.varyingSlots.forEach((s, j) => {
    if (s < 0) return;
    if (params > 0) g.get(j);
    else g.code.byte(OP.i32Const).s32(0).byte(OP.f64Load).u32(3).u32(j * 8);
    g.set(val(s));
  });
  for (const [s, c] of constants) {
    g.f64(c);
    g.set(val(s));
  }

  const sumArgs = (i: number): number[] => {
    const start = p.argA[i] as number;
    return Array.from(p.sumArgs.subarray(start, start + (p.argB[i] as number)));
  };

  // Forward sweep.
  for (const i of p.ops) {
    const a = p.argA[i] as number;
    const b = p.argB[i] as number;
    const code = p.codes[i] as number;
    const bin = (o: number): void => {
      g.get(val(a));
      g.get(val(b));
      g.op(o);
    };
    switch (code) {
      case TAPE_OP.ADD: bin(OP.f64Add); break;
      case TAPE_OP.SUB: bin(OP.f64Sub); break;
      case TAPE_OP.MUL: bin(OP.f64Mul); break;
      case TAPE_OP.DIV: bin(OP.f64Div); break;
      case TAPE_OP.SQUARE: g.get(val(a)); g.get(val(a)); g.op(OP.f64Mul); break;
      case TAPE_OP.NEG: g.get(val(a)); g.op(OP.f64Neg); break;
      case TAPE_OP.SQRT: g.get(val(a)); g.op(OP.f64Sqrt); break;
      case TAPE_OP.POW_INT: {
        const c = constants.get(b);
        if (c === undefined) return undefined;
        g.powInt(val(a), c);
        break;
      }
      case TAPE_OP.POW: case TAPE_OP.POW_CONST: g.get(val(a)); g.get(val(b)); g.call2('pow', Math.pow); break;
      case TAPE_OP.SIGMOID: g.sigmoid(val(a)); break;
      case TAPE_OP.SUM:
        g.f64(0);
        for (const s of sumArgs(i)) {
          g.get(val(s));
          g.op(OP.f64Add);
        }
        break;
      case TAPE_OP.HALF_SQ_ERR:
        g.f64(0.5);
        bin(OP.f64Sub);
        g.op(OP.f64Mul);
        bin(OP.f64Sub);
        g.op(OP.f64Mul);
        break;
      case TAPE_OP.UNARY_FN: {
        const f = p.unaryFn(i);
        if (f === undefined) return undefined;
        const name = `u_${unaryName(f)}`;
        g.get(val(a));
        g.call(name, f.eval);
        break;
      }
      default: {
        const m = MATH_1[code];
        if (m === undefined) return undefined;
        g.get(val(a));
        g.call(m[0], m[1]);
      }
    }
    g.set(val(i));
  }

  // Reverse sweep: adjoint locals start at +0 (wasm zero-initialises locals), as the tape's do.
  g.f64(1);
  g.set(adj(p.out));
  const G = g.G;
  for (let k = p.ops.length - 1; k >= 0; k--) {
    const i = p.ops[k] as number;
    const a = p.argA[i] as number;
    const b = p.argB[i] as number;
    const code = p.codes[i] as number;
    const x = val(a);
    const y = val(b);
    const z = val(i);
    // Same convention as the tape: no upstream gradient, no contribution (avoids 0·∞).
    g.get(adj(i));
    g.tee(G);
    g.f64(0);
    g.op(OP.f64Ne);
    g.code.byte(OP.if).byte(0x40);
    const gy = (): void => {
      g.get(G);
      g.get(y);
      g.op(OP.f64Mul);
    };
    const gx = (): void => {
      g.get(G);
      g.get(x);
      g.op(OP.f64Mul);
    };
    const justG = (): void => g.get(G);
    switch (code) {
      case TAPE_OP.MUL: g.accumulate(a, 1, gy); g.accumulate(b, 1, gx); break;
      case TAPE_OP.ADD: g.accumulate(a, 1, justG); g.accumulate(b, 1, justG); break;
      case TAPE_OP.SUB: g.accumulate(a, 1, justG); g.accumulate(b, -1, justG); break;
      case TAPE_OP.SQUARE:
        // 2 * g * x = (2·g)·x
        g.accumulate(a, 1, () => { g.f64(2); g.get(G); g.op(OP.f64Mul); g.get(x); g.op(OP.f64Mul); });
        break;
      case TAPE_OP.POW_INT: {
        const c = constants.get(b) ?? Number.NaN;
        // g * y * powInt(x, y − 1)
        g.accumulate(a, 1, () => { gy(); g.powInt(x, c - 1); g.op(OP.f64Mul); });
        break;
      }
      case TAPE_OP.DIV:
        g.accumulate(a, 1, () => { g.get(G); g.get(y); g.op(OP.f64Div); });
        // (g * x) / (y * y)
        g.accumulate(b, -1, () => { gx(); g.get(y); g.get(y); g.op(OP.f64Mul); g.op(OP.f64Div); });
        break;
      case TAPE_OP.NEG: g.accumulate(a, -1, justG); break;
      case TAPE_OP.SIGMOID:
        // g * z * (1 − z)
        g.accumulate(a, 1, () => { g.get(G); g.get(z); g.op(OP.f64Mul); g.f64(1); g.get(z); g.op(OP.f64Sub); g.op(OP.f64Mul); });
        break;
      case TAPE_OP.TANH:
        // g * (1 − z·z)
        g.accumulate(a, 1, () => { g.get(G); g.f64(1); g.get(z); g.get(z); g.op(OP.f64Mul); g.op(OP.f64Sub); g.op(OP.f64Mul); });
        break;
      case TAPE_OP.EXP: g.accumulate(a, 1, () => { g.get(G); g.get(z); g.op(OP.f64Mul); }); break;
      case TAPE_OP.SIN: g.accumulate(a, 1, () => { g.get(G); g.get(x); g.call('cos', Math.cos); g.op(OP.f64Mul); }); break;
      case TAPE_OP.COS: g.accumulate(a, -1, () => { g.get(G); g.get(x); g.call('sin', Math.sin); g.op(OP.f64Mul); }); break;
      case TAPE_OP.LN: g.accumulate(a, 1, () => { g.get(G); g.get(x); g.op(OP.f64Div); }); break;
      case TAPE_OP.SQRT:
        // g / (2 * z)
        g.accumulate(a, 1, () => { g.get(G); g.f64(2); g.get(z); g.op(OP.f64Mul); g.op(OP.f64Div); });
        break;
      case TAPE_OP.SUM:
        for (const s of sumArgs(i)) g.accumulate(s, 1, justG);
        break;
      case TAPE_OP.HALF_SQ_ERR: {
        const gd = (): void => { g.get(G); g.get(x); g.get(y); g.op(OP.f64Sub); g.op(OP.f64Mul); };
        g.accumulate(a, 1, gd);
        g.accumulate(b, -1, gd);
        break;
      }
      case TAPE_OP.POW:
      case TAPE_OP.POW_CONST: {
        // g * y * Math.pow(x, y − 1)
        g.accumulate(a, 1, () => { gy(); g.get(x); g.get(y); g.f64(1); g.op(OP.f64Sub); g.call2('pow', Math.pow); g.op(OP.f64Mul); });
        if (code === TAPE_OP.POW) {
          // g * powExponentPartial(x, z) = g * (z === 0 ? 0 : z·ln x)
          g.accumulate(b, 1, () => {
            g.get(G);
            g.get(z);
            g.f64(0);
            g.op(OP.f64Eq);
            g.code.byte(OP.if).byte(F64);
            g.f64(0);
            g.op(OP.else);
            g.get(z);
            g.get(x);
            g.call('log', Math.log);
            g.op(OP.f64Mul);
            g.op(OP.end);
            g.op(OP.f64Mul);
          });
        }
        break;
      }
      case TAPE_OP.UNARY_FN: {
        const f = p.unaryFn(i);
        if (f === undefined) return undefined;
        const name = `d_${unaryName(f)}`;
        g.accumulate(a, 1, () => { g.get(G); g.get(x); g.get(z); g.call2(name, f.deriv); g.op(OP.f64Mul); });
        break;
      }
      default:
        return undefined;
    }
    g.op(OP.end);
  }
  // Gradient: memory f64 [nv, 2nv) (0 for a variable absent from the formula).
  p.varyingSlots.forEach((s, j) => {
    g.code.byte(OP.i32Const).s32(0);
    if (s >= 0) g.get(adj(s));
    else g.f64(0);
    g.code.byte(OP.f64Store).u32(3).u32((nv + j) * 8);
  });
  g.get(val(p.out));
  g.op(OP.end);

  const body = new ByteWriter();
  body.u32(1).u32(2 * n + 3).byte(F64);
  body.bytes(g.code.finish());

  const pages = Math.max(1, Math.ceil((2 * nv * 8) / 65536));
  const bytes = writeOneFunctionModule({
    imports: g.imports,
    params: Array<number>(params).fill(F64),
    results: [F64],
    memory: { imported: false, pages, exportAs: 'mem' },
    exportAs: 'vg',
    body,
  });
  return { bytes, imports: importObject(g.imports), variables: nv, params, pages };
}

function unaryName(f: unknown): string {
  return Object.keys(UNARY).find((k) => UNARY[k as keyof typeof UNARY] === f) ?? 'fn';
}

/** CompiledTape.valueAndGradient's signature. */
export type ValueAndGradient = (args: ArrayLike<number>, gradOut: Float64Array) => number;

interface Instance {
  readonly vg: (...args: number[]) => number;
  readonly view: Float64Array;
  /** The compiled WebAssembly.Module (for handing to another thread: see `exportGradient`). */
  readonly module: object;
}

/** A compiled gradient module and what using it needs, as posted between threads. */
export interface HandedGradient {
  readonly module: object;
  readonly params: number;
  readonly variables: number;
  /** Its imports' names (the functions are this realm's own: `gradientImports`). */
  readonly importNames: readonly string[];
}

/**
 * Instances kept per distinct module (a few kB each). Sharing one between tapes is safe: a call
 * copies its arguments in and its gradient out synchronously, and the imports never re-enter.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, Instance>();

function keyOf(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

function cached(key: string): Instance | undefined {
  const hit = cache.get(key);
  if (!hit) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return hit;
}

/** Instantiates a compiled module and caches it; undefined when the engine refuses. */
function adopt(mod: GradientModule, key: string, module: object): Instance | undefined {
  try {
    const api = wasmApi();
    if (!api) return undefined;
    const instance = new api.Instance(module, { m: { ...mod.imports } });
    const vg = instance.exports['vg'];
    const mem = instance.exports['mem'] as WasmMemory | undefined;
    if (typeof vg !== 'function' || mem === undefined) return undefined;
    const made: Instance = { vg: vg as (...args: number[]) => number, view: new Float64Array(mem.buffer), module };
    cache.set(key, made);
    if (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return made;
  } catch {
    return undefined;
  }
}

function instantiate(mod: GradientModule): Instance | undefined {
  const key = keyOf(mod.bytes);
  const hit = cached(key);
  if (hit) return hit;
  try {
    const api = wasmApi();
    if (!api) return undefined;
    return adopt(mod, key, new api.Module(mod.bytes));
  } catch {
    // An engine limit or a CSP without 'wasm-unsafe-eval': the tape serves.
    return undefined;
  }
}

/**
 * `tape.valueAndGradient` as one wasm call (bit-identical results), or undefined when WebAssembly
 * is unavailable or the tape has an operation the generator does not emit: keep the tape's then.
 */
export function wasmValueAndGradient(tape: CompiledTape): ValueAndGradient | undefined {
  if (!wasmAvailable()) return undefined;
  const mod = emitGradientModule(tape);
  if (!mod) return undefined;
  const inst = instantiate(mod);
  return inst ? sweepOf(mod, inst) : undefined;
}

/**
 * `wasmValueAndGradient` with the module compiled off the calling thread (WebAssembly.compile):
 * only writing its bytes costs the caller's frame. Resolves to undefined where the synchronous
 * form returns it.
 */
export async function wasmValueAndGradientAsync(tape: CompiledTape): Promise<ValueAndGradient | undefined> {
  if (!wasmAvailable()) return undefined;
  const mod = emitGradientModule(tape);
  if (!mod) return undefined;
  const key = keyOf(mod.bytes);
  const hit = cached(key);
  if (hit) return sweepOf(mod, hit);
  const api = wasmApi();
  if (!api) return undefined;
  let module: object;
  try {
    module = await api.compile(mod.bytes);
  } catch {
    return undefined;
  }
  if (!wasmAvailable()) return undefined;
  const inst = cached(key) ?? adopt(mod, key, module);
  return inst ? sweepOf(mod, inst) : undefined;
}

/** The import functions a gradient module names, as emitGradientModule gives them; undefined for any other name. */
export function gradientImports(names: readonly string[]): Readonly<Record<string, Fn1 | Fn2>> | undefined {
  const out: Record<string, Fn1 | Fn2> = {};
  for (const name of names) {
    const math = Object.values(MATH_1).find((m) => m[0] === name);
    const unary = name.length > 2 ? UNARY[name.slice(2) as keyof typeof UNARY] : undefined;
    if (name === 'pow') out[name] = Math.pow;
    else if (math) out[name] = math[1];
    else if (unary && name.startsWith('u_')) out[name] = unary.eval;
    else if (unary && name.startsWith('d_')) out[name] = unary.deriv;
    else return undefined;
  }
  return out;
}

/**
 * `tape`'s gradient module compiled in this realm (or taken from its cache), ready to hand to
 * another thread; undefined where `wasmValueAndGradient` would give undefined. One emit: the
 * surface worker used to emit it once to compile and again to export.
 */
export function exportGradient(tape: CompiledTape): HandedGradient | undefined {
  if (!wasmAvailable()) return undefined;
  const mod = emitGradientModule(tape);
  const inst = mod ? instantiate(mod) : undefined;
  if (!mod || !inst) return undefined;
  return { module: inst.module, params: mod.params, variables: mod.variables, importNames: Object.keys(mod.imports) };
}

/**
 * The sweep of a gradient module another thread compiled (WebAssembly.Module objects are shared
 * by postMessage within a page), instantiated here; undefined when it cannot be. The caller knows
 * which formula it is for and checks it (point-model.ts).
 */
export function sweepFromHanded(handed: HandedGradient): ValueAndGradient | undefined {
  const api = wasmApi();
  const imports = gradientImports(handed.importNames);
  if (!wasmAvailable() || !api || !imports) return undefined;
  try {
    const instance = new api.Instance(handed.module, { m: { ...imports } });
    const vg = instance.exports['vg'];
    const mem = instance.exports['mem'] as WasmMemory | undefined;
    if (typeof vg !== 'function' || mem === undefined) return undefined;
    const inst: Instance = { vg: vg as (...args: number[]) => number, view: new Float64Array(mem.buffer), module: handed.module };
    return sweepOf({ params: handed.params, variables: handed.variables }, inst);
  } catch {
    return undefined;
  }
}

function sweepOf(mod: Pick<GradientModule, 'params' | 'variables'>, inst: Instance): ValueAndGradient {
  const { vg, view } = inst;
  const nv = mod.variables;
  // One call shape per arity: arguments straight into parameters, the gradient read back.
  switch (mod.params) {
    case 1:
      return (args, gradOut) => {
        const value = vg(args[0] as number);
        gradOut[0] = view[1] as number;
        return value;
      };
    case 2:
      return (args, gradOut) => {
        const value = vg(args[0] as number, args[1] as number);
        gradOut[0] = view[2] as number;
        gradOut[1] = view[3] as number;
        return value;
      };
    // Exact arity each: a call with more arguments than parameters takes a slower adapter.
    case 3:
      return (args, gradOut) => {
        const value = vg(args[0] as number, args[1] as number, args[2] as number);
        for (let j = 0; j < 3; j++) gradOut[j] = view[3 + j] as number;
        return value;
      };
    case 4:
      return (args, gradOut) => {
        const value = vg(args[0] as number, args[1] as number, args[2] as number, args[3] as number);
        for (let j = 0; j < 4; j++) gradOut[j] = view[4 + j] as number;
        return value;
      };
    case 5:
      return (args, gradOut) => {
        const value = vg(args[0] as number, args[1] as number, args[2] as number, args[3] as number, args[4] as number);
        for (let j = 0; j < 5; j++) gradOut[j] = view[5 + j] as number;
        return value;
      };
    default:
      return (args, gradOut) => {
        for (let j = 0; j < nv; j++) view[j] = args[j] as number;
        const value = vg();
        for (let j = 0; j < nv; j++) gradOut[j] = view[nv + j] as number;
        return value;
      };
  }
}
