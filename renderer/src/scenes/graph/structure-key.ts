import type { Graph } from '$shared/autodiff/graph';

/**
 * A string that changes when the graph's wiring changes but not when only leaf values, names or
 * positions do: training history and optimizer state are kept across value updates only.
 */
export function structureKey(graph: Graph): string {
  return graph.nodes.map((n) => `${n.id}:${n.op}(${n.inputs.join(',')})`).join(';');
}
