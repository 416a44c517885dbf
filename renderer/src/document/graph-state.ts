/**
 * The graph canvas as document state. GraphSession keeps an undo history rather than a
 * snapshot/restore pair, so this adapter gives it one: the present document (graph and node
 * positions, without computed values or gradients) plus the training settings. Training history
 * (the loss curve) is a result, not a setting, and is recomputed by training again.
 */
import type { GraphNode } from '$shared/autodiff/graph';
import type { OptimizerKind } from '$shared/optim/config';
import { dict } from '$shared/dict';
import type { GraphDoc, XY } from '../scenes/graph/graph-doc';
import type { GraphSession } from '../scenes/graph/graph-session.svelte';
import type { DatasetId, TemplateId } from '../scenes/graph/templates';
import type { SceneTarget } from './document-types';

export interface GraphState {
  readonly doc: GraphDoc;
  readonly template: TemplateId;
  readonly dataset: DatasetId;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  readonly steps: number;
}

const LEAVES: ReadonlySet<string> = new Set(['input', 'param', 'const']);

/** The document as saved: leaves keep their values, operation nodes drop computed values and gradients. */
export function plainGraphDoc(doc: GraphDoc): GraphDoc {
  const nodes: GraphNode[] = doc.graph.nodes.map((n) => ({
    id: n.id,
    op: n.op,
    inputs: [...n.inputs],
    name: n.name,
    ...(n.value !== undefined && LEAVES.has(n.op) ? { value: n.value } : {}),
    ...(n.symbol !== undefined ? { symbol: n.symbol } : {}),
  }));
  const positions = dict<XY>();
  for (const n of nodes) {
    const p = Object.hasOwn(doc.positions, n.id) ? doc.positions[n.id] : undefined;
    if (p) positions[n.id] = { x: p.x, y: p.y };
  }
  return { graph: { nodes }, positions };
}

export function graphDocumentTarget(session: GraphSession): SceneTarget<GraphState> {
  return {
    snapshot: () => ({
      doc: plainGraphDoc(session.doc),
      template: session.template,
      dataset: session.dataset,
      optimizer: session.optimizer,
      learningRate: session.learningRate,
      steps: session.steps,
    }),
    restore: (s) => {
      session.pause();
      const r = session.edit({ kind: 'replaceGraph', doc: s.doc });
      if (!r.ok) throw new Error(r.error.en);
      session.template = s.template;
      session.dataset = s.dataset;
      session.optimizer = s.optimizer;
      session.learningRate = s.learningRate;
      session.steps = s.steps;
      session.resetTraining();
      session.reset();
    },
  };
}
