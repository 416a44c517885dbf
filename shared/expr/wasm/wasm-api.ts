/**
 * The slice of the WebAssembly JS API the generated code needs, typed here and looked up on
 * globalThis at call time: shared/ is type-checked both with the DOM library (renderer) and
 * without it (Node tools), and a realm may lack the global or refuse to compile (CSP).
 */

/** A linear memory (WebAssembly.Memory). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export interface WasmApi {
  readonly Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  /** Compiles off the calling thread (the engine's background compiler): the page keeps its frame. */
  readonly compile: (bytes: Uint8Array<ArrayBuffer>) => Promise<object>;
  readonly Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { readonly exports: Record<string, unknown> };
  readonly Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  readonly validate: (bytes: Uint8Array<ArrayBuffer>) => boolean;
}

/** The realm's WebAssembly object, or undefined where there is none. */
export function wasmApi(): WasmApi | undefined {
  const w = (globalThis as { WebAssembly?: unknown }).WebAssembly;
  return typeof w === 'object' && w !== null ? (w as WasmApi) : undefined;
}
