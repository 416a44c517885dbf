/**
 * The computational graph as plain data (DESIGN.md §2, §5): the canvas UI edits it with undo/redo,
 * documents save it as JSON, and the pure sweeps in this folder (forward, backward, forwardMode,
 * traces, compiled tapes) read it. Nothing here mutates: every helper returns a new graph.
 */
import type { NodeOp } from './ops';
import { own } from '../dict';

/** One scalar node of the graph. */
export interface GraphNode {
  /** Stable identifier: survives renames and edits; edges refer to it. */
  readonly id: string;
  /** What the node computes; leaves are 'input' (fed data), 'param' (trainable) and 'const'. */
  readonly op: NodeOp;
  /** Ids of the nodes this one reads, in argument order (e.g. [numerator, denominator] for 'div'). */
  readonly inputs: readonly string[];
  /** Display name shown on the canvas, e.g. "u₁", "ŷ", "L", "w₁". */
  readonly name: string;
  /**
   * For leaves: the current value (a 'const' must have one; an 'input' or 'param' may instead be
   * given to `forward`). For operation nodes: the last computed value, if the graph was annotated.
   */
  readonly value?: number;
  /** Last computed gradient of the chosen output with respect to this node, if annotated. */
  readonly grad?: number;
  /**
   * The identifier this leaf has in formulas (variable name for input/param, 'pi' or 'e' for a
   * named constant). Defaults to the id for input/param leaves.
   */
  readonly symbol?: string;
}

/** A computational graph: an ordered list of nodes (order is used only to break ties). */
export interface Graph {
  readonly nodes: readonly GraphNode[];
}

/** Leaf ops: nodes without inputs. */
export const LEAF_OPS = ['input', 'param', 'const'] as const;
export type LeafOp = (typeof LEAF_OPS)[number];

export function isLeafOp(op: string): op is LeafOp {
  return (LEAF_OPS as readonly string[]).includes(op);
}

/** Builds a graph from nodes (no validation: see `validateGraph`). */
export function createGraph(nodes: readonly GraphNode[]): Graph {
  return { nodes: [...nodes] };
}

/** The node with this id, or undefined. Linear scan: graphs on the canvas are small. */
export function getNode(graph: Graph, id: string): GraphNode | undefined {
  return graph.nodes.find((n) => n.id === id);
}

/** Map from id to node, for code that looks up many nodes. */
export function nodeMap(graph: Graph): ReadonlyMap<string, GraphNode> {
  return new Map(graph.nodes.map((n) => [n.id, n]));
}

/** A new graph with `node` appended (replacing any node with the same id in place). */
export function addNode(graph: Graph, node: GraphNode): Graph {
  const i = graph.nodes.findIndex((n) => n.id === node.id);
  if (i < 0) return { nodes: [...graph.nodes, node] };
  return { nodes: graph.nodes.map((n, j) => (j === i ? node : n)) };
}

/**
 * A new graph without the node `id`. Edges into it are removed from its consumers too, which
 * leaves them short of inputs: `validateGraph` then names the node that blocks evaluation.
 */
export function removeNode(graph: Graph, id: string): Graph {
  return {
    nodes: graph.nodes
      .filter((n) => n.id !== id)
      .map((n) => (n.inputs.includes(id) ? { ...n, inputs: n.inputs.filter((x) => x !== id) } : n)),
  };
}

/** A new graph where node `id` is replaced by `patch(node)`; unchanged if the id is absent. */
export function updateNode(graph: Graph, id: string, patch: (node: GraphNode) => GraphNode): Graph {
  return { nodes: graph.nodes.map((n) => (n.id === id ? patch(n) : n)) };
}

/** A new graph with the leaf `id` set to `value`. */
export function setValue(graph: Graph, id: string, value: number): Graph {
  return updateNode(graph, id, (n) => ({ ...n, value }));
}

/** A new graph with node `id` renamed (display name only; the id stays). */
export function renameNode(graph: Graph, id: string, name: string): Graph {
  return updateNode(graph, id, (n) => ({ ...n, name }));
}

/** Ids of the nodes that read node `id`, in graph order (several if the value branches). */
export function consumers(graph: Graph, id: string): string[] {
  return graph.nodes.filter((n) => n.inputs.includes(id)).map((n) => n.id);
}

/**
 * A new graph whose nodes carry `values` and `grads` (e.g. from `forward` and `backward`), so the
 * canvas can draw the data/grad labels micrograd-style. Leaves keep their value if none is given.
 */
export function annotate(
  graph: Graph,
  values: Readonly<Record<string, number>>,
  grads?: Readonly<Record<string, number>>,
): Graph {
  return {
    nodes: graph.nodes.map((n) => {
      const value = own(values, n.id) ?? n.value;
      const grad = grads ? own(grads, n.id) : undefined;
      const next: GraphNode = { ...n };
      return {
        ...next,
        ...(value === undefined ? {} : { value }),
        ...(grad === undefined ? {} : { grad }),
      };
    }),
  };
}
