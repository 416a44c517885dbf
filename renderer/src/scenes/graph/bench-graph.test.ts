import { describe, expect, it } from 'vitest';
import { validateGraph } from '$shared/autodiff/validateGraph';
import { benchGraph } from './bench-graph';

describe('benchGraph', () => {
  it('makes a valid graph of exactly n nodes', () => {
    for (const n of [10, 200]) {
      const g = { nodes: benchGraph(n) };
      expect(g.nodes).toHaveLength(n);
      expect(validateGraph(g).ok).toBe(true);
    }
  });
});
