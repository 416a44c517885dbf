/**
 * The compiled fast path (DESIGN.md §6: a gradient may cost at most 4× one evaluation). A graph is
 * flattened once into a tape of integer opcodes and argument slots in typed arrays; each call runs
 * a forward sweep and a reverse sweep over preallocated Float64Arrays, with no allocation and no
 * eval/new Function (the app's CSP forbids them). Semantics match `forward`/`backward`.
 */
import type { BinaryFn, UnaryFn } from '../expr/functions';
import { BINARY, UNARY, isBinaryFn, isUnaryFn, sigmoid } from '../expr/functions';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { unknownNodeError, unknownVariableError } from './errors';
import type { Graph } from './graph';
import { isLeafOp, nodeMap } from './graph';
import {
  binaryCrossEntropy,
  binaryCrossEntropyPartials,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsPartials,
} from './lossMath';
import { opSpec, powExponentPartial } from './ops';
import { ancestorsInOrder } from './topologicalOrder';
import { validateGraph } from './validateGraph';

/** A function of n variables with a cheap gradient. Not thread-safe: one caller at a time. */
export interface CompiledTape {
  /** The variables, in the order `args` and `gradOut` use. */
  readonly variableIds: readonly string[];
  /** Number of tape slots (nodes the output depends on). */
  readonly size: number;
  /** f(args): forward sweep only. `args.length` must be at least the number of variables. */
  evaluate(args: ArrayLike<number>): number;
  /** f(args), writing ∂f/∂variable_j into gradOut[j] (gradOut.length ≥ number of variables). */
  valueAndGradient(args: ArrayLike<number>, gradOut: Float64Array): number;
  /**
   * f as a function of a few of its variables (indices into variableIds) with the others held
   * at recorded values: the operations that do not depend on the varying variables are done once
   * per recording instead of once per call (a loss surface over two weights re-evaluates only the
   * part of the network those weights reach). Shares this tape's buffers: one caller at a time.
   */
  partial(varying: readonly number[]): PartialTape;
}

/** See CompiledTape.partial. Values are bit-identical to `evaluate` with the same arguments. */
export interface PartialTape {
  /** Numbers `record` stores per recording (the values the varying part reads, and f). */
  readonly recordSize: number;
  /** Operations re-run per `evaluate` (out of the tape's operations). */
  readonly varyingOps: number;
  /** Runs f(args) in full and stores what the varying part needs at store[offset …]. Returns f(args). */
  record(args: ArrayLike<number>, store: Float64Array, offset: number): number;
  /** f with the varying variables set to `values` (in `varying` order), the rest as recorded at `offset`. */
  evaluate(values: ArrayLike<number>, store: Float64Array, offset: number): number;
  /**
   * The varying part as data, for code generators (shared/nn/wasmLossGrid.ts) that must compute
   * exactly what `evaluate` computes. Read-only views of this tape's arrays.
   */
  readonly program: PartialProgram;
}

/** See PartialTape.program. Slots index the tape; opcodes are the sweep's (documented in tape.ts). */
export interface PartialProgram {
  /** Slots of the varying operations, in evaluation order. */
  readonly ops: Int32Array;
  /** Per slot: opcode, first and second argument slot (SUM: start and count in `sumArgs`). */
  readonly codes: Int32Array;
  readonly argA: Int32Array;
  readonly argB: Int32Array;
  readonly sumArgs: Int32Array;
  /** Slot of each recorded value: store[offset + k] holds slot frontier[k]. */
  readonly frontier: Int32Array;
  /** Slot of each varying variable (in `varying` order; −1 = not in the graph). */
  readonly varyingSlots: Int32Array;
  /** The output slot; `outputVaries` false means evaluate returns the recorded value. */
  readonly out: number;
  readonly outputVaries: boolean;
  /** Per slot: the allow-listed function of a UNARY_FN / BINARY_FN operation. */
  readonly unaryFn: (slot: number) => UnaryFn | undefined;
  readonly binaryFn: (slot: number) => BinaryFn | undefined;
}

/** Opcodes (values of PartialProgram.codes). */
export const TAPE_OP = {
  ADD: 1, SUB: 2, MUL: 3, DIV: 4, POW: 5, POW_CONST: 6, NEG: 7, SQUARE: 8, HALF_SQ_ERR: 9, BCE: 10,
  BCE_LOGITS: 11, SUM: 12, SIN: 13, COS: 14, EXP: 15, LN: 16, TANH: 17, SIGMOID: 18, SQRT: 19,
  UNARY_FN: 20, BINARY_FN: 21, POW_INT: 22,
} as const;

/** Opcodes whose second argument slot is not an input (unary operations; SUM lists its own). */
const UNARY_CODES = new Set([7, 13, 14, 15, 16, 17, 18, 19, 20]);

// Opcodes. The sweeps switch on the literal values (named in comments): module-level consts
// would cost a context load and TDZ check per case in the hot loop.
const ADD = 1;
const SUB = 2;
const MUL = 3;
const DIV = 4;
const POW = 5;
const POW_CONST = 6;
const NEG = 7;
const SQUARE = 8;
const HALF_SQ_ERR = 9;
const BCE = 10;
const BCE_LOGITS = 11;
const SUM = 12;
const SIN = 13;
const COS = 14;
const EXP = 15;
const LN = 16;
const TANH = 17;
const SIGMOID = 18;
const SQRT = 19;
const UNARY_FN = 20;
const BINARY_FN = 21;
const POW_INT = 22;

const FAST_UNARY: Readonly<Record<string, number>> = {
  sin: SIN, cos: COS, exp: EXP, ln: LN, tanh: TANH, sigmoid: SIGMOID, sqrt: SQRT,
};
const SIMPLE: Readonly<Record<string, number>> = {
  add: ADD, sub: SUB, mul: MUL, div: DIV, neg: NEG, square: SQUARE,
  halfSquaredError: HALF_SQ_ERR, bce: BCE, bceWithLogits: BCE_LOGITS, sum: SUM,
};

/** x^n for an integer n (|n| ≤ 16 here) by repeated squaring: much cheaper than Math.pow. */
export function powInt(x: number, n: number): number {
  let e = n < 0 ? -n : n;
  let base = x;
  let r = 1;
  while (e > 0) {
    if ((e & 1) === 1) r *= base;
    base *= base;
    e >>= 1;
  }
  return n < 0 ? 1 / r : r;
}

interface TapeOptions {
  /** Accept variable ids that are not in the graph (their gradient is 0). */
  readonly allowAbsentVariables?: boolean;
}

/**
 * Compiles node `outputId` of `graph` as a function of the leaves `variableIds` (other leaves keep
 * their stored values). Fails on structural errors, an unknown output, or a variable that is not a
 * leaf of the graph.
 */
export function compileGraph(
  graph: Graph,
  outputId: string,
  variableIds: readonly string[],
  options: TapeOptions = {},
): Result<CompiledTape, readonly GraphError[]> {
  const byId = nodeMap(graph);
  if (!byId.has(outputId)) return err([unknownNodeError(outputId)]);
  for (const id of variableIds) {
    const node = byId.get(id);
    if (node === undefined && options.allowAbsentVariables !== true) return err([unknownNodeError(id)]);
    if (node !== undefined && !isLeafOp(node.op)) return err([unknownVariableError(node.name)]);
  }
  const given = Object.fromEntries(variableIds.map((id) => [id, 0]));
  const valid = validateGraph(graph, given);
  if (!valid.ok) return err(valid.error);

  const order = ancestorsInOrder(graph, valid.value.order, outputId);
  const variableSet = new Set(variableIds);

  // Pass 1: values of everything that does not depend on a variable are computed once here
  // (constant folding: the 1/2 in ½(ŷ−y)² costs nothing per call).
  const folded = new Map<string, number>();
  for (const id of order) {
    const node = byId.get(id);
    if (node === undefined || variableSet.has(id)) continue;
    if (isLeafOp(node.op)) folded.set(id, node.value ?? 0);
    else if (node.inputs.every((i) => folded.has(i))) {
      folded.set(id, opSpec(node.op)?.eval(node.inputs.map((i) => folded.get(i) ?? Number.NaN)) ?? Number.NaN);
    }
  }
  // Slots: leaves (variables and folded constants) first, then operations in evaluation order, so
  // the sweeps loop over operations only.
  const leafIds = order.filter((id) => folded.has(id) || variableSet.has(id));
  const opIds = order.filter((id) => !folded.has(id) && !variableSet.has(id));
  const slots = [...leafIds, ...opIds];
  const n = slots.length;
  const firstOp = leafIds.length;
  const slot = new Map(slots.map((id, i) => [id, i]));
  const codes = new Int32Array(n);
  const argA = new Int32Array(n);
  const argB = new Int32Array(n);
  const values = new Float64Array(n);
  const adjoints = new Float64Array(n);
  const sumArgs: number[] = [];
  const unary: (UnaryFn | undefined)[] = new Array<UnaryFn | undefined>(n).fill(undefined);
  const binaryFns: (BinaryFn | undefined)[] = new Array<BinaryFn | undefined>(n).fill(undefined);
  const slotOf = (id: string | undefined): number => slot.get(id ?? '') ?? 0;

  const code = codes;
  const a = argA;
  const b = argB;
  leafIds.forEach((id, i) => {
    values[i] = folded.get(id) ?? 0;
  });
  opIds.forEach((id, k) => {
    const i = firstOp + k;
    const node = byId.get(id);
    if (node === undefined) return;
    const op: string = node.op;
    a[i] = slotOf(node.inputs[0]);
    b[i] = slotOf(node.inputs[1]);
    const fast = Object.hasOwn(FAST_UNARY, op) ? FAST_UNARY[op] : Object.hasOwn(SIMPLE, op) ? SIMPLE[op] : undefined;
    if (op === 'pow') {
      // A constant exponent needs no ∂/∂exponent (which is NaN for a negative base anyway), and a
      // small integer one is cheaper as multiplications than Math.pow.
      const e = folded.get(node.inputs[1] ?? '');
      if (e === undefined) code[i] = POW;
      else if (e === 2) code[i] = SQUARE;
      else code[i] = Number.isInteger(e) && Math.abs(e) <= 16 ? POW_INT : POW_CONST;
    } else if (op === 'sum') {
      code[i] = SUM;
      a[i] = sumArgs.length;
      b[i] = node.inputs.length;
      for (const input of node.inputs) sumArgs.push(slotOf(input));
    } else if (fast !== undefined) {
      code[i] = fast;
    } else if (isUnaryFn(op)) {
      code[i] = UNARY_FN;
      unary[i] = UNARY[op];
    } else if (isBinaryFn(op)) {
      code[i] = BINARY_FN;
      binaryFns[i] = BINARY[op];
    }
  });
  const sargs = Int32Array.from(sumArgs);
  const varSlots = Int32Array.from(variableIds.map((id) => slot.get(id) ?? -1));
  const out = slot.get(outputId) ?? n - 1;

  // Typed-array reads are `number | undefined` under noUncheckedIndexedAccess; every index below
  // is a slot < n by construction, so the casts are free and safe.
  const load = (args: ArrayLike<number>): void => {
    for (let j = 0; j < varSlots.length; j++) {
      const s = varSlots[j] as number;
      if (s >= 0) values[s] = args[j] as number;
    }
  };

  // Cases are ordered by how common they are: a JS switch is a chain of comparisons.
  const sweepForward = (): number => {
    // Locals rather than closure variables: lets the optimiser keep them in registers.
    const v = values;
    const a = argA;
    const b = argB;
    const code = codes;
    for (let i = firstOp; i < n; i++) {
      const x = v[a[i] as number] as number;
      const y = v[b[i] as number] as number;
      switch (code[i]) {
        case 3 /* MUL */: v[i] = x * y; break;
        case 1 /* ADD */: v[i] = x + y; break;
        case 2 /* SUB */: v[i] = x - y; break;
        case 8 /* SQUARE */: v[i] = x * x; break;
        case 22 /* POW_INT */: v[i] = powInt(x, y); break;
        case 4 /* DIV */: v[i] = x / y; break;
        case 7 /* NEG */: v[i] = -x; break;
        case 18 /* SIGMOID */: v[i] = sigmoid(x); break;
        case 17 /* TANH */: v[i] = Math.tanh(x); break;
        case 15 /* EXP */: v[i] = Math.exp(x); break;
        case 13 /* SIN */: v[i] = Math.sin(x); break;
        case 14 /* COS */: v[i] = Math.cos(x); break;
        case 16 /* LN */: v[i] = Math.log(x); break;
        case 19 /* SQRT */: v[i] = Math.sqrt(x); break;
        case 12 /* SUM */: {
          let s = 0;
          const end = (a[i] as number) + (b[i] as number);
          for (let k = a[i] as number; k < end; k++) s += v[sargs[k] as number] as number;
          v[i] = s;
          break;
        }
        case 9 /* HALF_SQ_ERR */: v[i] = 0.5 * (x - y) * (x - y); break;
        case 5 /* POW */: case 6 /* POW_CONST */: v[i] = Math.pow(x, y); break;
        case 10 /* BCE */: v[i] = binaryCrossEntropy(x, y); break;
        case 11 /* BCE_LOGITS */: v[i] = binaryCrossEntropyWithLogits(x, y); break;
        case 20 /* UNARY_FN */: v[i] = unary[i]?.eval(x) ?? Number.NaN; break;
        case 21 /* BINARY_FN */: v[i] = binaryFns[i]?.eval(x, y) ?? Number.NaN; break;
        default: v[i] = Number.NaN;
      }
    }
    return v[out] as number;
  };

  const sweepReverse = (): void => {
    const v = values;
    const a = argA;
    const b = argB;
    const code = codes;
    const adj = adjoints;
    for (let k = 0; k < n; k++) adj[k] = 0;
    adj[out] = 1;
    for (let i = n - 1; i >= firstOp; i--) {
      const g = adj[i] as number;
      // Same convention as `backward`: no upstream gradient, no contribution (avoids 0·∞).
      if (g === 0) continue;
      const ia = a[i] as number;
      const ib = b[i] as number;
      const x = v[ia] as number;
      const y = v[ib] as number;
      const z = v[i] as number;
      switch (code[i]) {
        case 3 /* MUL */: adj[ia] = (adj[ia] as number) + g * y; adj[ib] = (adj[ib] as number) + g * x; break;
        case 1 /* ADD */: adj[ia] = (adj[ia] as number) + g; adj[ib] = (adj[ib] as number) + g; break;
        case 2 /* SUB */: adj[ia] = (adj[ia] as number) + g; adj[ib] = (adj[ib] as number) - g; break;
        case 8 /* SQUARE */: adj[ia] = (adj[ia] as number) + 2 * g * x; break;
        case 22 /* POW_INT */: adj[ia] = (adj[ia] as number) + g * y * powInt(x, y - 1); break;
        case 4 /* DIV */: adj[ia] = (adj[ia] as number) + g / y; adj[ib] = (adj[ib] as number) - (g * x) / (y * y); break;
        case 7 /* NEG */: adj[ia] = (adj[ia] as number) - g; break;
        case 18 /* SIGMOID */: adj[ia] = (adj[ia] as number) + g * z * (1 - z); break;
        case 17 /* TANH */: adj[ia] = (adj[ia] as number) + g * (1 - z * z); break;
        case 15 /* EXP */: adj[ia] = (adj[ia] as number) + g * z; break;
        case 13 /* SIN */: adj[ia] = (adj[ia] as number) + g * Math.cos(x); break;
        case 14 /* COS */: adj[ia] = (adj[ia] as number) - g * Math.sin(x); break;
        case 16 /* LN */: adj[ia] = (adj[ia] as number) + g / x; break;
        case 19 /* SQRT */: adj[ia] = (adj[ia] as number) + g / (2 * z); break;
        case 12 /* SUM */: {
          const end = ia + ib;
          for (let k = ia; k < end; k++) adj[sargs[k] as number] = (adj[sargs[k] as number] as number) + g;
          break;
        }
        case 9 /* HALF_SQ_ERR */: adj[ia] = (adj[ia] as number) + g * (x - y); adj[ib] = (adj[ib] as number) - g * (x - y); break;
        case 5 /* POW */:
          adj[ia] = (adj[ia] as number) + g * y * Math.pow(x, y - 1);
          adj[ib] = (adj[ib] as number) + g * powExponentPartial(x, z);
          break;
        case 6 /* POW_CONST */: adj[ia] = (adj[ia] as number) + g * y * Math.pow(x, y - 1); break;
        case 10 /* BCE */: {
          const [dp, dy] = binaryCrossEntropyPartials(x, y);
          adj[ia] = (adj[ia] as number) + g * dp;
          adj[ib] = (adj[ib] as number) + g * dy;
          break;
        }
        case 11 /* BCE_LOGITS */: {
          const [dz, dy] = binaryCrossEntropyWithLogitsPartials(x, y);
          adj[ia] = (adj[ia] as number) + g * dz;
          adj[ib] = (adj[ib] as number) + g * dy;
          break;
        }
        case 20 /* UNARY_FN */: adj[ia] = (adj[ia] as number) + g * (unary[i]?.deriv(x, z) ?? Number.NaN); break;
        case 21 /* BINARY_FN */: {
          const d = binaryFns[i]?.deriv(x, y, z) ?? [Number.NaN, Number.NaN];
          adj[ia] = (adj[ia] as number) + g * d[0];
          adj[ib] = (adj[ib] as number) + g * d[1];
          break;
        }
        default: break;
      }
    }
  };

  /** The forward sweep over a list of operation slots (same cases as sweepForward). */
  const sweepList = (list: Int32Array): number => {
    const v = values;
    const a = argA;
    const b = argB;
    const code = codes;
    for (let j = 0; j < list.length; j++) {
      const i = list[j] as number;
      const x = v[a[i] as number] as number;
      const y = v[b[i] as number] as number;
      switch (code[i]) {
        case 3 /* MUL */: v[i] = x * y; break;
        case 1 /* ADD */: v[i] = x + y; break;
        case 2 /* SUB */: v[i] = x - y; break;
        case 8 /* SQUARE */: v[i] = x * x; break;
        case 22 /* POW_INT */: v[i] = powInt(x, y); break;
        case 4 /* DIV */: v[i] = x / y; break;
        case 7 /* NEG */: v[i] = -x; break;
        case 18 /* SIGMOID */: v[i] = sigmoid(x); break;
        case 17 /* TANH */: v[i] = Math.tanh(x); break;
        case 15 /* EXP */: v[i] = Math.exp(x); break;
        case 13 /* SIN */: v[i] = Math.sin(x); break;
        case 14 /* COS */: v[i] = Math.cos(x); break;
        case 16 /* LN */: v[i] = Math.log(x); break;
        case 19 /* SQRT */: v[i] = Math.sqrt(x); break;
        case 12 /* SUM */: {
          let s = 0;
          const end = (a[i] as number) + (b[i] as number);
          for (let k = a[i] as number; k < end; k++) s += v[sargs[k] as number] as number;
          v[i] = s;
          break;
        }
        case 9 /* HALF_SQ_ERR */: v[i] = 0.5 * (x - y) * (x - y); break;
        case 5 /* POW */: case 6 /* POW_CONST */: v[i] = Math.pow(x, y); break;
        case 10 /* BCE */: v[i] = binaryCrossEntropy(x, y); break;
        case 11 /* BCE_LOGITS */: v[i] = binaryCrossEntropyWithLogits(x, y); break;
        case 20 /* UNARY_FN */: v[i] = unary[i]?.eval(x) ?? Number.NaN; break;
        case 21 /* BINARY_FN */: v[i] = binaryFns[i]?.eval(x, y) ?? Number.NaN; break;
        default: v[i] = Number.NaN;
      }
    }
    return v[out] as number;
  };

  const partial = (varying: readonly number[]): PartialTape => {
    const dep = new Uint8Array(n);
    const varyingSlots = Int32Array.from(varying.map((j) => varSlots[j] ?? -1));
    for (const s of varyingSlots) if (s >= 0) dep[s] = 1;
    const inputsOf = (i: number): number[] => {
      const c = codes[i] as number;
      if (c === SUM) return Array.from(sargs.subarray(argA[i] as number, (argA[i] as number) + (argB[i] as number)));
      return UNARY_CODES.has(c) ? [argA[i] as number] : [argA[i] as number, argB[i] as number];
    };
    const ops: number[] = [];
    const frontier = new Set<number>();
    for (let i = firstOp; i < n; i++) {
      if (inputsOf(i).some((k) => dep[k] === 1)) {
        dep[i] = 1;
        ops.push(i);
      }
    }
    // The independent slots the varying operations read: all that must be restored per recording.
    for (const i of ops) for (const k of inputsOf(i)) if (dep[k] === 0) frontier.add(k);
    const list = Int32Array.from(ops);
    const front = Int32Array.from([...frontier].sort((x, y) => x - y));
    const f = front.length;
    return {
      recordSize: f + 1,
      varyingOps: list.length,
      record(args, store, offset) {
        load(args);
        const value = sweepForward();
        for (let k = 0; k < f; k++) store[offset + k] = values[front[k] as number] as number;
        // The value itself, returned as is when the varying variables do not reach the output.
        store[offset + f] = value;
        return value;
      },
      program: {
        ops: list, codes, argA, argB, sumArgs: sargs, frontier: front, varyingSlots, out, outputVaries: dep[out] === 1,
        unaryFn: (i) => unary[i], binaryFn: (i) => binaryFns[i],
      },
      evaluate(vals, store, offset) {
        if (dep[out] === 0) return store[offset + f] as number;
        const v = values;
        for (let k = 0; k < f; k++) v[front[k] as number] = store[offset + k] as number;
        for (let j = 0; j < varyingSlots.length; j++) {
          const s = varyingSlots[j] as number;
          if (s >= 0) v[s] = vals[j] as number;
        }
        return sweepList(list);
      },
    };
  };

  return ok({
    variableIds: [...variableIds],
    size: n,
    partial,
    evaluate(args) {
      load(args);
      return sweepForward();
    },
    valueAndGradient(args, gradOut) {
      load(args);
      const value = sweepForward();
      sweepReverse();
      for (let j = 0; j < varSlots.length; j++) {
        const s = varSlots[j] as number;
        gradOut[j] = s >= 0 ? (adjoints[s] as number) : 0;
      }
      return value;
    },
  });
}
