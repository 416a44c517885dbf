/**
 * The loss over a dataset at many (a, b) parameter pairs at once, as generated WebAssembly: the
 * varying part of the loss tape (CompiledTape.partial — the operations the two parameters reach)
 * becomes straight-line f64 code in a loop over the data points, inside a loop over grid cells,
 * reading each point's recorded values from memory. Interpretation overhead (one switch per
 * operation per point per cell in the JS sweep) disappears, which is what a 2-8-8-1 network's
 * coarse surface needs to fit its 100 ms budget (issue 11).
 *
 * Every operation mirrors tape.ts's forward sweep (same operation order; Math.exp, Math.log,
 * Math.pow … and the allow-listed functions as imports, which V8 calls directly), so the values
 * are bit-identical to `PartialTape.evaluate` — except tanh and softplus, computed inline from
 * exp and log (see `tanh` below: a JS call per value would cost more than the rest of the
 * network), which agree with Math.tanh / softplus to a few ulps, so the mean loss agrees with the
 * JS sweep to ~1e-15 relative. Returns undefined where WebAssembly is unavailable; the caller then
 * runs the JS sweep.
 */
import type { PartialTape } from '../autodiff/tape';
import { TAPE_OP, powInt } from '../autodiff/tape';
import { binaryCrossEntropy } from '../autodiff/lossMath';
import { UNARY } from '../expr/functions';
import { ByteWriter } from '../expr/wasm/bytes';
import { F64, I32, importObject, writeOneFunctionModule } from '../expr/wasm/module-writer';
import { wasmAvailable } from '../expr/wasm/wasm-vector';
import type { WasmMemory } from '../expr/wasm/wasm-api';
import { wasmApi } from '../expr/wasm/wasm-api';

/** Grid cells per call of the module's `run` (each of the three cell slots holds this many f64). */
export const CELLS_PER_CALL = 4096;

/** mean loss at (v0s[k], v1s[k]) for k < n, into out[k] (v0/v1 in the partial tape's `varying` order). */
export type LossGridFn = (v0s: ArrayLike<number>, v1s: ArrayLike<number>, out: Float64Array, n: number) => void;

type Fn1 = (x: number) => number;
type Fn2 = (x: number, y: number) => number;


/* Locals: 0 nCells (i32), 1 endRec (i32 bytes), 2 count (f64); 3 c, 4 endC, 5 rec (i32);
 * 6 v0, 7 v1, 8 sum, 9 t, 10 u, 11 w (f64); 12… one f64 per varying operation. */
const L = { nCells: 0, endRec: 1, count: 2, c: 3, endC: 4, rec: 5, v0: 6, v1: 7, sum: 8, t: 9, u: 10, w: 11, op0: 12 } as const;
const SCRATCH_F64 = 6;

interface Plan {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly imports: Record<string, Fn1 | Fn2 | WasmMemory>;
  readonly importNames: readonly string[];
}

/** The module for `part` with `recordSize`-number records, or undefined if the output does not vary. */
function plan(part: PartialTape, recordBytes: number, storeBytes: number, pages: number): Plan | undefined {
  const p = part.program;
  if (!p.outputVaries) return undefined;
  const names: string[] = [];
  const fns: (Fn1 | Fn2)[] = [];
  const arity: number[] = [];
  const byFn = new Map<Fn1 | Fn2, number>();
  const imp = (f: Fn1 | Fn2, n: 1 | 2): number => {
    let i = byFn.get(f);
    if (i === undefined) {
      i = names.length;
      byFn.set(f, i);
      names.push(`f${i}`);
      fns.push(f);
      arity.push(n);
    }
    return i;
  };
  const local = new Map<number, number>();
  p.varyingSlots.forEach((s, j) => {
    if (s >= 0) local.set(s, j === 0 ? L.v0 : L.v1);
  });
  const front = new Map<number, number>();
  p.frontier.forEach((s, k) => front.set(s, k));

  const code = new ByteWriter();
  const operand = (slot: number): void => {
    const l = local.get(slot);
    if (l !== undefined) {
      code.byte(0x20).u32(l);
      return;
    }
    const k = front.get(slot);
    if (k === undefined) {
      code.byte(0x44).f64(Number.NaN);
      return;
    }
    code.byte(0x20).u32(L.rec).byte(0x2b).u32(3).u32(k * 8);
  };
  const call = (f: Fn1 | Fn2, n: 1 | 2): void => {
    code.byte(0x10).u32(imp(f, n));
  };
  const get = (l: number): ByteWriter => code.byte(0x20).u32(l);
  const tee = (l: number): ByteWriter => code.byte(0x22).u32(l);
  const f64 = (v: number): ByteWriter => code.byte(0x44).f64(v);

  /**
   * tanh of the value on the stack, in wasm (Cephes / Go math.Tanh): for |x| < 0.625 the minimax
   * rational x + x·s·P(s)/Q(s), s = x², else 1 − 2/(e^{2|x|} + 1); the sign copied from x (so
   * ±0 → ±0, NaN → NaN, ±∞ → ±1). Math.tanh called from wasm costs a JS call per value (V8
   * calls Math.exp directly, not Math.tanh), and a network surface evaluates millions of them.
   * Agrees with Math.tanh to a couple of ulps (tested to 1e-14 relative), not bit for bit.
   */
  // Cephes's coefficients (−9.64399179425052238628e−1 …), written as the doubles they round to.
  const tanh = (): void => {
    tee(L.t); code.byte(0x99); tee(L.w);
    f64(0.625); code.byte(0x66).byte(0x04).byte(F64);
    f64(1); f64(2); get(L.w); get(L.w); code.byte(0xa0); call(Math.exp, 1); f64(1); code.byte(0xa0).byte(0xa3).byte(0xa1);
    code.byte(0x05);
    get(L.w); get(L.w); code.byte(0xa2); code.byte(0x21).u32(L.u); // s = w²
    get(L.w);
    get(L.w); get(L.u); code.byte(0xa2); // w·s
    f64(-0.9643991794250523); get(L.u); code.byte(0xa2); f64(-99.28772310019185); code.byte(0xa0);
    get(L.u); code.byte(0xa2); f64(-1614.6876844170845); code.byte(0xa0);
    code.byte(0xa2); // w·s·P
    get(L.u); f64(112.81167849163293); code.byte(0xa0); get(L.u); code.byte(0xa2);
    f64(2235.4883906010045); code.byte(0xa0); get(L.u); code.byte(0xa2); f64(4844.063053251255); code.byte(0xa0);
    code.byte(0xa3).byte(0xa0); // w + w·s·P/Q
    code.byte(0x0b);
    get(L.t); code.byte(0xa6); // f64.copysign
  };
  /**
   * softplus of the value on the stack: max(x, 0) + log1p(e^−|x|) (functions.ts's two branches in
   * one), log1p by Kahan's trick log(w)·v/(w − 1), w = 1 + v. A few ulps from softplus().
   */
  const softplusInline = (): void => {
    tee(L.t); f64(0); code.byte(0xa5);
    get(L.t); code.byte(0x99).byte(0x9a); call(Math.exp, 1); tee(L.u);
    f64(1); code.byte(0xa0); tee(L.w);
    f64(1); code.byte(0x61).byte(0x04).byte(F64);
    get(L.u);
    code.byte(0x05);
    get(L.w); call(Math.log, 1); get(L.u); code.byte(0xa2); get(L.w); f64(1); code.byte(0xa1).byte(0xa3);
    code.byte(0x0b);
    code.byte(0xa0);
  };

  p.ops.forEach((i, k) => {
    const a = p.argA[i] as number;
    const b = p.argB[i] as number;
    switch (p.codes[i]) {
      case TAPE_OP.ADD: operand(a); operand(b); code.byte(0xa0); break;
      case TAPE_OP.SUB: operand(a); operand(b); code.byte(0xa1); break;
      case TAPE_OP.MUL: operand(a); operand(b); code.byte(0xa2); break;
      case TAPE_OP.DIV: operand(a); operand(b); code.byte(0xa3); break;
      case TAPE_OP.SQUARE: operand(a); tee(L.t); get(L.t); code.byte(0xa2); break;
      case TAPE_OP.NEG: operand(a); code.byte(0x9a); break;
      case TAPE_OP.SQRT: operand(a); code.byte(0x9f); break;
      case TAPE_OP.TANH: operand(a); tanh(); break;
      case TAPE_OP.EXP: operand(a); call(Math.exp, 1); break;
      case TAPE_OP.SIN: operand(a); call(Math.sin, 1); break;
      case TAPE_OP.COS: operand(a); call(Math.cos, 1); break;
      case TAPE_OP.LN: operand(a); call(Math.log, 1); break;
      case TAPE_OP.POW: case TAPE_OP.POW_CONST: operand(a); operand(b); call(Math.pow, 2); break;
      case TAPE_OP.POW_INT: operand(a); operand(b); call(powInt, 2); break;
      case TAPE_OP.SIGMOID:
        // functions.ts's sigmoid: x ≥ 0 ? 1/(1 + e^−x) : e^x/(1 + e^x).
        operand(a); tee(L.t); f64(0); code.byte(0x66).byte(0x04).byte(F64);
        f64(1); f64(1); get(L.t); code.byte(0x9a); call(Math.exp, 1); code.byte(0xa0).byte(0xa3);
        code.byte(0x05);
        get(L.t); call(Math.exp, 1); tee(L.u); f64(1); get(L.u); code.byte(0xa0).byte(0xa3);
        code.byte(0x0b);
        break;
      case TAPE_OP.SUM: {
        // s = 0; s += each input, left to right (as the sweep does: 0 + (−0) is +0).
        f64(0);
        const end = a + b;
        for (let j = a; j < end; j++) {
          operand(p.sumArgs[j] as number);
          code.byte(0xa0);
        }
        break;
      }
      case TAPE_OP.HALF_SQ_ERR:
        // 0.5 * (x − y) * (x − y), left-associated.
        f64(0.5); operand(a); operand(b); code.byte(0xa1).byte(0xa2); operand(a); operand(b); code.byte(0xa1).byte(0xa2);
        break;
      case TAPE_OP.BCE: operand(a); operand(b); call(binaryCrossEntropy, 2); break;
      case TAPE_OP.BCE_LOGITS:
        // softplus(z) − y·z
        operand(a); softplusInline(); operand(b); operand(a); code.byte(0xa2).byte(0xa1);
        break;
      case TAPE_OP.UNARY_FN: {
        const f = p.unaryFn(i);
        if (f === UNARY.softplus) {
          operand(a);
          softplusInline();
        } else if (f) {
          operand(a);
          call(f.eval, 1);
        } else f64(Number.NaN);
        break;
      }
      case TAPE_OP.BINARY_FN: {
        const f = p.binaryFn(i);
        if (f) {
          operand(a);
          operand(b);
          call(f.eval, 2);
        } else f64(Number.NaN);
        break;
      }
      default:
        f64(Number.NaN);
    }
    code.byte(0x21).u32(L.op0 + k);
    local.set(i, L.op0 + k);
  });
  const outLocal = local.get(p.out);
  if (outLocal === undefined) return undefined;

  const cellBytes = CELLS_PER_CALL * 8;
  const offA = storeBytes;
  const offB = offA + cellBytes;
  const offOut = offB + cellBytes;
  const body = new ByteWriter();
  body.u32(2).u32(3).byte(I32).u32(SCRATCH_F64 + p.ops.length).byte(F64);
  body.byte(0x20).u32(L.nCells).byte(0x41).s32(3).byte(0x74).byte(0x21).u32(L.endC);
  body.byte(0x02).byte(0x40).byte(0x03).byte(0x40); // block, loop over cells
  body.byte(0x20).u32(L.c).byte(0x20).u32(L.endC).byte(0x4f).byte(0x0d).u32(1);
  body.byte(0x20).u32(L.c).byte(0x2b).u32(3).u32(offA).byte(0x21).u32(L.v0);
  body.byte(0x20).u32(L.c).byte(0x2b).u32(3).u32(offB).byte(0x21).u32(L.v1);
  body.byte(0x44).f64(0).byte(0x21).u32(L.sum);
  body.byte(0x41).s32(0).byte(0x21).u32(L.rec);
  body.byte(0x02).byte(0x40).byte(0x03).byte(0x40); // block, loop over points
  body.byte(0x20).u32(L.rec).byte(0x20).u32(L.endRec).byte(0x4f).byte(0x0d).u32(1);
  body.bytes(code.finish());
  body.byte(0x20).u32(L.sum).byte(0x20).u32(outLocal).byte(0xa0).byte(0x21).u32(L.sum);
  body.byte(0x20).u32(L.rec).byte(0x41).s32(recordBytes).byte(0x6a).byte(0x21).u32(L.rec);
  body.byte(0x0c).u32(0).byte(0x0b).byte(0x0b);
  // out[c] = sum / count
  body.byte(0x20).u32(L.c).byte(0x20).u32(L.sum).byte(0x20).u32(L.count).byte(0xa3).byte(0x39).u32(3).u32(offOut);
  body.byte(0x20).u32(L.c).byte(0x41).s32(8).byte(0x6a).byte(0x21).u32(L.c);
  body.byte(0x0c).u32(0).byte(0x0b).byte(0x0b).byte(0x0b);

  const table = { names, fns, arity };
  const bytes = writeOneFunctionModule({
    imports: table,
    params: [I32, I32, F64],
    results: [],
    memory: { imported: true, pages },
    exportAs: 'run',
    body,
  });
  return { bytes, imports: importObject(table), importNames: names };
}

/** Compiled modules by their bytes: the structure (network, chosen pair), not the values. */
const modules = new Map<string, object>();
const MODULES_KEPT = 16;

function keyOf(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

/**
 * A wasm evaluator of `part`'s mean over `count` records of `store` (as `record` wrote them,
 * `part.recordSize` numbers each, from offset 0), or undefined when wasm is unavailable, refuses,
 * or the output does not depend on the varying values (the JS path returns the recorded value).
 */
export function wasmLossGrid(part: PartialTape, store: Float64Array, count: number): LossGridFn | undefined {
  if (!wasmAvailable() || count < 1) return undefined;
  const recordBytes = part.recordSize * 8;
  const storeBytes = Math.ceil((count * recordBytes) / 8) * 8;
  const pages = Math.ceil((storeBytes + 3 * CELLS_PER_CALL * 8) / 65536);
  const pl = plan(part, recordBytes, storeBytes, pages);
  if (!pl) return undefined;
  let run: (nCells: number, endRec: number, count: number) => void;
  let mem: Float64Array;
  try {
    const api = wasmApi();
    if (!api) return undefined;
    const key = keyOf(pl.bytes);
    let mod = modules.get(key);
    if (!mod) {
      mod = new api.Module(pl.bytes);
      modules.set(key, mod);
      if (modules.size > MODULES_KEPT) {
        const oldest = modules.keys().next().value;
        if (oldest !== undefined) modules.delete(oldest);
      }
    }
    const memory = new api.Memory({ initial: pages });
    const inst = new api.Instance(mod, { m: { ...pl.imports, mem: memory } });
    const r = inst.exports['run'];
    if (typeof r !== 'function') return undefined;
    run = r as typeof run;
    mem = new Float64Array(memory.buffer);
  } catch {
    return undefined;
  }
  mem.set(store.subarray(0, count * part.recordSize), 0);
  const offA = storeBytes / 8;
  const offB = offA + CELLS_PER_CALL;
  const offOut = offB + CELLS_PER_CALL;
  const endRec = count * recordBytes;
  return (v0s, v1s, out, n) => {
    for (let base = 0; base < n; base += CELLS_PER_CALL) {
      const m = Math.min(CELLS_PER_CALL, n - base);
      for (let k = 0; k < m; k++) {
        mem[offA + k] = v0s[base + k] as number;
        mem[offB + k] = v1s[base + k] as number;
      }
      run(m, endRec, count);
      out.set(mem.subarray(offOut, offOut + m), base);
    }
  };
}
