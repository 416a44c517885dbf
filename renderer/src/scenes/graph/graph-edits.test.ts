import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deckNetwork } from '$shared/nn/deckNetwork';
import { forward } from '$shared/autodiff/forward';
import { getNode } from '$shared/autodiff/graph';
import { validateGraph } from '$shared/autodiff/validateGraph';
import { topologicalOrder } from '$shared/autodiff/topologicalOrder';
import type { GraphDoc } from './graph-doc';
import { EMPTY_DOC } from './graph-doc';
import { applyEdit, applyEdits, type GraphEdit } from './graph-edits';
import { paletteInsertion } from './palette';
import { createHistory, pushState, undo, redo } from './history';

const deck: GraphDoc = {
  graph: deckNetwork().graph,
  positions: Object.fromEntries(deckNetwork().graph.nodes.map((n, i) => [n.id, { x: i * 10, y: 0 }])),
};

const must = (doc: GraphDoc, edit: GraphEdit): GraphDoc => {
  const r = applyEdit(doc, edit);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

describe('applyEdit', () => {
  it('adds palette nodes with fresh ids and positions', () => {
    const ins = paletteInsertion('mul', deck.graph, { x: 5, y: 7 });
    const doc = must(deck, { kind: 'addNodes', ...ins });
    expect(doc.graph.nodes).toHaveLength(deck.graph.nodes.length + 1);
    const added = ins.nodes[0];
    expect(added?.op).toBe('mul');
    expect(added?.inputs).toEqual(['', '']);
    expect(doc.positions[added?.id ?? '']).toEqual({ x: 5, y: 7 });
    // The original document is untouched (edits are pure).
    expect(deck.graph.nodes).toHaveLength(10);
  });

  it('refuses an id that already exists', () => {
    const r = applyEdit(deck, { kind: 'addNodes', nodes: [{ id: 'w1', op: 'param', inputs: [], name: 'w', value: 1 }], positions: {} });
    expect(r.ok).toBe(false);
  });

  it('connects into a slot and the graph then runs', () => {
    let doc: GraphDoc = EMPTY_DOC;
    for (const k of ['input', 'input', 'div'] as const) doc = must(doc, { kind: 'addNodes', ...paletteInsertion(k, doc.graph, { x: 0, y: 0 }) });
    const [a, b, q] = doc.graph.nodes.map((n) => n.id) as [string, string, string];
    doc = must(doc, { kind: 'setValues', values: { [a]: 6, [b]: 3 } });
    expect(validateGraph(doc.graph).ok).toBe(false);
    doc = must(doc, { kind: 'connect', source: b, target: q, slot: 1 });
    doc = must(doc, { kind: 'connect', source: a, target: q, slot: 0 });
    const f = forward(doc.graph);
    expect(f.ok && f.value.values[q]).toBe(2);
  });

  it('refuses a connection that would close a cycle, naming the loop, and leaves the doc alone', () => {
    // u3 = u1 + u2 depends on u1; feeding u3 back into u1 closes u1 → u3 → u1.
    const r = applyEdit(deck, { kind: 'connect', source: 'u3', target: 'u1', slot: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toMatch(/loop/);
      expect(r.error.en).toContain('u₁');
      expect(r.error.en).toContain('u₃');
      expect(r.error['zh-CN']).toMatch(/环/);
    }
    expect(getNode(deck.graph, 'u1')?.inputs).toEqual(['w1', 'x1']);
  });

  it('refuses self-loops, leaves as targets and slots out of range', () => {
    expect(applyEdit(deck, { kind: 'connect', source: 'u1', target: 'u1', slot: 0 }).ok).toBe(false);
    expect(applyEdit(deck, { kind: 'connect', source: 'u1', target: 'w1', slot: 0 }).ok).toBe(false);
    expect(applyEdit(deck, { kind: 'connect', source: 'x1', target: 'yhat', slot: 1 }).ok).toBe(false);
    expect(applyEdit(deck, { kind: 'connect', source: 'nope', target: 'u1', slot: 0 }).ok).toBe(false);
  });

  it('no sequence of accepted connections ever produces a cycle (property)', () => {
    const ids = deck.graph.nodes.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.constantFrom(...ids), t: fc.constantFrom(...ids), slot: fc.nat(2) }), { maxLength: 25 }),
        (conns) => {
          let doc = deck;
          for (const c of conns) {
            const r = applyEdit(doc, { kind: 'connect', source: c.s, target: c.t, slot: c.slot });
            if (r.ok) doc = r.value;
          }
          expect(topologicalOrder(doc.graph).ok).toBe(true);
        },
      ),
    );
  });

  it('disconnect opens a fixed slot but removes a Σ term', () => {
    const d = must(deck, { kind: 'disconnect', target: 'u3', slot: 0 });
    expect(getNode(d.graph, 'u3')?.inputs).toEqual(['', 'u2']);
    const v = validateGraph(d.graph);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.some((e) => e.kind === 'missingInput' && e.nodeId === 'u3')).toBe(true);
    const sumDoc: GraphDoc = {
      graph: { nodes: [...deck.graph.nodes, { id: 's', op: 'sum', inputs: ['u1', 'u2', 'x1'], name: 's' }] },
      positions: deck.positions,
    };
    expect(getNode(must(sumDoc, { kind: 'disconnect', target: 's', slot: 1 }).graph, 's')?.inputs).toEqual(['u1', 'x1']);
  });

  it('removing a node keeps argument order of its consumers (÷ numerator stays a numerator)', () => {
    const doc: GraphDoc = {
      graph: { nodes: [
        { id: 'a', op: 'input', inputs: [], name: 'a', value: 1 },
        { id: 'b', op: 'input', inputs: [], name: 'b', value: 2 },
        { id: 'q', op: 'div', inputs: ['a', 'b'], name: 'q' },
      ] },
      positions: { a: { x: 0, y: 0 }, b: { x: 0, y: 1 }, q: { x: 1, y: 0 } },
    };
    const d = must(doc, { kind: 'removeNodes', ids: ['a'] });
    expect(getNode(d.graph, 'q')?.inputs).toEqual(['', 'b']);
    expect(d.positions.a).toBeUndefined();
  });

  it('sets values only on leaves and only to finite numbers', () => {
    expect(getNode(must(deck, { kind: 'setValues', values: { w1: 2 } }).graph, 'w1')?.value).toBe(2);
    expect(applyEdit(deck, { kind: 'setValues', values: { u1: 2 } }).ok).toBe(false);
    expect(applyEdit(deck, { kind: 'setValues', values: { w1: Number.NaN } }).ok).toBe(false);
  });

  it('returns the same document for edits that change nothing (no empty undo steps)', () => {
    expect(must(deck, { kind: 'setValues', values: { w1: 0.5 } })).toBe(deck);
    expect(must(deck, { kind: 'rename', id: 'w1', name: 'w₁' })).toBe(deck);
    expect(must(deck, { kind: 'move', positions: { w1: deck.positions.w1 ?? { x: 0, y: 0 } } })).toBe(deck);
  });

  it('renames with trimming and refuses empty names', () => {
    expect(getNode(must(deck, { kind: 'rename', id: 'u1', name: '  p ' }).graph, 'u1')?.name).toBe('p');
    expect(applyEdit(deck, { kind: 'rename', id: 'u1', name: '  ' }).ok).toBe(false);
  });

  it('moves only known nodes to finite positions', () => {
    const d = must(deck, { kind: 'move', positions: { w1: { x: 9, y: 9 }, ghost: { x: 1, y: 1 }, x1: { x: Number.NaN, y: 0 } } });
    expect(d.positions.w1).toEqual({ x: 9, y: 9 });
    expect(d.positions.ghost).toBeUndefined();
    expect(d.positions.x1).toEqual(deck.positions.x1);
  });

  it('applyEdits stops at the first refusal', () => {
    const r = applyEdits(deck, [{ kind: 'rename', id: 'w1', name: 'a' }, { kind: 'connect', source: 'L', target: 'u1', slot: 0 }]);
    expect(r.ok).toBe(false);
  });

  it('undo/redo over edits restores each document exactly', () => {
    let h = createHistory(deck);
    const edits: GraphEdit[] = [
      { kind: 'setValues', values: { w1: 3 } },
      { kind: 'disconnect', target: 'u3', slot: 1 },
      { kind: 'removeNodes', ids: ['x2'] },
    ];
    const docs = [deck];
    for (const e of edits) {
      const next = must(h.present, e);
      docs.push(next);
      h = pushState(h, next);
    }
    for (let i = docs.length - 2; i >= 0; i--) {
      h = undo(h);
      expect(h.present).toEqual(docs[i]);
    }
    for (let i = 1; i < docs.length; i++) {
      h = redo(h);
      expect(h.present).toEqual(docs[i]);
    }
  });
});
