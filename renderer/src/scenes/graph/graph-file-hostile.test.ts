/**
 * Issue 12: graph files that are valid but large or oddly named must load, never overflow the
 * stack, and treat node ids as data only (a node called `constructor` is a node). How long loading
 * takes is measured where the user waits — the browser (e2e/web/graph-wide.spec.ts, the graph
 * bench) — not as wall-clock limits here, which a busy CI machine would break.
 * Each pipeline stage the canvas runs on a loaded file is exercised: parse + layout, the session's
 * analysis and view, the formula panel's LaTeX, and the xyflow mapping.
 */
import { describe, expect, it } from 'vitest';
import { parseGraphFile, GRAPH_FILE_TYPE, GRAPH_FILE_VERSION } from './graph-file';
import { GraphSession } from './graph-session.svelte';
import { graphLatex } from './formula-graph';
import { toFlowEdges, toFlowNodes } from './flow-mapping';

interface RawNode { id: string; op: string; inputs: string[]; name: string; value?: number }
const file = (nodes: RawNode[], positions: Record<string, { x: number; y: number }> = {}): string =>
  JSON.stringify({ type: GRAPH_FILE_TYPE, version: GRAPH_FILE_VERSION, graph: { nodes }, positions });

/** Everything the canvas computes after a successful load. */
function loadLikeTheCanvas(source: string): { session: GraphSession; ok: boolean } {
  const doc = parseGraphFile(source);
  if (!doc.ok) return { session: new GraphSession(), ok: false };
  const s = new GraphSession();
  expect(s.edit({ kind: 'replaceGraph', doc: doc.value }).ok).toBe(true);
  s.runAll();
  void s.view;
  void s.blocked;
  graphLatex(s.graph);
  toFlowNodes(s.graph, s.doc.positions, s.view, s.blocked, s.analysis.outputId, []);
  toFlowEdges(s.graph, s.view, String, []);
  return { session: s, ok: true };
}

describe('hostile graph files', () => {
  it('a 5,000-node chain without positions loads (iteratively, no stack overflow) and runs', () => {
    const nodes: RawNode[] = [{ id: 'x', op: 'input', inputs: [], name: 'x', value: 0.5 }];
    for (let i = 1; i < 5000; i++) nodes.push({ id: `n${i}`, op: 'sin', inputs: [i === 1 ? 'x' : `n${i - 1}`], name: `u${i}` });
    const r = loadLikeTheCanvas(file(nodes));
    expect(r.ok).toBe(true);
    // Independent value: iterate sin 4,999 times from 0.5.
    let v = 0.5;
    for (let i = 1; i < 5000; i++) v = Math.sin(v);
    expect(r.session.view.values.n4999).toBeCloseTo(v, 12);
  });

  it('2,000 constants into two 1,000-input sums load and sum correctly', () => {
    const nodes: RawNode[] = [];
    for (let i = 0; i < 2000; i++) nodes.push({ id: `c${i}`, op: 'const', inputs: [], name: `c${i}`, value: i });
    nodes.push({ id: 's1', op: 'sum', inputs: nodes.slice(0, 1000).map((n) => n.id), name: 's1' });
    nodes.push({ id: 's2', op: 'sum', inputs: nodes.slice(1000, 2000).map((n) => n.id), name: 's2' });
    nodes.push({ id: 'L', op: 'add', inputs: ['s1', 's2'], name: 'L' });
    const r = loadLikeTheCanvas(file(nodes));
    expect(r.ok).toBe(true);
    expect(r.session.view.values.L).toBe((1999 * 2000) / 2);
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])('a node with id %s is just a node', (id) => {
    const nodes: RawNode[] = [
      { id, op: 'param', inputs: [], name: 'w', value: 3 },
      { id: 'x', op: 'input', inputs: [], name: 'x', value: 2 },
      { id: 'm', op: 'mul', inputs: [id, 'x'], name: 'u' },
    ];
    const given = `{"${id}":{"x":10,"y":20},"x":{"x":0,"y":0},"m":{"x":100,"y":0}}`;
    for (const positions of ['{}', given]) {
      // Written as text so that "__proto__" is an own key, as JSON.parse keeps it.
      const source = `{"type":"${GRAPH_FILE_TYPE}","version":${GRAPH_FILE_VERSION},"graph":${JSON.stringify({ nodes })},"positions":${positions}}`;
      const doc = parseGraphFile(source);
      expect(doc.ok).toBe(true);
      if (!doc.ok) continue;
      expect(Object.getPrototypeOf(doc.value.positions)).toBeNull();
      expect(Object.hasOwn(doc.value.positions, id)).toBe(true);
      const s = new GraphSession();
      expect(s.edit({ kind: 'replaceGraph', doc: doc.value }).ok).toBe(true);
      s.runAll();
      expect(s.view.values.m).toBe(6);
      expect(s.view.grads[id]).toBe(2);
      const flow = toFlowNodes(s.graph, s.doc.positions, s.view, s.blocked, s.analysis.outputId, []);
      expect(flow.find((n) => n.id === id)?.data.value).toBe(3);
    }
  });

  it('positions given for a __proto__ id are used, not the prototype', () => {
    const nodes: RawNode[] = [{ id: '__proto__', op: 'input', inputs: [], name: 'x', value: 1 }, { id: 'n', op: 'neg', inputs: ['__proto__'], name: 'u' }];
    const source = `{"type":"${GRAPH_FILE_TYPE}","version":${GRAPH_FILE_VERSION},"graph":${JSON.stringify({ nodes })},"positions":{"__proto__":{"x":7,"y":9},"n":{"x":200,"y":0}}}`;
    const doc = parseGraphFile(source);
    expect(doc.ok).toBe(true);
    if (doc.ok) expect(doc.value.positions.__proto__).toEqual({ x: 7, y: 9 });
  });
});

describe('large graphs on the canvas', () => {
  it('nodes of a large graph carry their size and handles, so xyflow renders only what is on screen', () => {
    const nodes: RawNode[] = [{ id: 'a', op: 'input', inputs: [], name: 'a', value: 1 }, { id: 'b', op: 'input', inputs: [], name: 'b', value: 2 }, { id: 's', op: 'add', inputs: ['a', 'b'], name: 'L' }];
    const doc = parseGraphFile(file(nodes));
    if (!doc.ok) throw new Error('parse');
    const s = new GraphSession();
    s.edit({ kind: 'replaceGraph', doc: doc.value });
    const plain = toFlowNodes(s.graph, s.doc.positions, s.view, s.blocked, s.analysis.outputId, []);
    expect(plain.every((n) => n.handles === undefined)).toBe(true);
    const large = toFlowNodes(s.graph, s.doc.positions, s.view, s.blocked, s.analysis.outputId, [], true);
    const add = large.find((n) => n.id === 's');
    expect(add?.initialWidth).toBeGreaterThan(0);
    expect(add?.handles?.map((h) => h.id).sort()).toEqual(['in-0', 'in-1', 'out']);
    expect(large.find((n) => n.id === 'a')?.handles?.map((h) => h.id)).toEqual(['out']);
  });
});
