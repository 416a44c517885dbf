import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import {
  arityError,
  duplicateIdError,
  missingInputError,
  missingValueError,
  unknownOpError,
} from './errors';
import type { Graph } from './graph';
import { isLeafOp } from './graph';
import { opSpec } from './ops';
import { topologicalOrder } from './topologicalOrder';

/** What a valid graph yields: an evaluation order (see `topologicalOrder`). */
export interface ValidGraph {
  readonly order: readonly string[];
}

/**
 * Every structural problem of `graph`, each naming the node that blocks evaluation: duplicate ids,
 * unknown ops, wrong number of inputs, inputs that name no node (or are empty = unconnected),
 * leaves without a value (a 'const' always needs one; an 'input'/'param' needs one unless
 * `inputs` supplies it), and cycles. An empty list means the graph can be run.
 * Values in `inputs` are keyed by node id.
 */
export function validateGraph(
  graph: Graph,
  inputs?: Readonly<Record<string, number>>,
): Result<ValidGraph, readonly GraphError[]> {
  const errors: GraphError[] = [];
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (ids.has(n.id)) errors.push(duplicateIdError(n.id));
    ids.add(n.id);
  }
  for (const n of graph.nodes) {
    const op: string = n.op;
    if (isLeafOp(op)) {
      if (n.inputs.length > 0) errors.push(arityError(n.id, n.name, 0, n.inputs.length));
      const given = op !== 'const' && inputs !== undefined && Object.hasOwn(inputs, n.id);
      if (!given && (n.value === undefined || typeof n.value !== 'number')) errors.push(missingValueError(n.id, n.name));
      continue;
    }
    const spec = opSpec(op);
    if (spec === undefined) {
      errors.push(unknownOpError(n.id, n.name, op));
      continue;
    }
    for (const input of n.inputs) {
      if (!ids.has(input)) errors.push(missingInputError(n.id, n.name, input));
    }
    if (spec.arity === 'variadic') {
      if (n.inputs.length === 0) errors.push(arityError(n.id, n.name, 'variadic', 0));
    } else if (n.inputs.length < spec.arity) {
      errors.push(missingInputError(n.id, n.name, ''));
    } else if (n.inputs.length > spec.arity) {
      errors.push(arityError(n.id, n.name, spec.arity, n.inputs.length));
    }
  }
  const order = topologicalOrder(graph);
  if (!order.ok) errors.push(order.error);
  if (errors.length > 0 || !order.ok) return err(errors);
  return ok({ order: order.value });
}
