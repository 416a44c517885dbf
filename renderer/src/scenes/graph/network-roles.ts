/**
 * Which nodes of a canvas graph play which role in training (features, target, parameters,
 * prediction, loss), read off the graph itself so any graph with a loss node can be trained —
 * a template, a typed formula or something built by hand. Nothing extra is stored.
 */
import type { Graph } from '$shared/autodiff/graph';
import { getNode } from '$shared/autodiff/graph';
import type { Dataset } from '$shared/nn/dataset';
import type { Network } from '$shared/nn/network';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { chooseOutput } from './run-model';

const TARGET_NAMES: ReadonlySet<string> = new Set(['y', 't', 'target']);

/**
 * The network view of `graph`: parameters are the 'param' leaves (graph order), the target is the
 * input leaf named y (or t), features are the other inputs, the loss is the output node and the
 * prediction its first input. Refused with a reason when the graph has no parameter, no target or
 * no output.
 */
export function networkOf(graph: Graph): Result<Network, LocalizedText> {
  const lossId = chooseOutput(graph);
  if (lossId === undefined) return err(text('Add a loss node to train.', '请先添加损失节点再训练。'));
  const inputs = graph.nodes.filter((n) => n.op === 'input');
  const target = inputs.find((n) => TARGET_NAMES.has(n.id) || TARGET_NAMES.has(n.symbol ?? '') || TARGET_NAMES.has(n.name));
  if (target === undefined) {
    return err(text('Training needs a target input named y.', '训练需要一个名为 y 的目标输入。'));
  }
  const paramIds = graph.nodes.filter((n) => n.op === 'param').map((n) => n.id);
  if (paramIds.length === 0) return err(text('There is no parameter (w) to train.', '没有可训练的参数（w）。'));
  const loss = getNode(graph, lossId);
  const predictionId = loss?.inputs[0] !== undefined && loss.inputs[0] !== '' ? loss.inputs[0] : lossId;
  return ok({
    graph,
    featureIds: inputs.filter((n) => n.id !== target.id).map((n) => n.id),
    targetId: target.id,
    paramIds,
    predictionId,
    lossId,
  });
}

/** A one-point dataset made of the values currently on the canvas (the deck's single example). */
export function exampleDataset(network: Network): Dataset {
  const value = (id: string): number => getNode(network.graph, id)?.value ?? 0;
  return {
    name: 'custom',
    task: 'regression',
    dim: network.featureIds.length,
    size: 1,
    features: Float64Array.from(network.featureIds.map(value)),
    targets: Float64Array.of(value(network.targetId)),
  };
}

/** Current parameter values, aligned with `network.paramIds`. */
export function paramsOf(network: Network): Float64Array {
  return Float64Array.from(network.paramIds.map((id) => getNode(network.graph, id)?.value ?? 0));
}
