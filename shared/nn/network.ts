/**
 * A network is an autodiff graph plus the roles of its nodes: which leaves are fed from a
 * dataset's features and target, which are trainable parameters, and which nodes are the
 * prediction and the per-point loss. Parameters travel as a Float64Array aligned with `paramIds`.
 */
import type { Graph, GraphNode } from '../autodiff/graph';
import type { LocalizedText } from '../text';
import { text } from '../text';

export interface Network {
  readonly graph: Graph;
  /** Leaves fed with one point's features, in feature order (length = dataset dim). */
  readonly featureIds: readonly string[];
  /** Leaf fed with the point's target. */
  readonly targetId: string;
  /** Trainable leaves, in the order parameter vectors use. */
  readonly paramIds: readonly string[];
  /** The network's output for one point (a probability, a logit or a real value). */
  readonly predictionId: string;
  /** The loss for one point; dataset losses are its mean over the points. */
  readonly lossId: string;
}

/** Activation functions a layer may use ('identity' adds no node). */
export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'softplus' | 'identity';

/**
 * Per-point losses:
 * - 'halfSquaredError': ½(ŷ − y)², the deck's loss (its mean is half the MSE);
 * - 'squaredError': (ŷ − y)², whose mean is the MSE;
 * - 'bce': binary cross-entropy from a probability ŷ ∈ [0, 1] (e.g. a sigmoid output);
 *   +∞ when ŷ rounds to exactly 0 or 1 on the wrong side;
 * - 'bceWithLogits': binary cross-entropy from a logit ŷ ∈ ℝ (identity output), computed as
 *   softplus(ŷ) − y·ŷ: the numerically stable choice for classification.
 */
export type LossKind = 'halfSquaredError' | 'squaredError' | 'bce' | 'bceWithLogits';

export type NnError =
  | { readonly kind: 'invalidLayers'; readonly message: LocalizedText }
  | { readonly kind: 'unknownParam'; readonly paramId: string; readonly message: LocalizedText }
  | { readonly kind: 'dimensionMismatch'; readonly message: LocalizedText }
  | { readonly kind: 'invalidGraph'; readonly message: LocalizedText };

export const invalidLayersError = (why: LocalizedText): NnError => ({ kind: 'invalidLayers', message: why });

export const unknownParamError = (paramId: string): NnError => ({
  kind: 'unknownParam',
  paramId,
  message: text(`"${paramId}" is not a parameter of this network.`, `“${paramId}”不是该网络的参数。`),
});

/** `what` names the counted thing in both languages, e.g. text('features per point', '每个数据点的特征数'). */
export const dimensionMismatchError = (what: LocalizedText, expected: number, actual: number): NnError => ({
  kind: 'dimensionMismatch',
  message: text(`Expected ${expected} ${what.en}, got ${actual}.`, `${what['zh-CN']}应为 ${expected}，实际为 ${actual}。`),
});

export const invalidGraphError = (message: LocalizedText): NnError => ({ kind: 'invalidGraph', message });

/** Appends the loss node(s) comparing `predictionId` with `targetId`; returns the loss node id. */
export function appendLoss(nodes: GraphNode[], predictionId: string, targetId: string, loss: LossKind): string {
  if (loss === 'squaredError') {
    nodes.push({ id: 'err', op: 'sub', inputs: [predictionId, targetId], name: 'e' });
    nodes.push({ id: 'L', op: 'square', inputs: ['err'], name: 'L' });
  } else {
    nodes.push({ id: 'L', op: loss, inputs: [predictionId, targetId], name: 'L' });
  }
  return 'L';
}

/** The current parameter values stored in the graph, aligned with `paramIds`. */
export function initialParams(network: Network): Float64Array {
  const byId = new Map(network.graph.nodes.map((n) => [n.id, n.value ?? 0]));
  return Float64Array.from(network.paramIds.map((id) => byId.get(id) ?? 0));
}

/** The network's graph with parameters set to `params` (for the canvas after a training step). */
export function withParams(network: Network, params: ArrayLike<number>): Network {
  const values = new Map(network.paramIds.map((id, i) => [id, params[i] ?? 0]));
  return {
    ...network,
    graph: { nodes: network.graph.nodes.map((n) => (values.has(n.id) ? { ...n, value: values.get(n.id) ?? 0 } : n)) },
  };
}
