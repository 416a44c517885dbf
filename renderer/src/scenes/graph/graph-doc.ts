/**
 * What the canvas edits: the shared autodiff `Graph` itself (no second model of it) plus where
 * each node sits on the canvas. Everything here is plain immutable data so edits, undo/redo and
 * files stay simple.
 */
import type { Graph } from '$shared/autodiff/graph';

/** A canvas position in flow coordinates (CSS pixels at zoom 1). */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** The canvas document: the graph and one position per node id. */
export interface GraphDoc {
  readonly graph: Graph;
  readonly positions: Readonly<Record<string, XY>>;
}

/** An empty document. */
export const EMPTY_DOC: GraphDoc = { graph: { nodes: [] }, positions: {} };
