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
}

// Opcodes are plain numeric constants (not an enum object) so the sweeps switch on literals.
const LEAF = 0;
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

const FAST_UNARY: Readonly<Record<string, number>> = {
  sin: SIN, cos: COS, exp: EXP, ln: LN, tanh: TANH, sigmoid: SIGMOID, sqrt: SQRT,
};
const SIMPLE: Readonly<Record<string, number>> = {
  add: ADD, sub: SUB, mul: MUL, div: DIV, neg: NEG, square: SQUARE,
  halfSquaredError: HALF_SQ_ERR, bce: BCE, bceWithLogits: BCE_LOGITS, sum: SUM,
};

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
  const n = order.length;
  const slot = new Map(order.map((id, i) => [id, i]));
  const code = new Int32Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  const v = new Float64Array(n);
  const adj = new Float64Array(n);
  const sumArgs: number[] = [];
  const unary: (UnaryFn | undefined)[] = new Array<UnaryFn | undefined>(n).fill(undefined);
  const binaryFns: (BinaryFn | undefined)[] = new Array<BinaryFn | undefined>(n).fill(undefined);
  const slotOf = (id: string | undefined): number => slot.get(id ?? '') ?? 0;

  // Slots that do not depend on a variable are computed once here and become leaves of the tape
  // (constant folding: 1/2 in ½(ŷ−y)² costs nothing per call).
  const variableSet = new Set(variableIds);
  const constant = new Array<boolean>(n).fill(false);
  order.forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const op: string = node.op;
    if (isLeafOp(op)) {
      code[i] = LEAF;
      v[i] = node.value ?? 0;
      constant[i] = !variableSet.has(id);
      return;
    }
    const inputSlots = node.inputs.map(slotOf);
    if (inputSlots.every((s) => constant[s] === true)) {
      code[i] = LEAF;
      v[i] = opSpec(op)?.eval(inputSlots.map((s) => v[s] as number)) ?? Number.NaN;
      constant[i] = true;
      return;
    }
    a[i] = slotOf(node.inputs[0]);
    b[i] = slotOf(node.inputs[1]);
    const fast = Object.hasOwn(FAST_UNARY, op) ? FAST_UNARY[op] : Object.hasOwn(SIMPLE, op) ? SIMPLE[op] : undefined;
    if (op === 'pow') {
      // A constant exponent needs no ∂/∂exponent (which is NaN for a negative base anyway).
      code[i] = constant[b[i] as number] === true ? (v[b[i] as number] === 2 ? SQUARE : POW_CONST) : POW;
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
      if (s >= 0) v[s] = args[j] as number;
    }
  };

  const sweepForward = (): number => {
    for (let i = 0; i < n; i++) {
      const x = v[a[i] as number] as number;
      const y = v[b[i] as number] as number;
      switch (code[i]) {
        case LEAF: break;
        case ADD: v[i] = x + y; break;
        case SUB: v[i] = x - y; break;
        case MUL: v[i] = x * y; break;
        case DIV: v[i] = x / y; break;
        case POW: case POW_CONST: v[i] = Math.pow(x, y); break;
        case NEG: v[i] = -x; break;
        case SQUARE: v[i] = x * x; break;
        case HALF_SQ_ERR: v[i] = 0.5 * (x - y) * (x - y); break;
        case BCE: v[i] = binaryCrossEntropy(x, y); break;
        case BCE_LOGITS: v[i] = binaryCrossEntropyWithLogits(x, y); break;
        case SUM: {
          let s = 0;
          const end = (a[i] as number) + (b[i] as number);
          for (let k = a[i] as number; k < end; k++) s += v[sargs[k] as number] as number;
          v[i] = s;
          break;
        }
        case SIN: v[i] = Math.sin(x); break;
        case COS: v[i] = Math.cos(x); break;
        case EXP: v[i] = Math.exp(x); break;
        case LN: v[i] = Math.log(x); break;
        case TANH: v[i] = Math.tanh(x); break;
        case SIGMOID: v[i] = sigmoid(x); break;
        case SQRT: v[i] = Math.sqrt(x); break;
        case UNARY_FN: v[i] = unary[i]?.eval(x) ?? Number.NaN; break;
        case BINARY_FN: v[i] = binaryFns[i]?.eval(x, y) ?? Number.NaN; break;
        default: v[i] = Number.NaN;
      }
    }
    return v[out] as number;
  };

  const acc = (i: number, d: number): void => {
    adj[i] = (adj[i] as number) + d;
  };

  const sweepReverse = (): void => {
    adj.fill(0);
    adj[out] = 1;
    for (let i = n - 1; i >= 0; i--) {
      const g = adj[i] as number;
      // Same convention as `backward`: no upstream gradient, no contribution (avoids 0·∞).
      if (g === 0) continue;
      const ia = a[i] as number;
      const ib = b[i] as number;
      const x = v[ia] as number;
      const y = v[ib] as number;
      const z = v[i] as number;
      switch (code[i]) {
        case LEAF: break;
        case ADD: acc(ia, g); acc(ib, g); break;
        case SUB: acc(ia, g); acc(ib, -g); break;
        case MUL: acc(ia, g * y); acc(ib, g * x); break;
        case DIV: acc(ia, g / y); acc(ib, -((g * x) / (y * y))); break;
        case POW:
          acc(ia, g * y * Math.pow(x, y - 1));
          acc(ib, g * powExponentPartial(x, z));
          break;
        case POW_CONST: acc(ia, g * y * Math.pow(x, y - 1)); break;
        case NEG: acc(ia, -g); break;
        case SQUARE: acc(ia, 2 * g * x); break;
        case HALF_SQ_ERR: acc(ia, g * (x - y)); acc(ib, -(g * (x - y))); break;
        case BCE: {
          const [dp, dy] = binaryCrossEntropyPartials(x, y);
          acc(ia, g * dp);
          acc(ib, g * dy);
          break;
        }
        case BCE_LOGITS: {
          const [dz, dy] = binaryCrossEntropyWithLogitsPartials(x, y);
          acc(ia, g * dz);
          acc(ib, g * dy);
          break;
        }
        case SUM: {
          const end = ia + ib;
          for (let k = ia; k < end; k++) acc(sargs[k] as number, g);
          break;
        }
        case SIN: acc(ia, g * Math.cos(x)); break;
        case COS: acc(ia, -(g * Math.sin(x))); break;
        case EXP: acc(ia, g * z); break;
        case LN: acc(ia, g / x); break;
        case TANH: acc(ia, g * (1 - z * z)); break;
        case SIGMOID: acc(ia, g * z * (1 - z)); break;
        case SQRT: acc(ia, g / (2 * z)); break;
        case UNARY_FN: acc(ia, g * (unary[i]?.deriv(x, z) ?? Number.NaN)); break;
        case BINARY_FN: {
          const d = binaryFns[i]?.deriv(x, y, z) ?? [Number.NaN, Number.NaN];
          acc(ia, g * d[0]);
          acc(ib, g * d[1]);
          break;
        }
        default: break;
      }
    }
  };

  return ok({
    variableIds: [...variableIds],
    size: n,
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
        gradOut[j] = s >= 0 ? (adj[s] as number) : 0;
      }
      return value;
    },
  });
}
