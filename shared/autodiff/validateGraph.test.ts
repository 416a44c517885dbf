import { describe, expect, it } from 'vitest';
import type { Graph } from './graph';
import type { NodeOp } from './ops';
import { validateGraph } from './validateGraph';
import { deckGraph } from './testGraphs';

const kinds = (g: Graph, inputs?: Record<string, number>): string[] => {
  const r = validateGraph(g, inputs);
  return r.ok ? [] : r.error.map((e) => `${e.kind}:${'nodeId' in e ? e.nodeId : ''}`);
};

describe('validateGraph', () => {
  it('accepts the deck network', () => {
    expect(kinds(deckGraph)).toEqual([]);
  });

  it('names the node blocked by an unconnected or dangling input', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 1 },
        { id: 'm', op: 'mul', inputs: ['x'], name: 'u₁' },
        { id: 'n', op: 'sin', inputs: ['ghost'], name: 'u₂' },
      ],
    };
    expect(kinds(g)).toEqual(['missingInput:m', 'missingInput:n']);
    const r = validateGraph(g);
    if (!r.ok) {
      expect(r.error[0]?.message.en).toContain('u₁');
      expect(r.error[1]?.message['zh-CN']).toContain('ghost');
    }
  });

  it('reports too many inputs, unknown ops, duplicate ids and leaves with inputs', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 1 },
        { id: 'a', op: 'neg', inputs: ['x', 'x'], name: 'u₁' },
        { id: 'b', op: 'frobnicate' as NodeOp, inputs: ['x'], name: 'u₂' },
        { id: 'x', op: 'input', inputs: [], name: 'x', value: 2 },
        { id: 'c', op: 'const', inputs: ['x'], name: 'c', value: 2 },
        { id: 's', op: 'sum', inputs: [], name: 'u₃' },
      ],
    };
    expect(kinds(g)).toEqual(['duplicateId:x', 'arity:a', 'unknownOp:b', 'arity:c', 'arity:s']);
  });

  it('requires values for leaves unless supplied, and always for constants', () => {
    const g: Graph = {
      nodes: [
        { id: 'x', op: 'input', inputs: [], name: 'x' },
        { id: 'k', op: 'const', inputs: [], name: 'k' },
        { id: 'f', op: 'mul', inputs: ['x', 'k'], name: 'f' },
      ],
    };
    expect(kinds(g)).toEqual(['missingValue:x', 'missingValue:k']);
    expect(kinds(g, { x: 1, k: 2 })).toEqual(['missingValue:k']);
  });

  it('includes cycles', () => {
    const g: Graph = { nodes: [{ id: 'a', op: 'exp', inputs: ['b'], name: 'u₁' }, { id: 'b', op: 'exp', inputs: ['a'], name: 'u₂' }] };
    expect(kinds(g)).toEqual(['cycle:']);
  });
});
