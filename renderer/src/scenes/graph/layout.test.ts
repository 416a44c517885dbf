import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { mlp } from '$shared/nn/mlp';
import type { Graph } from '$shared/autodiff/graph';
import { isLeafOp } from '$shared/autodiff/graph';
import { layoutGraph } from './layout';

const W = 160;
const H = 96;

function checkLayout(graph: Graph): void {
  const pos = layoutGraph(graph, { nodeWidth: W, nodeHeight: H });
  const ids = graph.nodes.map((n) => n.id);
  for (const id of ids) expect(pos[id], id).toBeDefined();
  // No two boxes overlap.
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = pos[ids[i] ?? ''];
      const b = pos[ids[j] ?? ''];
      if (!a || !b) throw new Error('missing');
      const overlap = Math.abs(a.x - b.x) < W && Math.abs(a.y - b.y) < H;
      expect(overlap, `${ids[i]} overlaps ${ids[j]}`).toBe(false);
    }
  }
  // Every edge points right: topological order is left-to-right.
  for (const n of graph.nodes) {
    for (const src of n.inputs) {
      if (!pos[src]) continue;
      expect((pos[src]?.x ?? 0) < (pos[n.id]?.x ?? 0), `${src} → ${n.id}`).toBe(true);
    }
  }
  // All leaves share the leftmost column.
  const leafX = graph.nodes.filter((n) => isLeafOp(n.op)).map((n) => pos[n.id]?.x ?? NaN);
  const minX = Math.min(...Object.values(pos).map((p) => p.x));
  for (const x of leafX) expect(x).toBe(minX);
}

describe('layoutGraph', () => {
  it('lays out the deck network left to right without overlaps, loss rightmost', () => {
    const g = deckNetwork().graph;
    checkLayout(g);
    const pos = layoutGraph(g);
    const maxX = Math.max(...Object.values(pos).map((p) => p.x));
    expect(pos.L?.x).toBe(maxX);
  });

  it('lays out a 2-2-1 MLP and a 2-8-8-1 MLP', () => {
    for (const sizes of [[2, 2, 1], [2, 8, 8, 1]]) {
      const n = mlp(sizes, 'tanh', 1);
      if (!n.ok) throw new Error('mlp');
      checkLayout(n.value.graph);
    }
  });

  it('handles graphs with open slots, isolated nodes and no nodes', () => {
    checkLayout({ nodes: [
      { id: 'a', op: 'input', inputs: [], name: 'a', value: 1 },
      { id: 'm', op: 'mul', inputs: ['a', ''], name: 'm' },
      { id: 'lonely', op: 'sin', inputs: [''], name: 's' },
    ] });
    expect(layoutGraph({ nodes: [] })).toEqual({});
  });
});
