import { describe, expect, it } from 'vitest';
import { ByteWriter } from './bytes';
import { F64, I32, importObject, writeOneFunctionModule } from './module-writer';
import { wasmApi, type WasmApi } from './wasm-api';

const api = wasmApi() as WasmApi;

/** Body of (f64, f64) → f64 returning m.f0(a) + b: no locals, local.get 0, call 0, local.get 1, f64.add. */
function addAfterCall(): ByteWriter {
  return new ByteWriter().u32(0).byte(0x20).u32(0).byte(0x10).u32(0).byte(0x20).u32(1).byte(0xa0).byte(0x0b);
}

describe('writeOneFunctionModule', () => {
  const imports = { names: ['f0'], fns: [Math.sqrt], arity: [1] };

  it('own exported memory: validates, runs, and calls the imported function by its index', () => {
    const bytes = writeOneFunctionModule({
      imports, params: [F64, F64], results: [F64], memory: { imported: false, pages: 1, exportAs: 'mem' }, exportAs: 'vg', body: addAfterCall(),
    });
    expect(api.validate(bytes)).toBe(true);
    const inst = new api.Instance(new api.Module(bytes), { m: importObject(imports) });
    const vg = inst.exports.vg as (a: number, b: number) => number;
    expect(vg(16, 0.5)).toBe(4.5);
    expect((inst.exports.mem as { buffer?: unknown }).buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('imported memory: validates, exports only the function, and refuses a memory that is too small', () => {
    // (i32) → (): stores 2.5 at the given address.
    const body = new ByteWriter().u32(0).byte(0x20).u32(0).byte(0x44).f64(2.5).byte(0x39).u32(3).u32(0).byte(0x0b);
    const bytes = writeOneFunctionModule({ imports, params: [I32], results: [], memory: { imported: true, pages: 2 }, exportAs: 'run', body });
    expect(api.validate(bytes)).toBe(true);
    const mem = new api.Memory({ initial: 2 });
    const inst = new api.Instance(new api.Module(bytes), { m: { ...importObject(imports), mem } });
    expect(Object.keys(inst.exports)).toEqual(['run']);
    (inst.exports.run as (p: number) => void)(8);
    expect(new Float64Array(mem.buffer)[1]).toBe(2.5);
    expect(() => new api.Instance(new api.Module(bytes), { m: { ...importObject(imports), mem: new api.Memory({ initial: 1 }) } })).toThrow();
  });
});
