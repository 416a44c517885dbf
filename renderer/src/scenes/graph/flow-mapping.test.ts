import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { formatNumber } from '$shared/autodiff/formatNumber';
import { layoutGraph } from './layout';
import { analyse, endCursor, IDLE, stepForward, viewAt } from './run-model';
import { blockedByNode, toFlowEdges, toFlowNodes } from './flow-mapping';
import { benchGraph } from './bench-graph';
import type { Cursor } from './run-model';

const g = deckNetwork().graph;
const pos = layoutGraph(g);

describe('flow mapping', () => {
  it('makes one node per graph node and one edge per connected slot', () => {
    const a = analyse(g);
    const v = viewAt(g, a, IDLE);
    const nodes = toFlowNodes(g, pos, v, {}, a.outputId, []);
    expect(nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    expect(nodes.find((n) => n.id === 'u1')?.data).toMatchObject({ symbol: '×', slots: 2, connected: [true, true], role: 'op' });
    expect(nodes.find((n) => n.id === 'L')?.data).toMatchObject({ role: 'loss', isOutput: true });
    const edges = toFlowEdges(g, v, formatNumber, []);
    expect(edges).toHaveLength(g.nodes.reduce((s, n) => s + n.inputs.length, 0));
    expect(edges.find((e) => e.source === 'w1')).toMatchObject({ target: 'u1', targetHandle: 'in-0' });
  });

  it('reuses unchanged node objects between animation steps', () => {
    const a = analyse(g);
    const n0 = toFlowNodes(g, pos, viewAt(g, a, IDLE), {}, a.outputId, []);
    const n1 = toFlowNodes(g, pos, viewAt(g, a, stepForward(a, IDLE)), {}, a.outputId, n0);
    const changed = n1.filter((n, i) => n !== n0[i]).map((n) => n.id);
    expect(changed).toEqual(['u1']);
  });

  it('on a 200-node graph, a forward step rebuilds only the node it computes and the one it leaves', () => {
    const graph = { nodes: benchGraph(200) };
    // A grid, not the dagre layout (slow here, and positions do not change during a step).
    const doc = { positions: Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: (i % 20) * 160, y: Math.floor(i / 20) * 120 }])) };
    const a = analyse(graph);
    let cursor: Cursor = stepForward(a, IDLE);
    let nodes = toFlowNodes(graph, doc.positions, viewAt(graph, a, cursor), {}, a.outputId, []);
    let edges = toFlowEdges(graph, viewAt(graph, a, cursor), formatNumber, []);
    for (let k = 0; k < 20; k++) {
      const before = viewAt(graph, a, cursor);
      cursor = stepForward(a, cursor);
      const view = viewAt(graph, a, cursor);
      const nextNodes = toFlowNodes(graph, doc.positions, view, {}, a.outputId, nodes);
      const nextEdges = toFlowEdges(graph, view, formatNumber, edges);
      // Expected from the two views, not from the mapping: the node left and the node computed.
      const touched = new Set([...before.active, ...view.active]);
      const rebuilt = nextNodes.filter((n, i) => n !== nodes[i]).map((n) => n.id);
      expect(new Set(rebuilt)).toEqual(touched);
      expect(nextNodes.length - rebuilt.length).toBe(graph.nodes.length - touched.size);
      // Forward steps change no edge (local derivatives come with the backward pass): the very same list.
      expect(nextEdges.filter((e, i) => e !== edges[i])).toEqual([]);
      expect(nextEdges).toBe(edges);
      // Mapping the same view again changes nothing: the very same node list.
      expect(toFlowNodes(graph, doc.positions, view, {}, a.outputId, nextNodes)).toBe(nextNodes);
      nodes = nextNodes;
      edges = nextEdges;
    }
  });

  it('after an edit, rebuilds the edited or moved node and keeps the rest, even when the graph object is new', () => {
    const a = analyse(g);
    const v = viewAt(g, a, IDLE);
    const n0 = toFlowNodes(g, pos, v, {}, a.outputId, []);
    // Same content in new objects (an undo, a reload): nothing to rebuild.
    const copy = { nodes: g.nodes.map((n) => ({ ...n })) };
    expect(toFlowNodes(copy, pos, viewAt(copy, analyse(copy), IDLE), {}, a.outputId, n0)).toBe(n0);
    const renamed = { nodes: g.nodes.map((n) => (n.id === 'u1' ? { ...n, name: 'z' } : n)) };
    const n1 = toFlowNodes(renamed, pos, viewAt(renamed, analyse(renamed), IDLE), {}, a.outputId, n0);
    expect(n1.filter((n, i) => n !== n0[i]).map((n) => n.id)).toEqual(['u1']);
    expect(n1.find((n) => n.id === 'u1')?.data.name).toBe('z');
    const moved = { ...pos, w1: { x: (pos.w1?.x ?? 0) + 10, y: pos.w1?.y ?? 0 } };
    const n2 = toFlowNodes(renamed, moved, viewAt(renamed, analyse(renamed), IDLE), {}, a.outputId, n1);
    expect(n2.filter((n, i) => n !== n1[i]).map((n) => n.id)).toEqual(['w1']);
  });

  it('labels edges with local derivatives after the backward pass', () => {
    const a = analyse(g);
    const edges = toFlowEdges(g, viewAt(g, a, endCursor(a)), formatNumber, []);
    expect(edges.find((e) => e.source === 'u3')?.label).toBe('∂ 0.25');
  });

  it('marks every node of a cycle and the node with a missing input', () => {
    const m = blockedByNode([
      { kind: 'cycle', nodeIds: ['a', 'b'], message: { en: 'c', 'zh-CN': 'c' } },
      { kind: 'missingInput', nodeId: 'u', inputId: '', message: { en: 'm', 'zh-CN': 'm' } },
    ]);
    expect(Object.keys(m).sort()).toEqual(['a', 'b', 'u']);
  });
});
