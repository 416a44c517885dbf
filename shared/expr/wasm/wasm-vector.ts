/**
 * The WebAssembly backend of `compileVectorized`: instantiates the module emit.ts writes for a
 * formula (once per distinct formula: modules are cached by their bytes) and wraps it as a
 * VectorFn. Returns undefined whenever WebAssembly is unavailable or refuses to compile (no
 * WebAssembly global, a CSP without 'wasm-unsafe-eval', an engine limit), so the caller falls back
 * to the JS evaluator silently. Bytes always come from our generator, never from outside.
 */
import type { Expr } from '../ast';
import type { VectorFn } from '../compile-grid';
import { WASM_CHUNK, emitFormulaModule, importsNamed } from './emit';
import type { WasmMemory } from './wasm-api';
import { wasmApi } from './wasm-api';

interface Compiled {
  readonly run: (n: number) => void;
  /** The compiled WebAssembly.Module (for handing to another thread: see `exportCompiled`). */
  readonly module: object;
}

/** Distinct formulas kept instantiated (a few kB each: they all share one memory). */
const CACHE_SIZE = 64;
const cache = new Map<string, Compiled>();
/**
 * Modules another thread of this page compiled for a formula (the surface worker compiles it to
 * sample the grid) and handed over with `adoptCompiled`, by the formula's tree: instantiating one
 * costs microseconds, where generating and compiling it here cost the best part of a millisecond.
 */
let adopted = new WeakMap<Expr, HandedModule | Built>();

/** A compiled formula module and what instantiating it needs, as posted between threads. */
export interface HandedModule {
  /** The WebAssembly.Module (shared, not copied, by postMessage within a page). */
  readonly module: object;
  readonly inputs: readonly number[];
  readonly outOffset: number;
  readonly pages: number;
  /** Its imports' names (the functions are this realm's own: emit.ts `importsNamed`). */
  readonly importNames: readonly string[];
}

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
  adopted = new WeakMap();
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

type Built = { readonly c: Compiled; readonly inputs: readonly number[]; readonly outOffset: number };
type Plan = NonNullable<ReturnType<typeof emitFormulaModule>>;

/** The cached instance of `plan`'s module, refreshed in the LRU order; undefined when not cached. */
function cached(plan: Plan, key: string): Built | undefined {
  const c = cache.get(key);
  if (!c) return undefined;
  cache.delete(key);
  cache.set(key, c);
  return { c, inputs: plan.inputs, outOffset: plan.outOffset };
}

/** A compiled formula module instantiated on the shared memory: its `run`, or undefined when the engine refuses. */
function runOf(module: object, imports: Readonly<Record<string, unknown>>, pages: number): ((n: number) => void) | undefined {
  try {
    const api = wasmApi();
    if (!api) return undefined;
    const run = new api.Instance(module, { m: { ...imports, mem: ensureMemory(pages) } }).exports['run'];
    return typeof run === 'function' ? (run as (n: number) => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Instantiates `plan`'s compiled module and caches it under `key`; undefined when the engine refuses. */
function store(plan: Plan, key: string, module: object): Built | undefined {
  const run = runOf(module, plan.imports, plan.pages);
  if (!run) return undefined;
  const c = { run, module };
  cache.set(key, c);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return { c, inputs: plan.inputs, outOffset: plan.outOffset };
}

function instantiate(expr: Expr, variables: readonly string[]): Built | undefined {
  const plan = emitFormulaModule(expr, variables);
  return plan ? instantiatePlan(plan, keyOf(plan.bytes)) : undefined;
}

function instantiatePlan(plan: Plan, key: string): Built | undefined {
  const hit = cached(plan, key);
  if (hit) return hit;
  let module: object;
  try {
    const api = wasmApi();
    if (!api) return undefined;
    module = new api.Module(plan.bytes);
  } catch {
    // E.g. an engine limit on synchronous compilation of a huge formula: the JS path serves it.
    return undefined;
  }
  return store(plan, key, module);
}

/** `expr`'s module as this realm compiled it, ready to hand to another thread; undefined when not compiled here. */
export function exportCompiled(expr: Expr, variables: readonly string[]): HandedModule | undefined {
  const plan = emitFormulaModule(expr, variables);
  const c = plan ? cache.get(keyOf(plan.bytes)) : undefined;
  if (!plan || !c) return undefined;
  return { module: c.module, inputs: plan.inputs, outOffset: plan.outOffset, pages: plan.pages, importNames: Object.keys(plan.imports) };
}

/**
 * Takes the module another thread compiled for `expr` (this very tree: the surface session hands
 * the worker's module over with the expression it sent the worker). `wasmFnsIfCompiled(expr)`
 * then instantiates it instead of generating and compiling one; its caller checks a few values
 * against its own evaluator before trusting it (point-model.ts).
 */
export function adoptCompiled(expr: Expr, handed: HandedModule): void {
  const M: unknown = wasmApi()?.Module;
  if (!wasmAvailable() || typeof M !== 'function' || !(handed.module instanceof M)) return;
  if (!adopted.has(expr)) adopted.set(expr, handed);
}

/** An adopted module of `expr`, instantiated on first use; undefined when none or it fails. */
function adoptedBuilt(expr: Expr): Built | undefined {
  const a = adopted.get(expr);
  if (!a || 'c' in a) return a;
  adopted.delete(expr);
  const imports = importsNamed(a.importNames);
  const run = imports ? runOf(a.module, imports, a.pages) : undefined;
  if (!run) return undefined;
  const built: Built = { c: { run, module: a.module }, inputs: a.inputs, outOffset: a.outOffset };
  adopted.set(expr, built);
  return built;
}

/**
 * The scalar and the vector form of `expr`'s module when that costs no compilation here (it is
 * instantiated already, or was handed over by `adoptCompiled`), else undefined.
 */
export function wasmFnsIfCompiled(expr: Expr, variables: readonly string[]): { readonly scalar: (args: ArrayLike<number>) => number; readonly vector: VectorFn } | undefined {
  const built = builtIfCompiled(expr, variables);
  return built ? { scalar: scalarOf(built), vector: vectorOf(built, variables) } : undefined;
}

/** The instance of `expr`'s module when that needs no compiling here (cached, or adopted). */
function builtIfCompiled(expr: Expr, variables: readonly string[]): Built | undefined {
  if (!wasmAvailable()) return undefined;
  const handed = adoptedBuilt(expr);
  if (handed) return handed;
  const plan = emitFormulaModule(expr, variables);
  if (!plan) return undefined;
  const key = keyOf(plan.bytes);
  return cache.has(key) ? instantiatePlan(plan, key) : undefined;
}

/** `instantiate` with the compilation off this thread (WebAssembly.compile). */
async function instantiateAsync(expr: Expr, variables: readonly string[]): Promise<Built | undefined> {
  const plan = emitFormulaModule(expr, variables);
  if (!plan) return undefined;
  const key = keyOf(plan.bytes);
  const hit = cached(plan, key);
  if (hit) return hit;
  const api = wasmApi();
  if (!api) return undefined;
  let module: object;
  try {
    module = await api.compile(plan.bytes);
  } catch {
    return undefined;
  }
  // The backend may have been turned off meanwhile (setWasmBackend).
  if (!wasmAvailable()) return undefined;
  return cached(plan, key) ?? store(plan, key, module);
}

/**
 * A wasm-backed VectorFn for `expr` over `variables` (already checked), or undefined when the
 * JS evaluator should serve it (wasm unavailable, or a constant / bare-variable formula).
 * Semantics are those of VectorFn.evaluate: length clamped, missing inputs read as NaN.
 */
export function wasmVectorFn(expr: Expr, variables: readonly string[]): VectorFn | undefined {
  if (!wasmAvailable()) return undefined;
  const built = instantiate(expr, variables);
  return built ? vectorOf(built, variables) : undefined;
}

function vectorOf(built: Built, variables: readonly string[]): VectorFn {
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
  return built ? scalarOf(built) : undefined;
}

/**
 * `wasmScalarFn` with the module compiled off the calling thread: only writing its bytes (a
 * fraction of a millisecond) costs the caller's frame. Resolves to undefined where wasmScalarFn
 * would return it.
 */
export async function wasmScalarFnAsync(expr: Expr, variables: readonly string[]): Promise<((args: ArrayLike<number>) => number) | undefined> {
  if (!wasmAvailable()) return undefined;
  const built = await instantiateAsync(expr, variables);
  return built ? scalarOf(built) : undefined;
}

function scalarOf(built: Built): (args: ArrayLike<number>) => number {
  const { run } = built.c;
  const { inputs, outOffset } = built;
  return (args) => {
    const mem = view;
    for (let s = 0; s < inputs.length; s++) mem[s * WASM_CHUNK] = args[inputs[s] as number] ?? Number.NaN;
    run(1);
    return mem[outOffset] as number;
  };
}
