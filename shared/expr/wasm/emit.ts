/**
 * Code generator: a validated formula tree → the bytes of a small WebAssembly module whose one
 * function `run(n)` evaluates the formula at n points, reading each variable's values from its
 * slot of the module's memory and writing the results to the output slot. The whole loop runs in
 * wasm, fused (one pass per point, operands in registers), so its speed no longer depends on
 * V8's call-site feedback for our closures — the reason the JS evaluators slow down once the app
 * has compiled several formulas (issue 11).
 *
 * The arithmetic mirrors compile.ts / compile-grid.ts operation for operation (constant subtrees
 * folded by the reference evaluator, x^2 … x^-2 as multiplications, the same sigmoid branches), and
 * every transcendental is the JS function itself passed in as an import (Math.sin, Math.exp,
 * Math.pow …, which V8 calls directly from wasm), so values are bit-identical to the JS
 * evaluators. Only bytes this generator writes are ever compiled; imports are limited to the
 * allow-listed functions of functions.ts.
 */
import type { Expr } from '../ast';
import { CONST_VALUES } from '../ast';
import type { BinaryFnName, UnaryFnName } from '../functions';
import { BINARY, UNARY, isBinaryFn, isUnaryFn } from '../functions';
import { evaluateExpr } from '../evaluate';
import { isConstantExpr } from '../compile';
import { ByteWriter } from './bytes';
import { ImportTable, type ImportFn } from './import-table';
import { F64, I32, importObject, writeOneFunctionModule } from './module-writer';

/**
 * Points per call of `run`: each slot of memory holds one chunk of one variable (128 KiB). Large
 * chunks amortize the call and the copies; the slots of a two-variable formula (384 KiB) still
 * fit in L2 cache.
 */
export const WASM_CHUNK = 16384;

/** An imported scalar function (unary or binary), by the name it has in the module. */
export type { ImportFn };

export interface FormulaModule {
  /** The module's bytes (type, import, function, memory, export and code sections). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Function imports for instantiation: `{ sin: Math.sin, … }` (module `m`; `m.mem` is added by the caller). */
  readonly imports: Readonly<Record<string, ImportFn>>;
  /** Variable indices (into the compile call's `variables`) stored in slots 0, 1, …, in order. */
  readonly inputs: readonly number[];
  /** Index (in f64 elements) of the output slot in memory. */
  readonly outOffset: number;
  /** 64 KiB pages of the imported memory `m.mem` the module needs (its minimum). */
  readonly pages: number;
}

const OP = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, call: 0x10, select: 0x1b,
  localGet: 0x20, localSet: 0x21, localTee: 0x22, f64Load: 0x2b, f64Store: 0x39, i32Const: 0x41, f64Const: 0x44,
  i32GeU: 0x4f, i32Add: 0x6a, i32Shl: 0x74, f64Lt: 0x63, f64Gt: 0x64, f64Ge: 0x66,
  f64Abs: 0x99, f64Neg: 0x9a, f64Sqrt: 0x9f, f64Add: 0xa0, f64Sub: 0xa1, f64Mul: 0xa2, f64Div: 0xa3,
} as const;
const BIN_OP = { add: OP.f64Add, sub: OP.f64Sub, mul: OP.f64Mul, div: OP.f64Div } as const;

/** Reciprocal functions: evaluated as 1 / base(x) exactly as functions.ts defines them. */
const RECIPROCAL: Partial<Record<UnaryFnName, UnaryFnName>> = {
  cot: 'tan', sec: 'cos', csc: 'sin', coth: 'tanh', sech: 'cosh', csch: 'sinh',
};

/* Locals of `run`: 0 = n (param), 1 = byte offset p, 2 = end, 3 and 4 = scratch f64, then one f64
 * per input variable. The scratch pair is only live between a tee and the gets right after it
 * (no subexpression is evaluated in between), so two suffice for any tree. */
const L_N = 0;
const L_P = 1;
const L_END = 2;
const L_T = 3;
const L_U = 4;
const L_VAR0 = 5;

class BodyGen {
  readonly code = new ByteWriter();
  readonly imports = new ImportTable();
  /** Variable index → slot (order of first use). */
  readonly slots = new Map<number, number>();

  constructor(private readonly variables: readonly string[]) {}

  private fn(name: string, f: ImportFn, arity: 1 | 2): number {
    return this.imports.index(name, f, arity);
  }

  private callUnary(name: UnaryFnName): void {
    this.code.byte(OP.call).u32(this.fn(name, UNARY[name].eval, 1));
  }

  private callPow(): void {
    this.code.byte(OP.call).u32(this.fn('pow', Math.pow, 2));
  }

  private f64(v: number): void {
    this.code.byte(OP.f64Const).f64(v);
  }

  private get(l: number): void {
    this.code.byte(OP.localGet).u32(l);
  }

  private tee(l: number): void {
    this.code.byte(OP.localTee).u32(l);
  }

  private op(o: number): void {
    this.code.byte(o);
  }

  /** Pushes the value of `e` (one f64) on the wasm stack. */
  gen(e: Expr): void {
    if (isConstantExpr(e)) {
      this.f64(evaluateExpr(e, [], []));
      return;
    }
    switch (e.kind) {
      case 'num':
        this.f64(e.value);
        return;
      case 'const':
        this.f64(CONST_VALUES[e.name]);
        return;
      case 'var': {
        const k = this.variables.indexOf(e.name);
        let s = this.slots.get(k);
        if (s === undefined) {
          s = this.slots.size;
          this.slots.set(k, s);
        }
        this.get(L_VAR0 + s);
        return;
      }
      case 'neg':
        this.gen(e.arg);
        this.op(OP.f64Neg);
        return;
      case 'binary': {
        if (e.op !== 'pow') {
          this.gen(e.left);
          this.gen(e.right);
          this.op(BIN_OP[e.op]);
          return;
        }
        const c = isConstantExpr(e.right) ? evaluateExpr(e.right, [], []) : undefined;
        this.pow(e.left, e.right, c);
        return;
      }
      case 'call':
        this.call(e.fn, e.args);
        return;
    }
  }

  /** base^exponent with the integer shortcuts of compile.ts (bit-identical to the JS evaluators). */
  private pow(base: Expr, exponent: Expr, c: number | undefined): void {
    switch (c) {
      case 1:
        this.gen(base);
        return;
      case 2:
        this.gen(base);
        this.tee(L_T);
        this.get(L_T);
        this.op(OP.f64Mul);
        return;
      case 3:
        this.gen(base);
        this.tee(L_T);
        this.get(L_T);
        this.op(OP.f64Mul);
        this.get(L_T);
        this.op(OP.f64Mul);
        return;
      case 4:
        this.gen(base);
        this.tee(L_T);
        this.get(L_T);
        this.op(OP.f64Mul);
        this.tee(L_T);
        this.get(L_T);
        this.op(OP.f64Mul);
        return;
      case -1:
        this.f64(1);
        this.gen(base);
        this.op(OP.f64Div);
        return;
      case -2:
        this.f64(1);
        this.gen(base);
        this.tee(L_T);
        this.get(L_T);
        this.op(OP.f64Mul);
        this.op(OP.f64Div);
        return;
      default:
        this.gen(base);
        this.gen(exponent);
        this.callPow();
    }
  }

  private call(fn: UnaryFnName | BinaryFnName, args: readonly Expr[]): void {
    const [a, b] = args;
    if (isBinaryFn(fn)) {
      if (!a || !b) {
        this.f64(Number.NaN);
        return;
      }
      if (fn === 'log') {
        // log(x, b) = ln(x) / ln(b), as functions.ts computes it.
        this.gen(a);
        this.callUnary('ln');
        this.gen(b);
        this.callUnary('ln');
        this.op(OP.f64Div);
        return;
      }
      this.gen(a);
      this.gen(b);
      this.code.byte(OP.call).u32(this.fn(fn, BINARY[fn].eval, 2));
      return;
    }
    if (!a) {
      this.f64(Number.NaN);
      return;
    }
    const base = RECIPROCAL[fn];
    if (base) {
      this.f64(1);
      this.gen(a);
      this.callUnary(base);
      this.op(OP.f64Div);
      return;
    }
    switch (fn) {
      case 'abs':
        this.gen(a);
        this.op(OP.f64Abs);
        return;
      case 'sqrt':
        this.gen(a);
        this.op(OP.f64Sqrt);
        return;
      case 'relu':
        // x > 0 ? x : 0 (NaN and −0 give +0, as in JS).
        this.gen(a);
        this.tee(L_T);
        this.f64(0);
        this.get(L_T);
        this.f64(0);
        this.op(OP.f64Gt);
        this.op(OP.select);
        return;
      case 'sign':
        // Math.sign: 1 for x > 0, −1 for x < 0, else x itself (±0, NaN).
        this.gen(a);
        this.code.byte(OP.localSet).u32(L_T);
        this.f64(1);
        this.f64(-1);
        this.get(L_T);
        this.get(L_T);
        this.f64(0);
        this.op(OP.f64Lt);
        this.op(OP.select);
        this.get(L_T);
        this.f64(0);
        this.op(OP.f64Gt);
        this.op(OP.select);
        return;
      case 'sigmoid':
        // functions.ts's stable logistic: x ≥ 0 ? 1/(1 + e^−x) : e^x/(1 + e^x).
        this.gen(a);
        this.tee(L_T);
        this.f64(0);
        this.op(OP.f64Ge);
        this.code.byte(OP.if).byte(F64);
        this.f64(1);
        this.f64(1);
        this.get(L_T);
        this.op(OP.f64Neg);
        this.callUnary('exp');
        this.op(OP.f64Add);
        this.op(OP.f64Div);
        this.op(OP.else);
        this.get(L_T);
        this.callUnary('exp');
        this.tee(L_U);
        this.f64(1);
        this.get(L_U);
        this.op(OP.f64Add);
        this.op(OP.f64Div);
        this.op(OP.end);
        return;
      default:
        this.gen(a);
        this.callUnary(fn);
    }
  }
}

/**
 * The import functions a module names (`Object.keys(FormulaModule.imports)`), as emitFormulaModule
 * gives them, or undefined for a name it never imports — for a module compiled in another realm.
 */
export function importsNamed(names: readonly string[]): Readonly<Record<string, ImportFn>> | undefined {
  const out: Record<string, ImportFn> = {};
  for (const name of names) {
    if (name === 'pow') out[name] = Math.pow;
    else if (isUnaryFn(name)) out[name] = UNARY[name].eval;
    else if (isBinaryFn(name)) out[name] = BINARY[name].eval;
    else return undefined;
  }
  return out;
}

/**
 * The module for `expr` over `variables`, or undefined when there is nothing to loop over (a
 * constant or a bare variable: the JS evaluator fills or copies those directly). The caller has
 * checked that every variable of `expr` is listed.
 */
export function emitFormulaModule(expr: Expr, variables: readonly string[]): FormulaModule | undefined {
  if (isConstantExpr(expr) || expr.kind === 'var') return undefined;
  const g = new BodyGen(variables);
  // Generate the expression first (it decides imports and slots), then wrap it in the loop.
  g.gen(expr);
  const exprCode = g.code.finish();
  const nSlots = g.slots.size;
  const outOffset = nSlots * WASM_CHUNK;
  const byteSlot = WASM_CHUNK * 8;

  const body = new ByteWriter();
  body.u32(2).u32(2).byte(I32).u32(2 + nSlots).byte(F64);
  body.byte(OP.localGet).u32(L_N).byte(OP.i32Const).s32(3).byte(OP.i32Shl).byte(OP.localSet).u32(L_END);
  body.byte(OP.block).byte(0x40).byte(OP.loop).byte(0x40);
  body.byte(OP.localGet).u32(L_P).byte(OP.localGet).u32(L_END).byte(OP.i32GeU).byte(OP.brIf).u32(1);
  for (let s = 0; s < nSlots; s++) {
    body.byte(OP.localGet).u32(L_P).byte(OP.f64Load).u32(3).u32(s * byteSlot).byte(OP.localSet).u32(L_VAR0 + s);
  }
  body.byte(OP.localGet).u32(L_P);
  body.bytes(exprCode);
  body.byte(OP.f64Store).u32(3).u32(nSlots * byteSlot);
  body.byte(OP.localGet).u32(L_P).byte(OP.i32Const).s32(8).byte(OP.i32Add).byte(OP.localSet).u32(L_P);
  body.byte(OP.br).u32(0);
  body.byte(OP.end).byte(OP.end).byte(OP.end);

  // Memory: imported (one memory shared by every formula module of this realm, see
  // wasm-vector.ts), at least the input slots and the output slot.
  const pages = Math.ceil(((nSlots + 1) * byteSlot) / 65536);
  const bytes = writeOneFunctionModule({
    imports: g.imports,
    params: [I32],
    results: [],
    memory: { imported: true, pages },
    exportAs: 'run',
    body,
  });
  const inputs: number[] = [];
  for (const [k, s] of g.slots) inputs[s] = k;
  return { bytes, imports: importObject(g.imports), inputs, outOffset, pages };
}
