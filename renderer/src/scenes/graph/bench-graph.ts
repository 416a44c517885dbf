/**
 * A generated graph of about `n` nodes for the browser benchmark (?graphBench=n): chains of
 * products and sums ending in one loss, laid out by dagre like any other graph.
 */
import type { GraphNode } from '$shared/autodiff/graph';
import { subscript } from '$shared/autodiff/displayName';
import type { GraphDoc } from './graph-doc';
import { layoutGraph } from './layout';

export function benchGraph(n: number): GraphNode[] {
  const nodes: GraphNode[] = [];
  const count = Math.max(4, Math.floor(n));
  // Leaves take about a third of the nodes; each op reads the previous op and a leaf.
  const leaves = Math.max(2, Math.floor(count / 3));
  for (let i = 1; i <= leaves; i++) nodes.push({ id: `p${i}`, op: i % 2 === 0 ? 'param' : 'input', inputs: [], name: `${i % 2 === 0 ? 'w' : 'x'}${subscript(i)}`, value: 0.1 * ((i % 7) - 3) });
  let prev = 'p1';
  const ops = ['mul', 'add', 'tanh', 'sub', 'sigmoid'] as const;
  for (let k = 1; nodes.length < count - 1; k++) {
    const op = ops[k % ops.length] ?? 'add';
    const leaf = `p${(k % leaves) + 1}`;
    const id = `u${k}`;
    nodes.push({ id, op, inputs: op === 'tanh' || op === 'sigmoid' ? [prev] : [prev, leaf], name: `u${subscript(k)}` });
    prev = id;
  }
  nodes.push({ id: 'L', op: 'square', inputs: [prev], name: 'L' });
  return nodes;
}

export function benchDoc(n: number): GraphDoc {
  const graph = { nodes: benchGraph(n) };
  return { graph, positions: layoutGraph(graph) };
}
