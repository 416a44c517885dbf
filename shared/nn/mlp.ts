/** Neurons and multilayer perceptrons built as autodiff graphs with named parameters. */
import type { GraphNode } from '../autodiff/graph';
import { subscript } from '../autodiff/displayName';
import type { Result } from '../result';
import { err, ok } from '../result';
import { text } from '../text';
import type { Activation, LossKind, Network, NnError } from './network';
import { appendLoss, invalidLayersError } from './network';
import { mulberry32, uniform } from './prng';

export interface NeuronOptions {
  /** Activation of the neuron (default 'sigmoid'). */
  readonly activation?: Activation;
  /** Per-point loss (default 'halfSquaredError'). */
  readonly loss?: LossKind;
  /** Initial weights w₁…wₙ (default: seeded Glorot-uniform), and bias (default 0). */
  readonly weights?: readonly number[];
  readonly bias?: number;
  /** Seed for the default weights (default 1). */
  readonly seed?: number;
}

const glorot = (fanIn: number, fanOut: number): number => Math.sqrt(6 / (fanIn + fanOut));

/** Appends the activation node for `preId` and returns the id of the layer's output. */
function activate(nodes: GraphNode[], preId: string, activation: Activation, id: string, name: string): string {
  if (activation === 'identity') return preId;
  nodes.push({ id, op: activation, inputs: [preId], name });
  return id;
}

/**
 * One neuron: ŷ = act(w₁x₁ + … + wₙxₙ + b), with the products as visible nodes u₁…uₙ, their
 * Σ as z, and the loss L against target y. `inputs` ≥ 1.
 */
export function neuron(inputs: number, options: NeuronOptions = {}): Result<Network, NnError> {
  if (!Number.isInteger(inputs) || inputs < 1 || inputs > 1000) {
    return err(invalidLayersError(text('A neuron needs between 1 and 1000 inputs.', '神经元的输入个数应在 1 到 1000 之间。')));
  }
  const rng = mulberry32(options.seed ?? 1);
  const limit = glorot(inputs, 1);
  const nodes: GraphNode[] = [];
  const featureIds: string[] = [];
  const paramIds: string[] = [];
  const terms: string[] = [];
  for (let i = 1; i <= inputs; i++) {
    const w = options.weights?.[i - 1] ?? uniform(rng, -limit, limit);
    nodes.push({ id: `w${i}`, op: 'param', inputs: [], name: `w${subscript(i)}`, value: w });
    nodes.push({ id: `x${i}`, op: 'input', inputs: [], name: `x${subscript(i)}`, value: 0 });
    nodes.push({ id: `u${i}`, op: 'mul', inputs: [`w${i}`, `x${i}`], name: `u${subscript(i)}` });
    featureIds.push(`x${i}`);
    paramIds.push(`w${i}`);
    terms.push(`u${i}`);
  }
  nodes.push({ id: 'b', op: 'param', inputs: [], name: 'b', value: options.bias ?? 0 });
  paramIds.push('b');
  nodes.push({ id: 'z', op: 'sum', inputs: [...terms, 'b'], name: 'z' });
  const predictionId = activate(nodes, 'z', options.activation ?? 'sigmoid', 'yhat', 'ŷ');
  nodes.push({ id: 'y', op: 'input', inputs: [], name: 'y', value: 0 });
  const lossId = appendLoss(nodes, predictionId, 'y', options.loss ?? 'halfSquaredError');
  return ok({ graph: { nodes }, featureIds, targetId: 'y', paramIds, predictionId, lossId });
}

export interface MlpOptions {
  /** Activation of the output unit (default 'identity': a real value or a logit). */
  readonly outputActivation?: Activation;
  /** Per-point loss (default 'halfSquaredError'). */
  readonly loss?: LossKind;
}

/**
 * A fully connected network with layer sizes [inputs, hidden…, 1] (one output unit, since
 * targets are scalars). Parameter ids: `w{l}_{j}_{i}` is the weight from unit i of layer l−1 to
 * unit j of layer l (1-based), `b{l}_{j}` its bias; displayed as w⁽ˡ⁾ⱼ,ᵢ-style names "w¹₂,₁".
 * Hidden units use `activation`; weights are Glorot-uniform from `seed`, biases 0.
 * Sizes must be integers in 1…64 and there must be at least two layers ending in 1.
 */
export function mlp(
  layerSizes: readonly number[],
  activation: Activation,
  seed: number,
  options: MlpOptions = {},
): Result<Network, NnError> {
  if (layerSizes.length < 2 || layerSizes.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) {
    return err(invalidLayersError(text(
      'Layer sizes must be at least two whole numbers between 1 and 64.',
      '层的规模必须是至少两个 1 到 64 之间的整数。',
    )));
  }
  if (layerSizes[layerSizes.length - 1] !== 1) {
    return err(invalidLayersError(text('The last layer must have exactly one unit.', '最后一层必须恰好有一个单元。')));
  }
  const rng = mulberry32(seed);
  const sup = (l: number): string => String(l).split('').map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d).join('');
  const nodes: GraphNode[] = [];
  const paramIds: string[] = [];
  const nIn = layerSizes[0] ?? 1;
  let previous: string[] = [];
  for (let i = 1; i <= nIn; i++) {
    nodes.push({ id: `x${i}`, op: 'input', inputs: [], name: `x${subscript(i)}`, value: 0 });
    previous.push(`x${i}`);
  }
  const featureIds = [...previous];
  const last = layerSizes.length - 1;
  for (let l = 1; l <= last; l++) {
    const size = layerSizes[l] ?? 1;
    const limit = glorot(previous.length, size);
    const current: string[] = [];
    for (let j = 1; j <= size; j++) {
      const terms: string[] = [];
      previous.forEach((src, k) => {
        const i = k + 1;
        const w = `w${l}_${j}_${i}`;
        nodes.push({ id: w, op: 'param', inputs: [], name: `w${sup(l)}${subscript(j)},${subscript(i)}`, value: uniform(rng, -limit, limit) });
        paramIds.push(w);
        nodes.push({ id: `m${l}_${j}_${i}`, op: 'mul', inputs: [w, src], name: `m${sup(l)}${subscript(j)},${subscript(i)}` });
        terms.push(`m${l}_${j}_${i}`);
      });
      const b = `b${l}_${j}`;
      nodes.push({ id: b, op: 'param', inputs: [], name: `b${sup(l)}${subscript(j)}`, value: 0 });
      paramIds.push(b);
      const z = `z${l}_${j}`;
      nodes.push({ id: z, op: 'sum', inputs: [...terms, b], name: `z${sup(l)}${subscript(j)}` });
      const act = l === last ? (options.outputActivation ?? 'identity') : activation;
      const name = l === last ? 'ŷ' : `a${sup(l)}${subscript(j)}`;
      current.push(activate(nodes, z, act, l === last ? 'yhat' : `a${l}_${j}`, name));
    }
    previous = current;
  }
  const predictionId = previous[0] ?? 'yhat';
  nodes.push({ id: 'y', op: 'input', inputs: [], name: 'y', value: 0 });
  const lossId = appendLoss(nodes, predictionId, 'y', options.loss ?? 'halfSquaredError');
  return ok({ graph: { nodes }, featureIds, targetId: 'y', paramIds, predictionId, lossId });
}
