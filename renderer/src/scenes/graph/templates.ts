/**
 * Ready-made graphs: the deck's worked network (with the deck's names and numbers), a 2-2-1
 * multilayer perceptron for XOR, and a single neuron for linearly separable data. Each opens as
 * a laid-out document.
 */
import { deckNetwork } from '$shared/nn/deckNetwork';
import { mlp, neuron } from '$shared/nn/mlp';
import type { Graph } from '$shared/autodiff/graph';
import type { GraphDoc } from './graph-doc';
import { layoutGraph } from './layout';

export type TemplateId = 'deck' | 'xor' | 'neuron' | 'empty';
export type DatasetId = 'example' | 'xor' | 'twoMoons' | 'circles' | 'linearlySeparable';

export interface Template {
  readonly id: TemplateId;
  /** The dataset that goes with it ('example' = the single point on the canvas). */
  readonly dataset: DatasetId;
  /** A learning rate that trains it well with plain gradient descent. */
  readonly learningRate: number;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'deck', dataset: 'example', learningRate: 1 },
  { id: 'xor', dataset: 'xor', learningRate: 0.5 },
  { id: 'neuron', dataset: 'linearlySeparable', learningRate: 0.5 },
  { id: 'empty', dataset: 'example', learningRate: 0.1 },
];

function templateGraph(id: TemplateId): Graph {
  switch (id) {
    case 'deck':
      return deckNetwork().graph;
    case 'xor': {
      // tanh hidden units and a sigmoid output with cross-entropy: the classic XOR setup.
      const n = mlp([2, 2, 1], 'tanh', 3, { outputActivation: 'sigmoid', loss: 'bce' });
      return n.ok ? n.value.graph : deckNetwork().graph;
    }
    case 'neuron': {
      const n = neuron(2, { activation: 'sigmoid', loss: 'bce', seed: 2 });
      return n.ok ? n.value.graph : deckNetwork().graph;
    }
    case 'empty':
      return { nodes: [] };
  }
}

/** The template as a laid-out canvas document. */
export function templateDoc(id: TemplateId): GraphDoc {
  const graph = templateGraph(id);
  return { graph, positions: layoutGraph(graph) };
}
