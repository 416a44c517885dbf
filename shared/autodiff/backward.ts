/**
 * Reverse mode (micrograd style): seed ∂out/∂out = 1, then visit nodes in reverse evaluation order
 * and add upstream × local into each input. The trace records every such addition so the canvas
 * can animate the chain rule, including the sums where one value feeds several nodes.
 */
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { unknownNodeError } from './errors';
import type { ForwardValues } from './forward';
import type { Graph } from './graph';
import { isLeafOp, nodeMap } from './graph';
import type { NodeOp } from './ops';
import { opSpec } from './ops';
import { ancestorsInOrder } from './topologicalOrder';
import { dictFrom, own } from '../dict';

/** One chain-rule term: the gradient flowing from `nodeId` into its input `targetId`. */
export interface BackwardStep {
  /** The node whose gradient is being passed back. */
  readonly nodeId: string;
  readonly op: NodeOp;
  /** ∂output/∂node: complete when the node is visited (all its consumers came before). */
  readonly upstream: number;
  /** Which argument of the node the target is (a node reading x twice yields two steps). */
  readonly inputIndex: number;
  readonly targetId: string;
  /** ∂node/∂target at the forward values. */
  readonly local: number;
  /** upstream × local (taken as 0 when upstream is 0, so 0·∞ does not poison the sweep). */
  readonly contribution: number;
  /** ∂output/∂target after adding this contribution. */
  readonly accumulated: number;
}

export interface BackwardValues {
  readonly outputId: string;
  /**
   * ∂output/∂node for every node (0 for nodes the output does not depend on and for 'const'
   * leaves, which are not variables).
   */
  readonly grads: Readonly<Record<string, number>>;
}

export interface BackwardTrace extends BackwardValues {
  /** Steps in the order they are applied; the sweep starts from ∂output/∂output = 1. */
  readonly steps: readonly BackwardStep[];
}

export type BackwardResult = Result<BackwardValues, readonly GraphError[]>;

function run(
  graph: Graph,
  outputId: string,
  fwd: ForwardValues,
  steps: BackwardStep[] | undefined,
): Result<BackwardValues, readonly GraphError[]> {
  const byId = nodeMap(graph);
  if (!byId.has(outputId)) return err([unknownNodeError(outputId)]);
  const grads = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  grads.set(outputId, 1);
  const order = ancestorsInOrder(graph, fwd.order, outputId);
  const valueOf = (id: string): number => own(fwd.values, id) ?? Number.NaN;
  for (let k = order.length - 1; k >= 0; k--) {
    const id = order[k] ?? '';
    const node = byId.get(id);
    if (node === undefined || isLeafOp(node.op)) continue;
    const spec = opSpec(node.op);
    if (spec === undefined) continue;
    const upstream = grads.get(id) ?? 0;
    const args = node.inputs.map(valueOf);
    const locals = spec.partials(args, valueOf(id));
    node.inputs.forEach((targetId, inputIndex) => {
      if (byId.get(targetId)?.op === 'const') return;
      const local = locals[inputIndex] ?? Number.NaN;
      const contribution = upstream === 0 ? 0 : upstream * local;
      const accumulated = (grads.get(targetId) ?? 0) + contribution;
      grads.set(targetId, accumulated);
      steps?.push({ nodeId: id, op: node.op, upstream, inputIndex, targetId, local, contribution, accumulated });
    });
  }
  return ok({ outputId, grads: dictFrom(grads) });
}

/**
 * Gradients of node `outputId` with respect to every node, from the values of a `forward` run on
 * the same graph. Fails only if `outputId` names no node.
 */
export function backward(graph: Graph, outputId: string, forwardValues: ForwardValues): BackwardResult {
  return run(graph, outputId, forwardValues, undefined);
}

/** Like `backward`, plus every chain-rule step in the order applied (for the backward animation). */
export function backwardTrace(
  graph: Graph,
  outputId: string,
  forwardValues: ForwardValues,
): Result<BackwardTrace, readonly GraphError[]> {
  const steps: BackwardStep[] = [];
  const result = run(graph, outputId, forwardValues, steps);
  return result.ok ? ok({ ...result.value, steps }) : result;
}
