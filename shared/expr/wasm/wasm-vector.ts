/**
 * The WebAssembly backend of `compileVectorized`: instantiates the module emit.ts writes for a
 * formula (once per distinct formula: modules are cached by their bytes) and wraps it as a
 * VectorFn. Returns undefined whenever WebAssembly is unavailable or refuses to compile (no
 * WebAssembly global, a CSP without 'wasm-unsafe-eval', an engine limit), so the caller falls back
 * to the JS evaluator silently. Bytes always come from our generator, never from outside.
 */
import type { Expr } from '../ast';
import type { VectorFn } from '../compile-grid';
import { WASM_CHUNK, emitFormulaModule } from './emit';
import type { WasmMemory } from './wasm-api';
import { wasmApi } from './wasm-api';

interface Compiled {
  readonly run: (n: number) => void;
}

/** Distinct formulas kept instantiated (a few kB each: they all share one memory). */
const CACHE_SIZE = 64;
const cache = new Map<string, Compiled>();

/**
 * The one memory every formula module of this realm imports: evaluation is synchronous and never
 * reentrant (the imports are pure Math functions), so the slots can be shared. It only grows, to
 * the largest formula's (inputs + 1) slots.
 */
let memory: WasmMemory | undefined;
let view = new Float64Array(0);

function ensureMemory(pages: number): WasmMemory {
  const api = wasmApi();
  if (!api) throw new Error('no WebAssembly');
  if (!memory) memory = new api.Memory({ initial: pages });
  const have = memory.buffer.byteLength / 65536;
  if (have < pages) memory.grow(pages - have);
  // grow() detaches the old buffer: always view the current one.
  if (view.buffer !== memory.buffer) view = new Float64Array(memory.buffer);
  return memory;
}

/** undefined = not probed yet. */
let available: boolean | undefined;
let enabled = true;

/** A module with no sections: compiles wherever WebAssembly is allowed at all. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Whether this realm compiles WebAssembly (probed once with an empty module, so a refusing CSP
 * is met at most once and never again per formula).
 */
export function wasmAvailable(): boolean {
  if (!enabled) return false;
  if (available === undefined) {
    try {
      const api = wasmApi();
      available = api !== undefined && new api.Module(EMPTY_MODULE) instanceof api.Module;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * Turns the backend on or off (off: every VectorFn is the JS evaluator) and forgets the probe and
 * the cache. For tests and for hosts that must not compile wasm.
 */
export function setWasmBackend(on: boolean): void {
  enabled = on;
  available = undefined;
  cache.clear();
  memory = undefined;
  view = new Float64Array(0);
}

function keyOf(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return s;
}

function instantiate(expr: Expr, variables: readonly string[]): { c: Compiled; inputs: readonly number[]; outOffset: number } | undefined {
  const plan = emitFormulaModule(expr, variables);
  if (!plan) return undefined;
  const key = keyOf(plan.bytes);
  let c = cache.get(key);
  if (c) {
    // Refresh its place in the LRU order.
    cache.delete(key);
    cache.set(key, c);
    return { c, inputs: plan.inputs, outOffset: plan.outOffset };
  }
  try {
    const api = wasmApi();
    if (!api) return undefined;
    const module = new api.Module(plan.bytes);
    const instance = new api.Instance(module, { m: { ...plan.imports, mem: ensureMemory(plan.pages) } });
    const run = instance.exports['run'];
    if (typeof run !== 'function') return undefined;
    c = { run: run as (n: number) => void };
  } catch {
    // E.g. an engine limit on synchronous compilation of a huge formula: the JS path serves it.
    return undefined;
  }
  cache.set(key, c);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return { c, inputs: plan.inputs, outOffset: plan.outOffset };
}

/**
 * A wasm-backed VectorFn for `expr` over `variables` (already checked), or undefined when the
 * JS evaluator should serve it (wasm unavailable, or a constant / bare-variable formula).
 * Semantics are those of VectorFn.evaluate: length clamped, missing inputs read as NaN.
 */
export function wasmVectorFn(expr: Expr, variables: readonly string[]): VectorFn | undefined {
  if (!wasmAvailable()) return undefined;
  const built = instantiate(expr, variables);
  if (!built) return undefined;
  const { c, inputs, outOffset } = built;
  const { run } = c;
  const evaluate: VectorFn['evaluate'] = (srcs, out, length) => {
    let n = Math.min(length ?? out.length, out.length);
    for (const k of inputs) {
      const src = srcs[k];
      if (src) n = Math.min(n, src.length);
    }
    n = Math.max(0, Math.floor(n));
    const mem = view;
    for (let base = 0; base < n; base += WASM_CHUNK) {
      const m = Math.min(WASM_CHUNK, n - base);
      for (let s = 0; s < inputs.length; s++) {
        const src = srcs[inputs[s] as number];
        if (src) mem.set(src.subarray(base, base + m), s * WASM_CHUNK);
        else mem.fill(Number.NaN, s * WASM_CHUNK, s * WASM_CHUNK + m);
      }
      run(m);
      out.set(mem.subarray(outOffset, outOffset + m), base);
    }
  };
  return { variables: [...variables], evaluate };
}

/**
 * The same module as one scalar function `(args) => f(args)` (args in `variables`' order), or
 * undefined when the JS evaluators should serve it. For callers that evaluate point by point —
 * the slice plots' adaptive sampling calls f a few thousand times per drawing — where the
 * closure evaluator slows down 10–50× once many formulas have been compiled (issue 11). One
 * call writes the inputs into the shared memory, runs one lane and reads it back.
 */
export function wasmScalarFn(expr: Expr, variables: readonly string[]): ((args: ArrayLike<number>) => number) | undefined {
  if (!wasmAvailable()) return undefined;
  const built = instantiate(expr, variables);
  if (!built) return undefined;
  const { run } = built.c;
  const { inputs, outOffset } = built;
  return (args) => {
    const mem = view;
    for (let s = 0; s < inputs.length; s++) mem[s * WASM_CHUNK] = args[inputs[s] as number] ?? Number.NaN;
    run(1);
    return mem[outOffset] as number;
  };
}
