/**
 * Formula → computational graph, with the deck's decomposition visible (§3.4): leaves are the
 * variables and constants, every operation becomes a node named u₁, u₂, … in evaluation order,
 * and a repeated subexpression (a variable used twice, or σ(z) used twice) becomes ONE node that
 * feeds several consumers, so the backward sweep shows gradients adding up at the branch.
 */
import type { Expr } from '../expr/ast';
import { CONST_VALUES } from '../expr/ast';
import { displayName, subscript } from './displayName';
import { formatNumber } from './formatNumber';
import type { Graph, GraphNode } from './graph';
import type { NodeOp } from './ops';

export interface FromExprOptions {
  /** Variables to mark as trainable 'param' leaves (others become 'input' leaves). */
  readonly params?: readonly string[];
  /** Initial values of variable leaves, by variable name. */
  readonly values?: Readonly<Record<string, number>>;
  /** Display name of the output node (e.g. "L"); otherwise it is named like the other u's. */
  readonly outputName?: string;
  /**
   * Recognise the loss ½(a − b)² (written 1/2*(a-b)^2, 0.5*(a-b)^2 or (a-b)^2/2) as one
   * 'halfSquaredError' node and a^2 as 'square', as the deck draws them. Default false.
   */
  readonly fuse?: boolean;
  /** Merge structurally identical subexpressions into one node. Default true. */
  readonly share?: boolean;
}

export interface ExprGraph {
  readonly graph: Graph;
  /** Id of the node computing the whole expression. */
  readonly outputId: string;
}

const isTwo = (e: Expr): boolean => e.kind === 'num' && e.value === 2;
const isHalf = (e: Expr): boolean =>
  (e.kind === 'num' && e.value === 0.5) ||
  (e.kind === 'binary' && e.op === 'div' && e.left.kind === 'num' && e.left.value === 1 && isTwo(e.right));

/** [a, b] if `e` is (a − b)². */
function squaredDifference(e: Expr): readonly [Expr, Expr] | undefined {
  if (e.kind !== 'binary' || e.op !== 'pow' || !isTwo(e.right)) return undefined;
  const d = e.left;
  return d.kind === 'binary' && d.op === 'sub' ? [d.left, d.right] : undefined;
}

/** [a, b] if `e` is ½(a − b)² in one of the usual spellings. */
function halfSquaredDifference(e: Expr): readonly [Expr, Expr] | undefined {
  if (e.kind !== 'binary') return undefined;
  if (e.op === 'mul') {
    if (isHalf(e.left)) return squaredDifference(e.right);
    if (isHalf(e.right)) return squaredDifference(e.left);
  }
  if (e.op === 'div' && isTwo(e.right)) return squaredDifference(e.left);
  return undefined;
}

/** Builds the graph of `expr`. Variable leaves get their name as id; other ids start with "#". */
export function fromExpr(expr: Expr, options: FromExprOptions = {}): ExprGraph {
  const share = options.share ?? true;
  const params = new Set(options.params ?? []);
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, string>();
  let ops = 0;
  let consts = 0;

  const emit = (key: string, make: () => GraphNode): string => {
    const existing = share || key.startsWith('v:') ? byKey.get(key) : undefined;
    if (existing !== undefined) return existing;
    const node = make();
    nodes.push(node);
    byKey.set(key, node.id);
    return node.id;
  };
  const opNode = (op: NodeOp, inputs: readonly string[]): string =>
    emit(`${op}(${inputs.join(',')})`, () => {
      ops += 1;
      return { id: `#${ops}`, op, inputs, name: `u${subscript(ops)}` };
    });

  const build = (e: Expr): string => {
    if (options.fuse === true) {
      const hse = halfSquaredDifference(e);
      if (hse !== undefined) return opNode('halfSquaredError', [build(hse[0]), build(hse[1])]);
      if (e.kind === 'binary' && e.op === 'pow' && isTwo(e.right)) return opNode('square', [build(e.left)]);
    }
    switch (e.kind) {
      case 'num': {
        const key = `n:${Object.is(e.value, -0) ? '-0' : String(e.value)}`;
        return emit(key, () => {
          consts += 1;
          return { id: `#c${consts}`, op: 'const', inputs: [], name: formatNumber(e.value), value: e.value };
        });
      }
      case 'const':
        return emit(`k:${e.name}`, () => {
          consts += 1;
          return { id: `#c${consts}`, op: 'const', inputs: [], name: displayName(e.name), value: CONST_VALUES[e.name], symbol: e.name };
        });
      case 'var':
        return emit(`v:${e.name}`, () => {
          const value = options.values?.[e.name];
          return {
            id: e.name,
            op: params.has(e.name) ? 'param' : 'input',
            inputs: [],
            name: displayName(e.name),
            symbol: e.name,
            ...(value === undefined ? {} : { value }),
          };
        });
      case 'neg':
        return opNode('neg', [build(e.arg)]);
      case 'binary': {
        const l = build(e.left);
        const r = build(e.right);
        return opNode(e.op, [l, r]);
      }
      case 'call':
        return opNode(e.fn, e.args.map(build));
    }
  };

  const outputId = build(expr);
  const named =
    options.outputName === undefined
      ? nodes
      : nodes.map((n) => (n.id === outputId ? { ...n, name: options.outputName ?? n.name } : n));
  return { graph: { nodes: named }, outputId };
}
