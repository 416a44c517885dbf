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
import { dict } from '$shared/dict';

export interface LayoutOptions {
  /** Node box size in flow pixels (the canvas measures its nodes; defaults fit the node card). */
  readonly nodeWidth?: number;
  readonly nodeHeight?: number;
  /** Gap between columns and between nodes in a column, in flow pixels. */
  readonly columnGap?: number;
  readonly rowGap?: number;
}

/**
 * Above this many nodes dagre is replaced by a plain layered layout: dagre's crossing reduction
 * is superlinear and its depth-first passes are recursive (a 5,000-node chain overflows the stack),
 * while a graph that large is never read node by node anyway.
 */
export const DAGRE_MAX_NODES = 250;

/** Top-left positions (xyflow's convention) for every node of `graph`. Pure and deterministic. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Record<string, XY> {
  const width = options.nodeWidth ?? 136;
  const height = options.nodeHeight ?? 96;
  const columnGap = options.columnGap ?? 44;
  const rowGap = options.rowGap ?? 24;
  if (graph.nodes.length > DAGRE_MAX_NODES) return layeredLayout(graph, width, height, columnGap, rowGap);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: rowGap, ranksep: columnGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre keeps its nodes in plain objects, so ids like "__proto__" or "constructor" break it:
  // it only ever sees index keys ("k0", "k1", …).
  const key = new Map(graph.nodes.map((n, i) => [n.id, `k${i}`] as const));
  for (const n of graph.nodes) g.setNode(key.get(n.id) as string, { width, height });
  for (const n of graph.nodes) {
    n.inputs.forEach((src, i) => {
      const from = key.get(src);
      if (from !== undefined) g.setEdge(from, key.get(n.id) as string, {}, `${i}`);
    });
  }
  dagre.layout(g);
  const centre = (id: string): XY => {
    const k = key.get(id);
    const p = (k === undefined ? undefined : g.node(k)) as { x?: number; y?: number } | undefined;
    return { x: p?.x ?? 0, y: p?.y ?? 0 };
  };
  const positions = dict<XY>();
  const inner = graph.nodes.filter((n) => !isLeafOp(n.op));
  const leaves = graph.nodes.filter((n) => isLeafOp(n.op));
  for (const n of inner) {
    const c = centre(n.id);
    positions[n.id] = { x: c.x - width / 2, y: c.y - height / 2 };
  }
  // Leaves: one column left of everything, sorted by the mean height of their consumers.
  const left = inner.length === 0 ? 0 : inner.reduce((m, n) => Math.min(m, positions[n.id]?.x ?? 0), Number.POSITIVE_INFINITY) - width - columnGap;
  // Consumers' heights summed once over all edges (not one scan of every node per leaf).
  const ySum = new Map<string, { sum: number; count: number }>();
  for (const n of inner) {
    for (const src of new Set(n.inputs)) {
      const acc = ySum.get(src) ?? { sum: 0, count: 0 };
      acc.sum += positions[n.id]?.y ?? 0;
      acc.count += 1;
      ySum.set(src, acc);
    }
  }
  const consumerY = (id: string): number => {
    const acc = ySum.get(id);
    return acc === undefined ? centre(id).y : acc.sum / acc.count;
  };
  const sorted = leaves.map((n, k) => ({ id: n.id, y: consumerY(n.id), k })).sort((a, b) => a.y - b.y || a.k - b.k);
  const innerYs = inner.map((n) => positions[n.id]?.y ?? 0);
  const midInner = innerYs.length === 0 ? 0 : (innerYs.reduce((m, y) => Math.min(m, y), Infinity) + innerYs.reduce((m, y) => Math.max(m, y), -Infinity)) / 2;
  const columnHeight = sorted.length * height + Math.max(0, sorted.length - 1) * rowGap;
  const top = midInner + height / 2 - columnHeight / 2;
  sorted.forEach((s, i) => {
    positions[s.id] = { x: left, y: top + i * (height + rowGap) };
  });
  return positions;
}

/**
 * Columns by longest path from the leaves (every edge points right), rows in graph order within a
 * column (tall columns wrapped, see below). Iterative and linear in nodes + edges; cycles (which the file check refuses anyway) are
 * broken by ignoring edges into nodes not yet placed.
 */
function layeredLayout(graph: Graph, width: number, height: number, columnGap: number, rowGap: number): Record<string, XY> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const column = new Map<string, number>();
  // Iterative DFS post-order: a node's column is one more than its deepest input's.
  for (const root of graph.nodes) {
    if (column.has(root.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    const onPath = new Set<string>([root.id]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const inputs = byId.get(top.id)?.inputs ?? [];
      if (top.next < inputs.length) {
        const child = inputs[top.next++] ?? '';
        if (ids.has(child) && !column.has(child) && !onPath.has(child)) {
          onPath.add(child);
          stack.push({ id: child, next: 0 });
        }
        continue;
      }
      stack.pop();
      onPath.delete(top.id);
      let c = 0;
      for (const i of inputs) {
        const ci = column.get(i);
        if (ci !== undefined) c = Math.max(c, ci + 1);
      }
      column.set(top.id, isLeafOp(byId.get(top.id)?.op ?? 'const') ? 0 : Math.max(1, c));
    }
  }
  // Rows in graph order within a column. A very tall column (2,000 constants feeding two sums)
  // wraps into side-by-side sub-columns of at most `maxRows`, so the picture stays roughly square
  // instead of a strip 240,000 px tall whose consumers sit far off screen; every block is centred
  // on the same middle line.
  const rowOf = new Map<string, number>();
  const count = new Map<number, number>();
  for (const n of graph.nodes) {
    const c = column.get(n.id) ?? 0;
    const r = count.get(c) ?? 0;
    count.set(c, r + 1);
    rowOf.set(n.id, r);
  }
  const maxRows = wrapRows(graph.nodes.length);
  const columns = [...count.keys()].sort((a, b) => a - b);
  const left = new Map<number, number>();
  const blockHeight = new Map<number, number>();
  let x = 0;
  let tallest = 0;
  for (const c of columns) {
    const rows = count.get(c) ?? 0;
    const sub = Math.max(1, Math.ceil(rows / maxRows));
    const shown = Math.min(rows, maxRows);
    left.set(c, x);
    x += sub * (width + columnGap);
    const h = shown * height + Math.max(0, shown - 1) * rowGap;
    blockHeight.set(c, h);
    tallest = Math.max(tallest, h);
  }
  const positions = dict<XY>();
  for (const n of graph.nodes) {
    const c = column.get(n.id) ?? 0;
    const r = rowOf.get(n.id) ?? 0;
    const top = (tallest - (blockHeight.get(c) ?? 0)) / 2;
    positions[n.id] = { x: (left.get(c) ?? 0) + Math.floor(r / maxRows) * (width + columnGap), y: top + (r % maxRows) * (height + rowGap) };
  }
  return positions;
}

/** Rows per sub-column for a graph of `n` nodes: about √n (never fewer than 12). */
export const wrapRows = (n: number): number => Math.max(12, Math.ceil(Math.sqrt(n)));
