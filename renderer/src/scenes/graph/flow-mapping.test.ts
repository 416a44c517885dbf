import { describe, expect, it } from 'vitest';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { formatNumber } from '$shared/autodiff/formatNumber';
import { layoutGraph } from './layout';
import { analyse, endCursor, IDLE, stepForward, viewAt } from './run-model';
import { blockedByNode, toFlowEdges, toFlowNodes } from './flow-mapping';

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
