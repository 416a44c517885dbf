import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '$shared/autodiff/graph';
import { formatNumber } from '$shared/autodiff/formatNumber';
import { bundleFan } from './bundle-fan';
import { bundleEdgeId, toFlowEdges, toFlowNodes } from './flow-mapping';
import { layoutGraph, wrapRows } from './layout';
import { analyse, endCursor, IDLE, viewAt } from './run-model';
import { BUNDLE_ABOVE, BUNDLE_HANDLE, isBundled } from './slots';

/** k leaves c_i = i + 1 (constants, or parameters so the backward pass reaches them) summed into s. */
function sumGraph(k: number, op: 'const' | 'param' = 'const'): Graph {
  const nodes: Graph['nodes'][number][] = [];
  for (let i = 0; i < k; i++) nodes.push({ id: `c${i}`, op, inputs: [], name: `c${i}`, value: i + 1 });
  nodes.push({ id: 's', op: 'sum', inputs: nodes.map((n) => n.id), name: 's' });
  return { nodes };
}

describe('wide inputs are bundled into one port', () => {
  it('bundles strictly above the threshold, never at or below it', () => {
    expect(BUNDLE_ABOVE).toBe(8);
    const at = sumGraph(BUNDLE_ABOVE);
    const above = sumGraph(BUNDLE_ABOVE + 1);
    expect(isBundled(at.nodes.at(-1) as Graph['nodes'][number])).toBe(false);
    expect(isBundled(above.nodes.at(-1) as Graph['nodes'][number])).toBe(true);
    // Leaves are never bundled; open slots do not count.
    expect(isBundled({ id: 'q', op: 'sum', inputs: Array(20).fill(''), name: 'q' })).toBe(false);
  });

  it('at the threshold: one edge per input; above: one fan edge into the bundle handle', () => {
    for (const k of [BUNDLE_ABOVE, BUNDLE_ABOVE + 1, 1000]) {
      const g = sumGraph(k);
      const a = analyse(g);
      const v = viewAt(g, a, IDLE);
      const edges = toFlowEdges(g, v, formatNumber, []);
      const nodes = toFlowNodes(g, layoutGraph(g), v, {}, a.outputId, [], true);
      const s = nodes.find((n) => n.id === 's');
      if (k <= BUNDLE_ABOVE) {
        expect(edges).toHaveLength(k);
        expect(s?.data.bundle).toBeUndefined();
        // k input handles + the spare for another term, plus the output.
        expect(s?.handles).toHaveLength(k + 2);
      } else {
        expect(edges).toHaveLength(1);
        expect(edges[0]).toMatchObject({ id: bundleEdgeId('s'), target: 's', targetHandle: BUNDLE_HANDLE, type: 'bundle', selectable: false, deletable: false });
        expect((edges[0]?.data as { sources: string[] }).sources).toEqual(g.nodes.slice(0, k).map((n) => n.id));
        expect(s?.data.bundle?.count).toBe(k);
        expect(s?.data.bundle?.spareSlot).toBe(k);
        // The bundle, the spare and the output: three handles whatever k is.
        expect(s?.handles).toHaveLength(3);
        expect(s?.data.connected).toEqual([]);
        // The list carries each input's name and value in input order.
        expect(s?.data.bundle?.inputs.map((i) => i.value)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
      }
    }
  });

  it("the list shows each input's local derivative after the backward pass (Σ: every ∂ is 1)", () => {
    const g = sumGraph(12, 'param');
    const a = analyse(g);
    const v = viewAt(g, a, endCursor(a));
    const s = toFlowNodes(g, layoutGraph(g), v, {}, a.outputId, []).find((n) => n.id === 's');
    expect(s?.data.bundle?.inputs.every((i) => i.local === 1)).toBe(true);
    // 1 + 2 + … + 12 = 78, computed by hand.
    expect(s?.data.value).toBe(78);
    const edge = toFlowEdges(g, v, formatNumber, [])[0];
    // The last backward step (into c11) is the active one: the fan is active and labelled with its ∂.
    expect(edge?.class).toContain('active');
    expect(edge?.label).toBe('∂ 1');
  });

  it('reuses the node and edge objects when nothing changed (a 1,000-input sum re-renders nothing)', () => {
    const g = sumGraph(1000);
    const a = analyse(g);
    const v = viewAt(g, a, IDLE);
    const pos = layoutGraph(g);
    const n0 = toFlowNodes(g, pos, v, {}, a.outputId, []);
    const n1 = toFlowNodes(g, pos, v, {}, a.outputId, n0);
    expect(n1.every((n, i) => n === n0[i])).toBe(true);
    const e0 = toFlowEdges(g, v, formatNumber, []);
    expect(toFlowEdges(g, v, formatNumber, e0)[0]).toBe(e0[0]);
  });
});

describe('layout of a very wide fan-in', () => {
  it('wraps a tall column into about √n sub-columns, keeps edges pointing right and boxes apart', () => {
    const k = 2000;
    const nodes: Graph['nodes'][number][] = [];
    for (let i = 0; i < k; i++) nodes.push({ id: `c${i}`, op: 'const', inputs: [], name: `c${i}`, value: i });
    nodes.push({ id: 's1', op: 'sum', inputs: nodes.slice(0, 1000).map((n) => n.id), name: 's1' });
    nodes.push({ id: 's2', op: 'sum', inputs: nodes.slice(1000, 2000).map((n) => n.id), name: 's2' });
    const g: Graph = { nodes };
    const W = 136;
    const H = 96;
    const pos = layoutGraph(g, { nodeWidth: W, nodeHeight: H });
    const ys = nodes.map((n) => pos[n.id]?.y ?? 0);
    const xs = nodes.map((n) => pos[n.id]?.x ?? 0);
    const rows = wrapRows(nodes.length);
    expect(rows).toBe(Math.ceil(Math.sqrt(2002)));
    // Height: at most `rows` cards; width: ⌈2000 / rows⌉ sub-columns + the sums' column.
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(rows * (H + 24));
    expect(new Set(xs).size).toBe(Math.ceil(2000 / rows) + 1);
    for (const s of ['s1', 's2']) for (const n of nodes.slice(0, 2000)) expect((pos[n.id]?.x ?? 0) < (pos[s]?.x ?? 0)).toBe(true);
    // No two boxes overlap (grid cells: distinct (x, y) pairs on the card pitch).
    const cells = new Set(nodes.map((n) => `${pos[n.id]?.x},${pos[n.id]?.y}`));
    expect(cells.size).toBe(nodes.length);
  });
});

describe('bundle fan geometry', () => {
  it('one path segment per source, all ending at the merge point left of the port', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: -5000, max: 900 }), y: fc.integer({ min: -5000, max: 5000 }) }), { minLength: 1, maxLength: 60 }), (srcs) => {
        const port = { x: 1000, y: 40 };
        const f = bundleFan(srcs, port);
        expect(f.fan.match(/M/g)?.length).toBe(srcs.length);
        expect(f.merge.x).toBeLessThan(port.x);
        expect(f.merge.y).toBe(port.y);
        expect(f.fan.split('M').filter(Boolean).every((seg) => seg.endsWith(`${f.merge.x} ${f.merge.y}`))).toBe(true);
        expect(f.trunk).toBe(`M${f.merge.x} ${f.merge.y}L${port.x} ${port.y}`);
      }),
      { seed: 42 },
    );
  });
});
