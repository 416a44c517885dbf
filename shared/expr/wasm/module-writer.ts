/**
 * Writes the one shape of module every emitter generates (the formula sampler, the gradient, the
 * network loss grid): imported Math/allow-listed functions, one memory, and one exported function
 * whose body the emitter wrote. Keeping the sections in one place keeps the three byte-compatible
 * with the same imports and the same validation rules.
 */
import { ByteWriter } from './bytes';
import type { ImportFn } from './import-table';

export const F64 = 0x7c;
export const I32 = 0x7f;

/** Imports in function-index order, as ImportTable (or an emitter's own table) collects them. */
export interface ModuleImports {
  readonly names: readonly string[];
  readonly fns: readonly ImportFn[];
  readonly arity: readonly number[];
}

export type ModuleMemory =
  /** Shared with other modules of the realm: imported as `m.mem`, at least `pages`. */
  | { readonly imported: true; readonly pages: number }
  /** The module's own memory, exported under `exportAs`. */
  | { readonly imported: false; readonly pages: number; readonly exportAs: string };

export interface OneFunctionModule {
  readonly imports: ModuleImports;
  /** Value types of the function's parameters and results (F64 / I32). */
  readonly params: readonly number[];
  readonly results: readonly number[];
  readonly memory: ModuleMemory;
  /** Export name of the function. */
  readonly exportAs: string;
  /** The function body: its locals vector followed by its instructions and `end`. */
  readonly body: ByteWriter;
}

/** Type indices: 0 = (f64) → f64 and 1 = (f64, f64) → f64 for the imports, 2 = the function. */
function typeSection(params: readonly number[], results: readonly number[]): ByteWriter {
  const types = new ByteWriter();
  types.u32(3);
  types.byte(0x60).u32(1).byte(F64).u32(1).byte(F64);
  types.byte(0x60).u32(2).byte(F64).byte(F64).u32(1).byte(F64);
  types.byte(0x60).u32(params.length);
  for (const t of params) types.byte(t);
  types.u32(results.length);
  for (const t of results) types.byte(t);
  return types;
}

export function writeOneFunctionModule(spec: OneFunctionModule): Uint8Array<ArrayBuffer> {
  const { imports, memory } = spec;
  const fnIndex = imports.names.length;
  const m = new ByteWriter();
  m.bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  m.byte(1).sized(typeSection(spec.params, spec.results));

  const imp = new ByteWriter();
  imp.u32(imports.names.length + (memory.imported ? 1 : 0));
  imports.names.forEach((name, k) => imp.name('m').name(name).byte(0x00).u32(imports.arity[k] === 2 ? 1 : 0));
  if (memory.imported) imp.name('m').name('mem').byte(0x02).byte(0x00).u32(memory.pages);
  m.byte(2).sized(imp);

  m.byte(3).sized(new ByteWriter().u32(1).u32(2));
  if (!memory.imported) m.byte(5).sized(new ByteWriter().u32(1).byte(0x00).u32(memory.pages));

  const exp = new ByteWriter();
  exp.u32(memory.imported ? 1 : 2);
  exp.name(spec.exportAs).byte(0x00).u32(fnIndex);
  if (!memory.imported) exp.name(memory.exportAs).byte(0x02).u32(0);
  m.byte(7).sized(exp);

  m.byte(10).sized(new ByteWriter().u32(1).sized(spec.body));
  return m.finish();
}

/** The `m` import object for `imports`: each name bound to its function. */
export function importObject(imports: ModuleImports): Record<string, ImportFn> {
  const obj: Record<string, ImportFn> = {};
  imports.names.forEach((name, k) => {
    obj[name] = imports.fns[k] as ImportFn;
  });
  return obj;
}
