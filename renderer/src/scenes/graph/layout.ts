/**
 * Automatic layout with dagre (a layered "Sugiyama" layout), left to right in data-flow order:
 * every edge points right. Leaves (inputs, parameters, constants) are then gathered into the
 * first column, ordered by where their consumers sit, so the picture reads like the deck's:
 * data and weights on the left, the loss on the right.
 */
import dagre from '@dagrejs/dagre';
import type { Graph } from '$shared/autodiff/graph';
import { isLeafOp } from '$shared/autodiff/graph';
import type { XY } from './graph-doc';

export interface LayoutOptions {
  /** Node box size in flow pixels (the canvas measures its nodes; defaults fit the node card). */
  readonly nodeWidth?: number;
  readonly nodeHeight?: number;
  /** Gap between columns and between nodes in a column, in flow pixels. */
  readonly columnGap?: number;
  readonly rowGap?: number;
}

/** Top-left positions (xyflow's convention) for every node of `graph`. Pure and deterministic. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Record<string, XY> {
  const width = options.nodeWidth ?? 136;
  const height = options.nodeHeight ?? 96;
  const columnGap = options.columnGap ?? 44;
  const rowGap = options.rowGap ?? 24;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: rowGap, ranksep: columnGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const n of graph.nodes) g.setNode(n.id, { width, height });
  for (const n of graph.nodes) {
    n.inputs.forEach((src, i) => {
      if (ids.has(src)) g.setEdge(src, n.id, {}, `${i}`);
    });
  }
  dagre.layout(g);
  const centre = (id: string): XY => {
    const p = g.node(id) as { x?: number; y?: number } | undefined;
    return { x: p?.x ?? 0, y: p?.y ?? 0 };
  };
  const positions: Record<string, XY> = {};
  const inner = graph.nodes.filter((n) => !isLeafOp(n.op));
  const leaves = graph.nodes.filter((n) => isLeafOp(n.op));
  for (const n of inner) {
    const c = centre(n.id);
    positions[n.id] = { x: c.x - width / 2, y: c.y - height / 2 };
  }
  // Leaves: one column left of everything, sorted by the mean height of their consumers.
  const left = inner.length === 0 ? 0 : Math.min(...inner.map((n) => positions[n.id]?.x ?? 0)) - width - columnGap;
  const consumerY = (id: string): number => {
    const ys = inner.filter((n) => n.inputs.includes(id)).map((n) => positions[n.id]?.y ?? 0);
    return ys.length === 0 ? centre(id).y : ys.reduce((s, y) => s + y, 0) / ys.length;
  };
  const sorted = leaves.map((n, k) => ({ id: n.id, y: consumerY(n.id), k })).sort((a, b) => a.y - b.y || a.k - b.k);
  const innerYs = inner.map((n) => positions[n.id]?.y ?? 0);
  const midInner = innerYs.length === 0 ? 0 : (Math.min(...innerYs) + Math.max(...innerYs)) / 2;
  const columnHeight = sorted.length * height + Math.max(0, sorted.length - 1) * rowGap;
  const top = midInner + height / 2 - columnHeight / 2;
  sorted.forEach((s, i) => {
    positions[s.id] = { x: left, y: top + i * (height + rowGap) };
  });
  return positions;
}
