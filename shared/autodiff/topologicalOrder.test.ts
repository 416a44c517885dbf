import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from './graph';
import { ancestorsInOrder, topologicalOrder } from './topologicalOrder';
import { deckGraph } from './testGraphs';

describe('topologicalOrder', () => {
  it('orders the deck network so every node follows its inputs, left to right', () => {
    const r = topologicalOrder(deckGraph);
    expect(r.ok && r.value).toEqual(['w1', 'x1', 'w2', 'x2', 'y', 'u1', 'u2', 'u3', 'yhat', 'L']);
  });

  it('puts every input before its consumer on random DAGs, whatever the node order', () => {
    // Node i may only read nodes j < i, so the graph is acyclic; then the list is shuffled.
    const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.nat(), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(dag, ([edges, keys]) => {
        const nodes: GraphNode[] = edges.map((ins, i) => ({
          id: `n${i}`,
          op: i === 0 || ins.length === 0 ? 'input' : 'sum',
          inputs: i === 0 || ins.length === 0 ? [] : ins.map((j) => `n${j % i}`),
          name: `n${i}`,
        }));
        const shuffled = nodes.map((n, i) => ({ n, k: keys[i] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.n);
        const r = topologicalOrder({ nodes: shuffled });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect([...r.value].sort()).toEqual(nodes.map((n) => n.id).sort());
        const pos = new Map(r.value.map((id, i) => [id, i]));
        for (const n of nodes) for (const inp of n.inputs) expect(pos.get(inp) ?? -1).toBeLessThan(pos.get(n.id) ?? -1);
      }),
    );
  });

  it('reports a cycle with its node ids in data-flow order', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 1 },
        { id: 'a', op: 'add', inputs: ['x', 'c'], name: 'u₁' },
        { id: 'b', op: 'sin', inputs: ['a'], name: 'u₂' },
        { id: 'c', op: 'cos', inputs: ['b'], name: 'u₃' },
      ],
    };
    const r = topologicalOrder(g);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('cycle');
    // a → b → c → a: rotate to start at 'a' for comparison.
    const ids = [...r.error.nodeIds];
    const start = ids.indexOf('a');
    expect([...ids.slice(start), ...ids.slice(0, start)]).toEqual(['a', 'b', 'c']);
    expect(r.error.message.en).toMatch(/u₁ → u₂ → u₃ → u₁|u₂ → u₃ → u₁ → u₂|u₃ → u₁ → u₂ → u₃/);
    expect(r.error.message['zh-CN']).toContain('环');
  });

  it('reports a self-loop', () => {
    const r = topologicalOrder({ nodes: [{ id: 'a', op: 'neg', inputs: ['a'], name: 'u₁' }] });
    expect(!r.ok && r.error.nodeIds).toEqual(['a']);
  });

  it('ancestorsInOrder keeps only what the output depends on', () => {
    const g: Graph = { nodes: [...deckGraph.nodes, { id: 'extra', op: 'neg', inputs: ['x1'], name: 'u₉' }] };
    const order = topologicalOrder(g);
    expect(order.ok).toBe(true);
    if (!order.ok) return;
    expect(ancestorsInOrder(g, order.value, 'u3')).toEqual(['w1', 'x1', 'w2', 'x2', 'u1', 'u2', 'u3']);
  });
});
