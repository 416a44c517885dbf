import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/svelte';
import { edgeAriaLabel, nodeAriaLabel, withAriaLabels, type Translate } from './flow-aria';
import { graphMessagesEn, graphMessagesZh } from './graph-messages';

const tr = (table: Readonly<Record<string, string>>): Translate => (key, params = {}) =>
  (table[key] ?? key).replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? `{${p}}`));
const en = tr(graphMessagesEn);
const zh = tr(graphMessagesZh);
const names = new Map([['n1', 'u₄'], ['yhat', 'ŷ'], ['s', 'Σ']]);

describe('canvas names for screen readers', () => {
  it('name nodes by display name and kind, never by id', () => {
    expect(nodeAriaLabel({ name: 'ŷ', role: 'op', symbol: 'σ' }, en)).toBe('Node ŷ (σ)');
    expect(nodeAriaLabel({ name: 'w₁', role: 'param', symbol: 'param' }, en)).toBe('Node w₁ (parameter)');
    expect(nodeAriaLabel({ name: 'w₁', role: 'param', symbol: 'param' }, zh)).toBe('节点 w₁（参数）');
  });
  it('name edges by their ends\' display names and the input slot', () => {
    const e = { source: 'n1', target: 'yhat', targetHandle: 'in-1', data: undefined };
    expect(edgeAriaLabel(e, names, en)).toBe('Edge from u₄ to ŷ, input 2');
    expect(edgeAriaLabel(e, names, zh)).toBe('从 u₄ 到 ŷ 的连线（第 2 个输入）');
    expect(edgeAriaLabel(e, names, en)).not.toMatch(/n1|yhat/);
    expect(edgeAriaLabel({ source: 'n1', target: 's', targetHandle: 'in-bundle', data: { sources: [], count: 12 } }, names, en)).toBe('12 edges into Σ');
  });
  it('keeps unchanged objects and the array itself when nothing changes', () => {
    const a: Node = { id: 'a', position: { x: 0, y: 0 }, data: {} };
    const b: Node = { id: 'b', position: { x: 0, y: 0 }, data: {}, ariaLabel: 'B' };
    const first = withAriaLabels([a, b], (n) => n.id.toUpperCase());
    expect(first[1]).toBe(b);
    expect(first[0]).not.toBe(a);
    expect(first[0]?.ariaLabel).toBe('A');
    expect(withAriaLabels(first, (n) => n.id.toUpperCase())).toBe(first);
    const edges: Edge[] = [{ id: 'e', source: 'a', target: 'b', ariaLabel: 'x' }];
    expect(withAriaLabels(edges, () => 'x')).toBe(edges);
  });
  it('names only objects it has not named before under the same names and language', () => {
    const list: Node[] = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, position: { x: 0, y: 0 }, data: {} }));
    const known = new WeakSet<Node>();
    let calls = 0;
    const label = (n: Node): string => {
      calls++;
      return n.id.toUpperCase();
    };
    const first = withAriaLabels(list, label, known);
    expect(calls).toBe(200);
    // A step rebuilds two objects (as flow-mapping does): only those two are named again.
    const step = first.slice();
    step[3] = { id: 'n3', position: { x: 0, y: 0 }, data: { v: 1 } };
    step[4] = { id: 'n4', position: { x: 0, y: 0 }, data: { v: 2 }, ariaLabel: 'N4' };
    calls = 0;
    const second = withAriaLabels(step, label, known);
    expect(calls).toBe(2);
    expect(second.filter((n, i) => n !== step[i]).map((n) => n.id)).toEqual(['n3']);
    expect(second[3]?.ariaLabel).toBe('N3');
    expect(second[4]).toBe(step[4]);
    calls = 0;
    expect(withAriaLabels(second, label, known)).toBe(second);
    expect(calls).toBe(0);
    // A new set (language switched) names everything again.
    calls = 0;
    const renamed = withAriaLabels(second, (n) => (calls++, `节点 ${n.id}`), new WeakSet());
    expect(calls).toBe(200);
    expect(renamed.every((n) => n.ariaLabel?.startsWith('节点'))).toBe(true);
  });
});
