import { describe, expect, it } from 'vitest';
import { analyse, isAtEnd, stepAny } from '../../../scenes/graph/run-model';
import { templateDoc } from '../../../scenes/graph/templates';
import { passCursors, sameCursor } from './graph-source';

describe('passCursors', () => {
  it("the deck's graph: before, 5 forward steps, the backward seed and 9 backward steps", () => {
    const a = analyse(templateDoc('deck').graph);
    const ops = templateDoc('deck').graph.nodes.filter((n) => !['input', 'param', 'const'].includes(n.op)).length;
    const edges = templateDoc('deck').graph.nodes.reduce((s, n) => s + n.inputs.length, 0);
    const cs = passCursors((c) => stepAny(a, c), (c) => isAtEnd(a, c));
    expect(ops).toBe(5);
    expect(edges).toBe(9);
    expect(cs.length).toBe(1 + ops + 1 + edges);
    expect(cs[0]).toEqual({ phase: 'idle' });
    expect(cs[ops]).toEqual({ phase: 'forward', k: ops });
    expect(cs[ops + 1]).toEqual({ phase: 'backward', k: 0 });
    expect(cs[cs.length - 1]).toEqual({ phase: 'backward', k: edges });
  });
  it('sameCursor compares phase and step', () => {
    expect(sameCursor({ phase: 'idle' }, { phase: 'idle' })).toBe(true);
    expect(sameCursor({ phase: 'forward', k: 2 }, { phase: 'forward', k: 2 })).toBe(true);
    expect(sameCursor({ phase: 'forward', k: 2 }, { phase: 'backward', k: 2 })).toBe(false);
    expect(sameCursor({ phase: 'idle' }, { phase: 'forward', k: 0 })).toBe(false);
  });
});
