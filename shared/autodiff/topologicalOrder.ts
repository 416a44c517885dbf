import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { cycleError } from './errors';
import type { Graph } from './graph';
import { nodeMap } from './graph';

export type CycleError = Extract<GraphError, { kind: 'cycle' }>;

/**
 * Node ids in an order where every node comes after its inputs (a valid evaluation order).
 * Deterministic: a depth-first post-order that starts from nodes in graph order and visits inputs
 * in argument order, so a graph built from a formula evaluates left to right like the formula.
 * Inputs that name no node are skipped here (`validateGraph` reports them).
 * A cycle is returned as an error listing its node ids in data-flow order.
 */
export function topologicalOrder(graph: Graph): Result<string[], CycleError> {
  const byId = nodeMap(graph);
  // 1 = on the current DFS path, 2 = finished. Iterative so deep graphs cannot overflow the stack.
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  for (const root of graph.nodes) {
    if (state.has(root.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const inputs = byId.get(top.id)?.inputs ?? [];
      if (top.next < inputs.length) {
        const child = inputs[top.next] ?? '';
        top.next += 1;
        if (!byId.has(child)) continue;
        const s = state.get(child);
        if (s === 1) {
          const idx = stack.findIndex((f) => f.id === child);
          const ids = [child, ...stack.slice(idx + 1).map((f) => f.id).reverse()];
          const names = ids.map((id) => byId.get(id)?.name ?? id);
          return err(cycleError(ids, names) as CycleError);
        }
        if (s === undefined) {
          state.set(child, 1);
          stack.push({ id: child, next: 0 });
        }
      } else {
        stack.pop();
        state.set(top.id, 2);
        order.push(top.id);
      }
    }
  }
  return ok(order);
}

/**
 * The ids of `outputId` and every node it depends on, in evaluation order (a sub-order of
 * `order`). Backward sweeps visit exactly these nodes.
 */
export function ancestorsInOrder(graph: Graph, order: readonly string[], outputId: string): string[] {
  const byId = nodeMap(graph);
  const needed = new Set<string>([outputId]);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    if (id === undefined || !needed.has(id)) continue;
    for (const input of byId.get(id)?.inputs ?? []) needed.add(input);
  }
  return order.filter((id) => needed.has(id));
}
