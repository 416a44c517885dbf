import { describe, expect, it } from 'vitest';
import { addNode, annotate, consumers, createGraph, getNode, removeNode, renameNode, setValue } from './graph';
import { branchGraph } from './testGraphs';
import { validateGraph } from './validateGraph';

describe('graph helpers (immutable updates)', () => {
  it('adds, replaces, renames and sets values without touching the original', () => {
    const g0 = createGraph(branchGraph.nodes);
    const g1 = addNode(g0, { id: 'c', op: 'const', inputs: [], name: '3', value: 3 });
    expect(g1.nodes).toHaveLength(6);
    expect(g0.nodes).toHaveLength(5);
    const g2 = addNode(g1, { id: 'c', op: 'const', inputs: [], name: '4', value: 4 });
    expect(g2.nodes).toHaveLength(6);
    expect(getNode(g2, 'c')?.value).toBe(4);
    expect(getNode(renameNode(g2, 'f', 'L'), 'f')?.name).toBe('L');
    expect(getNode(setValue(g2, 'x', 9), 'x')?.value).toBe(9);
    expect(getNode(g2, 'x')?.value).toBe(0.7);
  });

  it('lists consumers of a branching value in graph order', () => {
    expect(consumers(branchGraph, 'x')).toEqual(['p', 's']);
    expect(consumers(branchGraph, 'f')).toEqual([]);
  });

  it('removing a node leaves its consumers short of an input, which validation names', () => {
    const g = removeNode(branchGraph, 's');
    expect(getNode(g, 's')).toBeUndefined();
    expect(getNode(g, 'f')?.inputs).toEqual(['p']);
    const v = validateGraph(g);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.map((e) => [e.kind, 'nodeId' in e ? e.nodeId : ''])).toEqual([['missingInput', 'f']]);
  });

  it('annotates values and gradients as node data', () => {
    const g = annotate(branchGraph, { p: 2 }, { x: 5 });
    expect(getNode(g, 'p')?.value).toBe(2);
    expect(getNode(g, 'x')?.grad).toBe(5);
    expect(getNode(g, 'x')?.value).toBe(0.7);
    expect(getNode(g, 'y')?.grad).toBeUndefined();
  });

  it('is JSON-serialisable as is', () => {
    expect(JSON.parse(JSON.stringify(branchGraph))).toEqual(branchGraph);
  });
});
