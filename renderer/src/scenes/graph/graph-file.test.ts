import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deckNetwork } from '$shared/nn/deckNetwork';
import type { GraphDoc } from './graph-doc';
import { GRAPH_FILE_TYPE, parseGraphFile, serializeGraphDoc } from './graph-file';
import { layoutGraph } from './layout';
import { templateDoc } from './templates';

const deck: GraphDoc = { graph: deckNetwork().graph, positions: layoutGraph(deckNetwork().graph) };

describe('graph files', () => {
  it('round-trips the deck network and the XOR template exactly', () => {
    for (const doc of [deck, templateDoc('xor')]) {
      const back = parseGraphFile(serializeGraphDoc(doc, { title: 't' }));
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value).toEqual(doc);
    }
  });

  it('does not save computed values or gradients of operation nodes', () => {
    const annotated: GraphDoc = { ...deck, graph: { nodes: deck.graph.nodes.map((n) => ({ ...n, value: 3, grad: 1 })) } };
    const json = JSON.parse(serializeGraphDoc(annotated)) as { graph: { nodes: { id: string; value?: number; grad?: number }[] } };
    expect(json.graph.nodes.find((n) => n.id === 'u1')?.value).toBeUndefined();
    expect(json.graph.nodes.find((n) => n.id === 'w1')?.value).toBe(3);
    expect(json.graph.nodes.some((n) => n.grad !== undefined)).toBe(false);
  });

  const refusal = (s: string): string => {
    const r = parseGraphFile(s);
    if (r.ok) throw new Error('accepted');
    expect(r.error['zh-CN']).toContain('无法打开');
    return r.error.en;
  };

  it('refuses corrupt, foreign, newer and malformed files with a reason', () => {
    expect(refusal('{"type": "gradient-lab.graph", "vers')).toMatch(/not valid JSON/);
    expect(refusal('[1,2]')).toMatch(/not a Gradient Lab graph/);
    expect(refusal(JSON.stringify({ type: 'gradient-lab.scene', version: 1 }))).toMatch(/gradient-lab\.scene/);
    expect(refusal(JSON.stringify({ type: GRAPH_FILE_TYPE, version: 7, graph: { nodes: [] }, positions: {} }))).toMatch(/newer version/);
    expect(refusal(JSON.stringify({ type: GRAPH_FILE_TYPE, version: 1, graph: { nodes: [{ id: 'a', op: 'input' }] }, positions: {} }))).toMatch(/malformed/);
  });

  it('refuses unknown ops, dangling inputs, duplicate ids and cycles', () => {
    const file = (nodes: unknown[]): string => JSON.stringify({ type: GRAPH_FILE_TYPE, version: 1, graph: { nodes }, positions: {} });
    expect(refusal(file([{ id: 'a', op: 'eval', inputs: [], name: 'a' }]))).toMatch(/unknown operation/);
    expect(refusal(file([{ id: 'a', op: 'sin', inputs: ['ghost'], name: 'a' }]))).toMatch(/ghost/);
    expect(refusal(file([{ id: 'a', op: 'input', inputs: [], name: 'a' }, { id: 'a', op: 'input', inputs: [], name: 'b' }]))).toMatch(/same id|share/);
    expect(refusal(file([{ id: 'a', op: 'sin', inputs: ['b'], name: 'a' }, { id: 'b', op: 'cos', inputs: ['a'], name: 'b' }]))).toMatch(/cycle/);
  });

  it('lays out nodes whose positions are missing', () => {
    const text = JSON.stringify({ type: GRAPH_FILE_TYPE, version: 1, graph: { nodes: [{ id: 'a', op: 'input', inputs: [], name: 'a', value: 1 }] }, positions: {} });
    const r = parseGraphFile(text);
    expect(r.ok && r.value.positions.a).toBeDefined();
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => parseGraphFile(s)).not.toThrow();
    }));
    fc.assert(fc.property(fc.jsonValue().filter((v) => !(typeof v === 'object' && v !== null && 'nodes' in v)), (v) => {
      expect(parseGraphFile(JSON.stringify({ type: GRAPH_FILE_TYPE, version: 1, graph: v, positions: {} })).ok).toBe(false);
    }));
  });
});
